package io.resume;

import java.nio.file.Path;
import java.util.List;

/**
 * The résumé most tests read: a copy of the CV this repository started with, owned by the tests.
 * The repository's own {@code resume.xml} belongs to whoever keeps their CV here, and no test reads
 * it, so any valid résumé there builds.
 */
public final class Seed {
  /** A constant expression, for annotations such as {@code @ValueSource}. */
  public static final String FILE = "src/test/resources/io/resume/seed/resume.xml";

  public static final Path PATH = Path.of(FILE);

  /** Its section headings in English, in order: what every format must show as headings. */
  public static final List<String> HEADINGS =
      List.of(
          "Education",
          "Research Interests",
          "Experience",
          "Publications",
          "Selected Projects",
          "Selected Awards");

  private Seed() {}
}
