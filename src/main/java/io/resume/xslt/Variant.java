package io.resume.xslt;

/**
 * Which variant of a résumé to prepare: the language of its labels and texts, the version (target)
 * and whether private items are shown. The default shows everything but private items, in the
 * résumé's own language.
 *
 * @param lang a language such as {@code zh}, or null for the résumé's own
 * @param target a version such as {@code academic}, or null for every item
 * @param includePrivate whether items marked {@code private="true"} are shown
 * @param days whether a date on the first of a month shows its day where the résumé says such a
 *     date stands for the month ({@code first-day-means="month"}, as JSON Resume imports)
 */
public record Variant(String lang, String target, boolean includePrivate, boolean days) {
  public static final Variant DEFAULT = new Variant(null, null, false);

  public Variant {
    lang = blankToNull(lang);
    target = blankToNull(target);
  }

  public Variant(String lang, String target, boolean includePrivate) {
    this(lang, target, includePrivate, false);
  }

  public static Variant lang(String lang) {
    return new Variant(lang, null, false);
  }

  /** Whether a version's name is one name such as {@code academic} (the form targets="…" lists). */
  public static boolean isTargetName(String name) {
    return name.matches("[\\p{L}_][\\p{L}\\p{N}._-]*");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
