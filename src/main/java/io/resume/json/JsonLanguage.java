package io.resume.json;

import io.resume.l10n.LanguageDetection;
import io.resume.l10n.LanguageTag;
import io.resume.model.Problem;
import java.util.List;
import java.util.Set;

/**
 * The language a JSON Resume is written in, which becomes the canonical résumé's xml:lang: its
 * {@code meta.language} when it gives one, else told from its text ({@link LanguageDetection}).
 * JSON Resume has no language field of its own; {@code meta} is where it keeps facts about the
 * document, so that is where we look.
 *
 * @param tag the language, or null when neither says (no meta.language, no text to tell it from)
 * @param detected whether it was told from the text (or tried to be), which the user is then told
 * @param warning what was wrong with meta.language, or null
 */
record JsonLanguage(LanguageTag tag, boolean detected, Problem warning) {
  /** Values that say nothing of the language: addresses, names of networks, codes, dates. */
  private static final Set<String> NOT_PROSE =
      Set.of(
          "$schema",
          "meta",
          "email",
          "phone",
          "url",
          "image",
          "username",
          "network",
          "countryCode",
          "postalCode",
          "startDate",
          "endDate",
          "date",
          "releaseDate",
          "score",
          // the older schemas' names for the same (JsonToResume reads them too)
          "website",
          "picture",
          "avatar",
          "photo",
          "gpa",
          // people's names
          "author",
          "authors");

  /**
   * @param detect whether to tell the language from the text when meta.language does not give it
   *     (not when the user chose the language to render in)
   */
  static JsonLanguage of(JsonValue root, String file, boolean detect) {
    Problem warning = null;
    JsonValue declared = declared(root.members().get("meta"));
    if (declared == null && isDeclaration("language", root.members().get("language"))) {
      declared = root.members().get("language");
    }
    if (declared != null) {
      // A locale (ru_RU) names its language the POSIX way.
      LanguageTag tag = LanguageTag.parseOrNull(declared.text().replace('_', '-'));
      if (tag != null) {
        return new JsonLanguage(tag, false, null);
      }
      warning =
          new Problem(
              file,
              declared.line(),
              declared.column(),
              declared.pointer()
                  + ": '"
                  + declared.text()
                  + "' is not a language tag (BCP 47) such as en or pt-BR; the language is told from the text instead");
    }
    if (!detect) {
      return new JsonLanguage(null, false, warning);
    }
    StringBuilder text = new StringBuilder();
    prose(root, "", text);
    return new JsonLanguage(LanguageDetection.detect(text.toString()), true, warning);
  }

  /**
   * Whether a top-level member says the résumé's language, as some files do beside basics ({@code
   * "language": "ru"}): a string that is a language tag, under that name.
   */
  static boolean isDeclaration(String key, JsonValue value) {
    return key.equals("language")
        && value != null
        && value.is(JsonValue.Kind.STRING)
        && LanguageTag.parseOrNull(value.text().replace('_', '-')) != null;
  }

  /**
   * What meta says of the language: {@code meta.language}, else the names real files use for it
   * ({@code lang}, {@code locale}); null when none is a string.
   */
  private static JsonValue declared(JsonValue meta) {
    if (meta == null) {
      return null;
    }
    for (String name : List.of("language", "lang", "locale")) {
      JsonValue value = meta.members().get(name);
      if (value != null && value.is(JsonValue.Kind.STRING)) {
        return value;
      }
    }
    return null;
  }

  /**
   * The résumé's words, each value on a line of its own: what a reader reads, less addresses, codes
   * and people's names (a publication's authors, a reference's name), which belong to no language
   * and tipped detection in real files.
   */
  private static void prose(JsonValue value, String key, StringBuilder text) {
    if (NOT_PROSE.contains(key)
        || value.pointer().equals("/basics/name")
        || value.pointer().equals("/bio/name")
        || value.pointer().matches("/references/\\d+/name")) {
      return;
    }
    switch (value.kind()) {
      case STRING -> text.append(value.text()).append('\n');
      case OBJECT -> value.members().forEach((name, member) -> prose(member, name, text));
      case ARRAY -> value.items().forEach(item -> prose(item, key, text));
      default -> {}
    }
  }
}
