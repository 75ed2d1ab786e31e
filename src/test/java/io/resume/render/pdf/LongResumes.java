package io.resume.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Generates long résumés for the page-break tests: many entries of known, unique words. */
final class LongResumes {
  private LongResumes() {}

  /** {@code positions} jobs of four bullets each, then education, projects and awards. */
  static Path write(Path folder, int positions) throws IOException {
    StringBuilder xml =
        new StringBuilder(
            """
        <?xml version="1.0" encoding="UTF-8"?>
        <resume xmlns="urn:resume:1" xml:lang="en">
          <basics><name>Grace Long</name><label>Engineer of many jobs</label><email>grace@example.org</email></basics>
          <summary><p>Summary sentence that introduces a long career in several sections.</p></summary>
          <work>
        """);
    for (int i = 1; i <= positions; i++) {
      xml.append("    <position><organization>Company")
          .append(i)
          .append(" Limited</organization><role>Role")
          .append(i)
          .append(" Engineer</role><location>City")
          .append(i)
          .append("</location><start>")
          .append(1990 + i % 30)
          .append("-01</start><end>")
          .append(1990 + i % 30)
          .append("-12</end><highlights>");
      for (int b = 1; b <= 4; b++) {
        xml.append("<item>Bullet")
            .append(i)
            .append('x')
            .append(b)
            .append(
                " tells what was done there, at some length, so that it may take a second line on the page.</item>");
      }
      xml.append("</highlights></position>\n");
    }
    xml.append("  </work>\n  <education>\n");
    for (int i = 1; i <= 4; i++) {
      xml.append("    <study><institution>School")
          .append(i)
          .append(" University</institution><studyType>Degree")
          .append(i)
          .append("</studyType><area>Area")
          .append(i)
          .append("</area><start>198")
          .append(i)
          .append("</start><end>198")
          .append(i + 1)
          .append("</end></study>\n");
    }
    xml.append("  </education>\n  <projects>\n");
    for (int i = 1; i <= 6; i++) {
      xml.append("    <project><name>Project")
          .append(i)
          .append("</name><highlights><item>Deed")
          .append(i)
          .append("x1 of the project.</item><item>Deed")
          .append(i)
          .append("x2 of the project.</item></highlights></project>\n");
    }
    xml.append("  </projects>\n</resume>\n");
    return Files.writeString(folder.resolve("long.xml"), xml);
  }
}
