package io.resume.l10n;

import com.ibm.icu.util.ULocale;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A language as BCP 47 writes it ({@code zh}, {@code zh-Hant}, {@code pt-BR}), well-formed and in
 * its canonical case, whatever case it was given in ({@code ZH}, {@code pt-br}). Anything else (a
 * path, markup, a bare region) is refused: it is a mistake to report, not a language to look up.
 *
 * @param tag the canonical tag, such as {@code zh-Hant-TW}
 */
public record LanguageTag(String tag) {
  /**
   * The tag, canonical; {@link IllegalArgumentException} with a one-line reason when it is none.
   */
  public static LanguageTag parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a language is needed, such as en, zh-Hant or pt-BR");
    }
    Locale locale;
    try {
      // Locale.Builder is strict BCP 47 (java.util.Locale.forLanguageTag would drop what it cannot
      // read).
      locale = new Locale.Builder().setLanguageTag(text.strip().replace('_', '-')).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a language tag (BCP 47) such as en, zh-Hant or pt-BR");
    }
    if (locale.getLanguage().isEmpty() || !known(locale.getLanguage())) {
      throw new IllegalArgumentException(
          "'" + text + "' names no language: write one such as en, zh-Hant or pt-BR");
    }
    return new LanguageTag(locale.toLanguageTag());
  }

  /** Whether ISO 639 has the language (well-formed is not enough: "german" is, and names none). */
  private static boolean known(String language) {
    try {
      return !new Locale(language).getISO3Language().isEmpty();
    } catch (java.util.MissingResourceException e) {
      return false;
    }
  }

  /**
   * The tag, canonical, or null when the text is no language tag (a résumé's own xml:lang, say).
   */
  public static LanguageTag parseOrNull(String text) {
    try {
      return parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The language subtag alone: {@code zh} for {@code zh-Hant-TW}. */
  public String language() {
    return ULocale.forLanguageTag(tag).getLanguage();
  }

  /**
   * The tags to look for, most specific first, each less so, ending with the language alone: {@code
   * pt-BR} → pt-BR, pt. A script the region implies is tried before the language alone, so that
   * {@code zh-TW} finds traditional Chinese (zh-TW, zh-Hant-TW, zh-Hant, zh); CLDR's likely subtags
   * tell which script that is. A script that is the language's usual one adds nothing ({@code
   * zh-Hans} → zh-Hans, zh).
   */
  public List<String> fallbacks() {
    ULocale given = ULocale.forLanguageTag(tag);
    String language = given.getLanguage();
    String region = given.getCountry();
    String script = ULocale.addLikelySubtags(given).getScript();
    String usualScript = ULocale.addLikelySubtags(new ULocale(language)).getScript();
    Set<String> tags = new LinkedHashSet<>();
    tags.add(tag);
    if (!script.isEmpty() && !script.equals(usualScript)) {
      if (!region.isEmpty()) {
        tags.add(language + "-" + script + "-" + region);
      }
      tags.add(language + "-" + script);
    } else if (!region.isEmpty()) {
      tags.add(language + "-" + region);
    }
    tags.add(language);
    return List.copyOf(tags);
  }

  /**
   * Whether the language is written right to left: by its script, the one the tag names ({@code
   * az-Arab}) or else the language's usual one, from CLDR's likely subtags ({@code ur} is written
   * in Arabic script, {@code yi} in Hebrew).
   */
  public boolean rightToLeft() {
    return ULocale.forLanguageTag(tag).isRightToLeft();
  }

  /** The language's English name, for messages: "Japanese", "Chinese (Traditional)". */
  public String englishName() {
    Locale locale = Locale.forLanguageTag(tag);
    String name = locale.getDisplayLanguage(Locale.ENGLISH);
    String script = locale.getDisplayScript(Locale.ENGLISH);
    String region = locale.getDisplayCountry(Locale.ENGLISH);
    String qualifier =
        String.join(", ", List.of(script, region).stream().filter(s -> !s.isEmpty()).toList());
    return name.isEmpty() ? tag : qualifier.isEmpty() ? name : name + " (" + qualifier + ")";
  }

  @Override
  public String toString() {
    return tag;
  }
}
