package io.resume.batch;

import io.resume.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/** Distinct résumés made from the repository's: another person, site, bullets and sections. */
public final class Variants {
  private static final List<String> PEOPLE =
      List.of("Ada Alpha", "Bo Beta", "Cy Gamma", "Di Delta");

  private Variants() {}

  public static int count() {
    return PEOPLE.size();
  }

  public static String person(int n) {
    return PEOPLE.get(n);
  }

  /** Variant {@code n}: its own name, email, site and bullets; odd variants have no education. */
  public static String resume(int n) throws IOException {
    String xml =
        Files.readString(Seed.PATH)
            .replace("Zhuofu Chen", person(n))
            .replace("aetiurf@gmail.com", "person" + n + "@example.org")
            .replace("https://chenzhuofu.github.io/", "https://example.org/person-" + n + "/")
            .replace("<item>", "<item>Variant " + n + " did this: ");
    return n % 2 == 1 ? xml.replaceAll("(?s)<education>.*?</education>", "") : xml;
  }
}
