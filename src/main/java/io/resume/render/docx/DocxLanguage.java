package io.resume.render.docx;

import io.resume.model.view.Direction;
import java.util.Locale;
import java.util.Set;

/**
 * The résumé's language (its xml:lang) as Word needs to know it: the tag for w:lang, whether the
 * résumé runs right to left (the prepared résumé's dir: sections and the footer then run so), and
 * whether it is written in CJK characters (Word then proofs and lays out East Asian text in that
 * language).
 *
 * @param tag the BCP 47 tag, or "" when the résumé declares none
 */
record DocxLanguage(String tag, boolean rightToLeft, boolean eastAsian) {
  private static final Set<String> CJK =
      Set.of("zh", "ja", "ko", "yue", "wuu", "hak", "nan", "gan", "hsn", "cmn", "lzh");
  private static final Set<String> CJK_SCRIPTS =
      Set.of("hans", "hant", "hani", "jpan", "kore", "hira", "kana", "hang");

  static DocxLanguage of(String tag, Direction direction) {
    String clean = tag == null ? "" : tag.strip();
    String[] parts = clean.toLowerCase(Locale.ROOT).split("[-_]");
    String script = parts.length > 1 && parts[1].length() == 4 ? parts[1] : null;
    // An explicit script wins: "zh-Latn" (pinyin) is not written in CJK characters.
    boolean cjk = script != null ? CJK_SCRIPTS.contains(script) : CJK.contains(parts[0]);
    return new DocxLanguage(clean, direction == Direction.RTL, cjk);
  }

  boolean declared() {
    return !tag.isEmpty();
  }

  /** The language without region or script, lower case: "zh" for "zh-Hant-TW". */
  String primary() {
    return tag.toLowerCase(Locale.ROOT).split("[-_]")[0];
  }

  /**
   * True for traditional Chinese: written with the Hant script or used in Taiwan, Hong Kong or
   * Macao.
   */
  boolean traditionalChinese() {
    String lower = "-" + tag.toLowerCase(Locale.ROOT).replace('_', '-') + "-";
    return primary().equals("zh")
        && (lower.contains("-hant-")
            || lower.contains("-tw-")
            || lower.contains("-hk-")
            || lower.contains("-mo-"));
  }
}
