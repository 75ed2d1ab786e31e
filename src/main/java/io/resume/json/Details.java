package io.resume.json;

import io.resume.json.JsonValue.Kind;
import io.resume.model.source.Detail;
import io.resume.model.source.ObjectFactory;
import java.util.Locale;
import java.util.Set;

/**
 * Members outside JSON Resume's schema, as generic details of the canonical résumé (resume.xsd's
 * Detail): a text stays a text, a list a list, an object a group of named details, so that prepare
 * can show "Technologies: Go, Rust" or a talk per bullet whatever a theme invented. What is no
 * content (a flag, an icon name, a theme's setting) is not shown, and said so.
 */
final class Details {
  /**
   * Members that tell a theme how to draw, not the reader what happened. Kept for export, never
   * shown; found in real files: al-folio's "icon", themes' "pinned"/"hide", "metaTheme".
   */
  private static final Set<String> PRESENTATION =
      Set.of(
          "icon",
          "icons",
          "pinned",
          "hide",
          "hidden",
          "visible",
          "visibility",
          "id",
          "order",
          "sort",
          "color",
          "colour",
          "theme",
          "metatheme",
          "layout",
          "style",
          "class",
          // resumake.io's own settings, beside the résumé
          "selectedtemplate",
          "template",
          "headings");

  /** Pictures: a résumé shows none (see JsonToResume's photo), wherever they are given. */
  static final Set<String> PICTURES =
      Set.of("image", "picture", "avatar", "photo", "logo", "thumbnail");

  private static final ObjectFactory FACTORY = new ObjectFactory();

  private Details() {}

  /** True for a member that is how something is drawn, not what it says. */
  static boolean isPresentation(String key, JsonValue value) {
    // A theme's own members carry its prefix: x_icon, x-pictureFallback.
    String name = key.toLowerCase(Locale.ROOT).replaceFirst("^x[_-]", "");
    return value.is(Kind.BOOLEAN)
        || PRESENTATION.contains(name)
        || PICTURES.stream().anyMatch(name::startsWith);
  }

  /**
   * The detail for a member (key) or a list item (null key), or null when nothing of it can be
   * shown; parts that cannot (a flag inside an object) are reported to the conversion.
   */
  static Detail of(String key, JsonValue value, Conversion conversion) {
    Detail detail = new Detail();
    if (key != null && !key.isBlank()) {
      detail.setName(key);
    }
    switch (value.kind()) {
      case STRING, NUMBER -> {
        if (value.text().isBlank()) {
          return null;
        }
        detail.getContent().add(value.text().strip());
      }
      case ARRAY -> {
        for (JsonValue item : value.items()) {
          add(detail, null, item, conversion);
        }
      }
      case OBJECT -> {
        value.members().forEach((name, member) -> add(detail, name, member, conversion));
      }
      case BOOLEAN, NULL -> {
        return null;
      }
    }
    return detail.getContent().isEmpty() ? null : detail;
  }

  private static void add(Detail parent, String key, JsonValue value, Conversion conversion) {
    if (value.isEmpty()) {
      return;
    }
    if (key != null && isPresentation(key, value) || value.is(Kind.BOOLEAN)) {
      conversion.notShown(value, describe(key, value));
      return;
    }
    Detail child = of(key, value, conversion);
    if (child != null) {
      parent.getContent().add(FACTORY.createDetailDetail(child));
    }
  }

  /** Why a member is not shown, for the warning. */
  static String describe(String key, JsonValue value) {
    if (value.is(Kind.BOOLEAN)) {
      return (key == null ? "" : "\"" + key + "\": ")
          + value.text()
          + " is a yes/no setting, with no words a reader could read";
    }
    if (key != null && PICTURES.contains(key.toLowerCase(Locale.ROOT))) {
      return "\"" + key + "\" is a picture, which a résumé does not show";
    }
    return "\"" + key + "\" tells a theme how to draw, it is not text for a reader";
  }
}
