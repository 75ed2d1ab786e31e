package io.resume.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes FOP's PDF depend only on its input and the render's timestamp. FOP stamps three things with
 * the clock that no option reaches: the XMP {@code MetadataDate}, the attachment's dates, and the
 * file identifier {@code /ID}. Each is rewritten in place with a value of the same length (the
 * timestamp; a digest of the file), so no offset of the cross-reference table moves. The attachment
 * is also declared {@code text/xml} instead of FOP's octet-stream.
 */
final class StableBytes {
  private static final Pattern METADATA_DATE =
      Pattern.compile("<xmp:MetadataDate>([^<]+)</xmp:MetadataDate>");
  private static final Pattern EMBEDDED_FILE =
      Pattern.compile("/Type /EmbeddedFile\\b.*?endobj", Pattern.DOTALL);
  private static final Pattern FILE_DATE =
      Pattern.compile("/(?:CreationDate|ModDate) \\((D:[^)]+)\\)");
  private static final Pattern OCTET_STREAM =
      Pattern.compile("/Subtype /application#2Foctet-stream");
  private static final Pattern FILE_ID =
      Pattern.compile("/ID \\[<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>\\]");
  private static final String XML_TYPE = "/Subtype /text#2Fxml";

  private StableBytes() {}

  static byte[] stamp(byte[] pdf, Instant timestamp) {
    // ISO-8859-1 maps each byte to one char and back, so offsets in the text are offsets in the
    // file.
    StringBuilder text = new StringBuilder(new String(pdf, StandardCharsets.ISO_8859_1));
    Matcher metadata = METADATA_DATE.matcher(text);
    if (metadata.find()) {
      replace(text, metadata.start(1), metadata.group(1), xmpDate(timestamp, metadata.group(1)));
    }
    Matcher file = EMBEDDED_FILE.matcher(text);
    if (file.find()) {
      int start = file.start();
      String object = file.group();
      Matcher date = FILE_DATE.matcher(object);
      while (date.find()) {
        replace(text, start + date.start(1), date.group(1), pdfDate(timestamp, date.group(1)));
      }
      Matcher type = OCTET_STREAM.matcher(object);
      if (type.find()) {
        replace(
            text,
            start + type.start(),
            type.group(),
            XML_TYPE + " ".repeat(type.group().length() - XML_TYPE.length()));
      }
    }
    Matcher id = lastMatch(FILE_ID, text);
    if (id != null) {
      String zero = "0".repeat(id.group(1).length());
      replace(text, id.start(1), id.group(1), zero);
      replace(text, id.start(2), id.group(2), zero);
      String digest =
          digest(text.toString().getBytes(StandardCharsets.ISO_8859_1), id.group(1).length());
      replace(text, id.start(1), zero, digest);
      replace(text, id.start(2), zero, digest);
    }
    return text.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void replace(StringBuilder text, int at, String old, String value) {
    if (value.length() != old.length()) {
      throw new IllegalStateException(
          "a stable value must keep the length of " + old + ": " + value);
    }
    text.replace(at, at + old.length(), value);
  }

  private static Matcher lastMatch(Pattern pattern, CharSequence text) {
    Matcher matcher = pattern.matcher(text);
    Matcher last = null;
    int from = 0;
    while (matcher.find(from)) {
      last = pattern.matcher(text);
      last.find(matcher.start());
      from = matcher.end();
    }
    return last;
  }

  /**
   * The file's own digest as its identifier, as the PDF specification suggests, with the MD5 it
   * names: an identifier, not a signature; under C1, which has no SHA intrinsics, it costs a
   * fraction of SHA-256 (docs/performance.md, "Figures behind the code").
   */
  private static String digest(byte[] bytes, int hexLength) {
    try {
      String hex =
          HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
      return hex.substring(0, Math.min(hexLength, hex.length()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The timestamp as a PDF date, in the form (UTC "Z" or "+01'00'") of the one it replaces. */
  static String pdfDate(Instant timestamp, String like) {
    String zone = like.length() > 16 ? like.substring(16) : "Z";
    ZoneOffset offset =
        zone.equals("Z")
            ? ZoneOffset.UTC
            : ZoneOffset.of(zone.replace("'", ":").replaceFirst(":$", ""));
    return "D:"
        + DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
            .format(timestamp.atOffset(offset))
        + zone;
  }

  /** The timestamp as an XMP date, in the form ("Z" or "+01:00") of the one it replaces. */
  static String xmpDate(Instant timestamp, String like) {
    String zone = like.length() > 19 ? like.substring(19) : "Z";
    ZoneOffset offset = zone.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(zone);
    return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT)
            .format(timestamp.atOffset(offset))
        + zone;
  }
}
