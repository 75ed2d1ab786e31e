package io.resume.render.pdf;

import io.resume.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The seed résumé made longer than a page can hold in one piece, as real résumés are: a section of
 * many awards or certificates, one position with dozens of bullets, a word or a web address longer
 * than a line. Every added text is numbered, so that a test can count it in the PDF.
 */
final class LongInputs {
  private LongInputs() {}

  /** The seed with {@code count} more awards ("Award001 …"). */
  static Path awards(Path folder, int count) throws IOException {
    StringBuilder awards = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      awards.append(
          String.format(
              "<award><title>Award%03d for outstanding work</title><awarder>Society%03d</awarder>"
                  + "<date>20%02d</date></award>%n",
              i, i, i % 24));
    }
    return seedWith(folder, "awards.xml", "</awards>", awards + "</awards>");
  }

  /** The seed with a section of {@code count} certificates ("Certificate001 …"). */
  static Path certificates(Path folder, int count) throws IOException {
    StringBuilder certificates = new StringBuilder("<certificates>\n");
    for (int i = 1; i <= count; i++) {
      certificates.append(
          String.format(
              "<certificate><name>Certificate%03d in cloud systems</name><issuer>Issuer%03d</issuer>"
                  + "<date>2020-%02d</date></certificate>%n",
              i, i, i % 12 + 1));
    }
    return seedWith(
        folder, "certificates.xml", "</resume>", certificates + "</certificates>\n</resume>");
  }

  /**
   * The seed whose last position has {@code count} more bullets of two lines each ("Bullet001 …").
   */
  static Path bullets(Path folder, int count) throws IOException {
    StringBuilder bullets = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      bullets.append(
          String.format(
              "<item>Bullet%03d tells what was done there at some length, so that it needs a second line"
                  + " on the page, which it gets when it is as long as this one is.</item>%n",
              i));
    }
    return seedWith(
        folder,
        "bullets.xml",
        "<item>Implemented an OCI shim to bridge orchestration tools and runtime.</item>",
        "<item>Implemented an OCI shim to bridge orchestration tools and runtime.</item>"
            + bullets);
  }

  /** The seed with a bullet of one word of {@code length} letters: "W", then x's, then "Z". */
  static Path longWord(Path folder, int length) throws IOException {
    return seedWith(
        folder,
        "word.xml",
        "<item>15k lines of code in Rust.</item>",
        "<item>W" + "x".repeat(length - 2) + "Z</item>");
  }

  /**
   * A web address of about {@code length} characters: a path of numbered parts, and a query without
   * any separator.
   */
  static String longAddress(int length) {
    StringBuilder address = new StringBuilder("https://example.org/");
    for (int i = 1; address.length() < length / 2; i++) {
      address.append(String.format("part%02d/", i));
    }
    address.append("download?token=");
    while (address.length() < length) {
      address.append("A1b2C3d4E5");
    }
    return address.toString();
  }

  /** The seed with a long address as the website, and in a bullet as a link and as plain text. */
  static Path longAddresses(Path folder, int length) throws IOException {
    String address = longAddress(length);
    String xml =
        Files.readString(Seed.PATH)
            .replace("<url>https://chenzhuofu.github.io/</url>", "<url>" + address + "</url>")
            .replace(
                "<item>15k lines of code in Rust.</item>",
                "<item>Code at <link href=\""
                    + address
                    + "\">"
                    + address
                    + "</link>, mirrored at "
                    + address.replace("example.org", "example.net")
                    + ".</item>");
    return Files.writeString(folder.resolve("addresses.xml"), xml);
  }

  private static Path seedWith(Path folder, String name, String target, String replacement)
      throws IOException {
    String seed = Files.readString(Seed.PATH);
    if (!seed.contains(target)) {
      throw new IllegalStateException("the seed no longer has " + target);
    }
    return Files.writeString(folder.resolve(name), seed.replace(target, replacement));
  }
}
