package io.resume.render.docx;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;

/**
 * The language of each run, for Word's w:lang, from the script of its letters. Word keeps three
 * languages on a run and picks one by the kind of character: {@code w:val} for Latin, Greek,
 * Cyrillic and the like, {@code w:eastAsia} for Chinese, Japanese and Korean, {@code w:bidi} for
 * the complex scripts (Arabic, Hebrew, Thai, the Indic scripts). Text in the résumé's script is in
 * the résumé's language; text in another script is in that script's most likely language (CLDR's
 * likely subtags: "und-Latn" is English, "und-Arab" Arabic, "und-Grek" Greek). So the English words
 * of an Arabic résumé are English, not Arabic, and its Arabic words Arabic.
 *
 * <p>The prepared résumé does not say the language of each text (a text without a translation is
 * shown in its own language under any {@code --lang}), so the script is the evidence. The tables
 * below are CLDR's, for the scripts a résumé is likely to hold; ICU would give them all, but
 * loading its tables costs half a second, more than a whole DOCX.
 */
final class RunLanguages {
  /** Where Word keeps a run's language for a kind of character. */
  enum Slot {
    VAL,
    EAST_ASIA,
    BIDI
  }

  /** CLDR's most likely language of a script (likelySubtags, "und-Xxxx"). */
  private static final Map<UnicodeScript, String> LIKELY =
      new EnumMap<>(
          Map.ofEntries(
              Map.entry(UnicodeScript.LATIN, "en"),
              Map.entry(UnicodeScript.GREEK, "el"),
              Map.entry(UnicodeScript.CYRILLIC, "ru"),
              Map.entry(UnicodeScript.ARMENIAN, "hy"),
              Map.entry(UnicodeScript.GEORGIAN, "ka"),
              Map.entry(UnicodeScript.ARABIC, "ar"),
              Map.entry(UnicodeScript.HEBREW, "he"),
              Map.entry(UnicodeScript.SYRIAC, "syr"),
              Map.entry(UnicodeScript.THAANA, "dv"),
              Map.entry(UnicodeScript.THAI, "th"),
              Map.entry(UnicodeScript.DEVANAGARI, "hi"),
              Map.entry(UnicodeScript.BENGALI, "bn"),
              Map.entry(UnicodeScript.TAMIL, "ta"),
              Map.entry(UnicodeScript.TELUGU, "te"),
              Map.entry(UnicodeScript.GUJARATI, "gu"),
              Map.entry(UnicodeScript.GURMUKHI, "pa"),
              Map.entry(UnicodeScript.KANNADA, "kn"),
              Map.entry(UnicodeScript.MALAYALAM, "ml"),
              Map.entry(UnicodeScript.HAN, "zh"),
              Map.entry(UnicodeScript.HIRAGANA, "ja"),
              Map.entry(UnicodeScript.KATAKANA, "ja"),
              Map.entry(UnicodeScript.HANGUL, "ko"),
              Map.entry(UnicodeScript.BOPOMOFO, "zh")));

  /** The script of a language written in other than Latin letters (CLDR's likely script). */
  private static final Map<String, UnicodeScript> SCRIPT_OF =
      Map.ofEntries(
          Map.entry("el", UnicodeScript.GREEK), Map.entry("ru", UnicodeScript.CYRILLIC),
          Map.entry("uk", UnicodeScript.CYRILLIC), Map.entry("bg", UnicodeScript.CYRILLIC),
          Map.entry("sr", UnicodeScript.CYRILLIC), Map.entry("mk", UnicodeScript.CYRILLIC),
          Map.entry("be", UnicodeScript.CYRILLIC), Map.entry("kk", UnicodeScript.CYRILLIC),
          Map.entry("ky", UnicodeScript.CYRILLIC), Map.entry("mn", UnicodeScript.CYRILLIC),
          Map.entry("tg", UnicodeScript.CYRILLIC), Map.entry("hy", UnicodeScript.ARMENIAN),
          Map.entry("ka", UnicodeScript.GEORGIAN), Map.entry("ar", UnicodeScript.ARABIC),
          Map.entry("fa", UnicodeScript.ARABIC), Map.entry("ur", UnicodeScript.ARABIC),
          Map.entry("ps", UnicodeScript.ARABIC), Map.entry("ckb", UnicodeScript.ARABIC),
          Map.entry("sd", UnicodeScript.ARABIC), Map.entry("ug", UnicodeScript.ARABIC),
          Map.entry("ks", UnicodeScript.ARABIC), Map.entry("he", UnicodeScript.HEBREW),
          Map.entry("iw", UnicodeScript.HEBREW), Map.entry("yi", UnicodeScript.HEBREW),
          Map.entry("syr", UnicodeScript.SYRIAC), Map.entry("arc", UnicodeScript.SYRIAC),
          Map.entry("dv", UnicodeScript.THAANA), Map.entry("th", UnicodeScript.THAI),
          Map.entry("hi", UnicodeScript.DEVANAGARI), Map.entry("mr", UnicodeScript.DEVANAGARI),
          Map.entry("ne", UnicodeScript.DEVANAGARI), Map.entry("bn", UnicodeScript.BENGALI),
          Map.entry("ta", UnicodeScript.TAMIL), Map.entry("te", UnicodeScript.TELUGU),
          Map.entry("gu", UnicodeScript.GUJARATI), Map.entry("pa", UnicodeScript.GURMUKHI),
          Map.entry("kn", UnicodeScript.KANNADA), Map.entry("ml", UnicodeScript.MALAYALAM),
          Map.entry("zh", UnicodeScript.HAN), Map.entry("yue", UnicodeScript.HAN),
          Map.entry("ja", UnicodeScript.HAN), Map.entry("ko", UnicodeScript.HANGUL));

  /** ISO 15924 codes of a script subtag ("sr-Latn", "zh-Hant"), for the scripts above. */
  private static final Map<String, UnicodeScript> SCRIPT_CODES =
      Map.ofEntries(
          Map.entry("latn", UnicodeScript.LATIN),
          Map.entry("grek", UnicodeScript.GREEK),
          Map.entry("cyrl", UnicodeScript.CYRILLIC),
          Map.entry("arab", UnicodeScript.ARABIC),
          Map.entry("hebr", UnicodeScript.HEBREW),
          Map.entry("hans", UnicodeScript.HAN),
          Map.entry("hant", UnicodeScript.HAN),
          Map.entry("hani", UnicodeScript.HAN),
          Map.entry("jpan", UnicodeScript.HAN),
          Map.entry("kore", UnicodeScript.HANGUL),
          Map.entry("hang", UnicodeScript.HANGUL),
          Map.entry("thai", UnicodeScript.THAI),
          Map.entry("deva", UnicodeScript.DEVANAGARI));

  /**
   * Scripts written together in one language: Japanese mixes kana and kanji, Korean hangul and
   * hanja.
   */
  private static final Set<UnicodeScript> JAPANESE =
      Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA);

  private static final Set<UnicodeScript> KOREAN = Set.of(UnicodeScript.HANGUL, UnicodeScript.HAN);

  private final DocxLanguage document;
  private final UnicodeScript documentScript;

  RunLanguages(DocxLanguage document) {
    this.document = document;
    this.documentScript = scriptOf(document);
  }

  static Slot slot(UnicodeScript script) {
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO, YI -> Slot.EAST_ASIA;
      case ARABIC,
          HEBREW,
          SYRIAC,
          THAANA,
          NKO,
          ADLAM,
          THAI,
          LAO,
          KHMER,
          DEVANAGARI,
          BENGALI,
          GURMUKHI,
          GUJARATI,
          ORIYA,
          TAMIL,
          TELUGU,
          KANNADA,
          MALAYALAM,
          SINHALA,
          TIBETAN,
          MYANMAR ->
          Slot.BIDI;
      default -> Slot.VAL;
    };
  }

  /**
   * The language of text in this script: the résumé's in its own script, else the script's likely
   * one; null when unknown.
   */
  String languageOf(UnicodeScript script) {
    if (document.declared()
        && (script == documentScript
            || document.primary().equals("ja") && JAPANESE.contains(script)
            || document.primary().equals("ko") && KOREAN.contains(script))) {
      return document.tag();
    }
    return LIKELY.get(script);
  }

  /**
   * The résumé's default language of a slot: the style defaults' w:lang. Null to leave it to Word.
   */
  String defaultOf(Slot slot) {
    if (slot == slot(documentScript) && document.declared()) {
      return document.tag();
    }
    // Latin text in a résumé of another script: English, the likely language of Latin letters.
    return slot == Slot.VAL ? LIKELY.get(UnicodeScript.LATIN) : null;
  }

  /** Sets the style defaults' languages. */
  void defaults(CTLanguage lang) {
    set(lang, Slot.VAL, defaultOf(Slot.VAL));
    set(lang, Slot.EAST_ASIA, defaultOf(Slot.EAST_ASIA));
    set(lang, Slot.BIDI, defaultOf(Slot.BIDI));
  }

  /**
   * The language of the text of one run, one per slot that its letters use; empty for a run without
   * letters (a space, a date's digits).
   */
  Map<Slot, String> of(String text) {
    Map<Slot, String> languages = new EnumMap<>(Slot.class);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        UnicodeScript script = UnicodeScript.of(c);
        String language = languageOf(script);
        if (language != null) {
          languages.putIfAbsent(slot(script), language);
        }
      }
    }
    return languages;
  }

  /**
   * The text cut where its letters change script within one slot (Latin to Greek, Arabic to
   * Hebrew): Word has one language per slot and run. Marks, digits, spaces and punctuation go with
   * the letters before them.
   */
  static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    Map<Slot, UnicodeScript> current = new EnumMap<>(Slot.class);
    int start = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetter(c)) {
        UnicodeScript script = UnicodeScript.of(c);
        Slot slot = slot(script);
        UnicodeScript before = current.get(slot);
        if (before != null && before != script && !(slot == Slot.EAST_ASIA)) {
          parts.add(text.substring(start, i));
          start = i;
          current.clear();
        }
        current.put(slot, script);
      }
      i += Character.charCount(c);
    }
    parts.add(text.substring(start));
    return parts;
  }

  /** Writes the languages into a run's w:lang. */
  static void set(CTLanguage lang, Map<Slot, String> languages) {
    languages.forEach((slot, language) -> set(lang, slot, language));
  }

  private static void set(CTLanguage lang, Slot slot, String language) {
    if (language == null) {
      return;
    }
    switch (slot) {
      case VAL -> lang.setVal(language);
      case EAST_ASIA -> lang.setEastAsia(language);
      case BIDI -> lang.setBidi(language);
    }
  }

  private static UnicodeScript scriptOf(DocxLanguage language) {
    String[] parts = language.tag().toLowerCase(Locale.ROOT).split("[-_]");
    if (parts.length > 1 && parts[1].length() == 4 && SCRIPT_CODES.containsKey(parts[1])) {
      return SCRIPT_CODES.get(parts[1]);
    }
    return SCRIPT_OF.getOrDefault(parts[0], UnicodeScript.LATIN);
  }
}
