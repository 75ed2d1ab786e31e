package io.resume.equivalence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Résumés made by the tests: one far longer than a page, and one with nothing but a name. */
final class Fixtures {
  private Fixtures() {}

  /** {@code jobs} positions of four bullets each, with education and awards after them. */
  static Path longResume(Path folder, int jobs) throws IOException {
    StringBuilder xml =
        new StringBuilder(
            """
        <resume xmlns="urn:resume:1" xml:lang="en">
          <basics><name>Morgan Long</name><email>morgan@example.org</email><url>https://example.org/morgan</url></basics>
          <work>
        """);
    for (int job = 1; job <= jobs; job++) {
      int year = 2025 - job;
      xml.append("    <position><organization>Company number ")
          .append(job)
          .append(" Ltd</organization>")
          .append("<role>Engineer grade ")
          .append(job)
          .append("</role><location>City ")
          .append(job)
          .append("</location>")
          .append("<start>")
          .append(year)
          .append("-01</start><end>")
          .append(year)
          .append("-12</end><highlights>");
      for (int bullet = 1; bullet <= 4; bullet++) {
        xml.append("<item>Job ")
            .append(job)
            .append(" result ")
            .append(bullet)
            .append(
                ": shipped a feature that made a measurable difference to the people who used it every day.</item>");
      }
      xml.append("</highlights></position>\n");
    }
    xml.append(
        """
          </work>
          <education><study><institution>Long University</institution><studyType>B.Sc.</studyType>
            <area>Computer Science</area><start>1995</start><end>1999</end></study></education>
          <awards><award><title>Last award of the long résumé</title><date>1999</date></award></awards>
        </resume>
        """);
    Path file = folder.resolve("long.xml");
    Files.writeString(file, xml);
    return file;
  }

  static Path minimalResume(Path folder) throws IOException {
    Path file = folder.resolve("minimal.xml");
    Files.writeString(
        file, "<resume xmlns=\"urn:resume:1\"><basics><name>Ada Lovelace</name></basics></resume>");
    return file;
  }
}
