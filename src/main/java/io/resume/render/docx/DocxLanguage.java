package io.resume.render.docx;

import java.util.Locale;
import java.util.Set;

/**
 * The résumé's language (its xml:lang) as Word needs to know it: the tag for w:lang, whether its
 * script runs right to left (paragraphs then get w:bidi), and whether it is written in CJK
 * characters (Word then proofs and lays out East Asian text in that language).
 *
 * @param tag the BCP 47 tag, or "" when the résumé declares none
 */
record DocxLanguage(String tag, boolean rightToLeft, boolean eastAsian) {
  /** Languages whose usual script runs right to left. */
  private static final Set<String> RTL = Set.of(
      "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi");
  private static final Set<String> RTL_SCRIPTS = Set.of("arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg");
  private static final Set<String> CJK = Set.of("zh", "ja", "ko", "yue", "wuu", "hak", "nan", "gan", "hsn", "cmn", "lzh");
  private static final Set<String> CJK_SCRIPTS = Set.of("hans", "hant", "hani", "jpan", "kore", "hira", "kana", "hang");

  static DocxLanguage of(String tag) {
    String clean = tag == null ? "" : tag.strip();
    String[] parts = clean.toLowerCase(Locale.ROOT).split("[-_]");
    String language = parts[0];
    String script = parts.length > 1 && parts[1].length() == 4 ? parts[1] : null;
    boolean rtl;
    boolean cjk;
    if (script != null) {
      // An explicit script wins: "az-Arab" is right to left, "ku-Latn" is not.
      rtl = RTL_SCRIPTS.contains(script);
      cjk = CJK_SCRIPTS.contains(script);
    } else {
      rtl = RTL.contains(language);
      cjk = CJK.contains(language);
    }
    return new DocxLanguage(clean, rtl, cjk);
  }

  boolean declared() {
    return !tag.isEmpty();
  }

  /** The language without region or script, lower case: "zh" for "zh-Hant-TW". */
  String primary() {
    return tag.toLowerCase(Locale.ROOT).split("[-_]")[0];
  }

  /** True for traditional Chinese: written with the Hant script or used in Taiwan, Hong Kong or Macao. */
  boolean traditionalChinese() {
    String lower = "-" + tag.toLowerCase(Locale.ROOT).replace('_', '-') + "-";
    return primary().equals("zh")
        && (lower.contains("-hant-") || lower.contains("-tw-") || lower.contains("-hk-") || lower.contains("-mo-"));
  }
}
