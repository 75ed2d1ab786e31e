package io.resume.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the JDK parser's and validator's wording into messages that say what to do. */
final class ParserMessages {
  private static final Pattern SCHEMA_CODE = Pattern.compile("^cvc-[\\w.-]+: ");
  private static final Pattern QUALIFIED = Pattern.compile("\\{\"urn:resume:1\":(\\w+)}");
  private static final Pattern NAMESPACE_LIST = Pattern.compile("\"urn:resume:1\":");

  private static final Pattern FACET =
      Pattern.compile("(?:Value )?'(.*)' is not (?:facet-valid|a valid value).*? type '(\\w+)'");
  private static final java.util.Map<String, String> HINTS =
      java.util.Map.of(
          "Date",
              "is not a date: write 2021, 2021-09 or a day that exists such as 2021-09-30 (no sign, no time zone), or words such as Summer 2019",
          "Email", "is not an email address",
          "Url", "is not a link a résumé may hold: use an http, https, mailto or tel address",
          "Text", "is empty: write some text or leave the element out");

  private static final Pattern INVALID_UTF8 =
      Pattern.compile("^Invalid byte \\d+ of \\d+-byte UTF-8 sequence");
  private static final Pattern INVALID_CHARACTER =
      Pattern.compile("^An invalid XML character \\(Unicode: 0x(\\p{XDigit}+)\\)");
  private static final Pattern INVALID_REFERENCE =
      Pattern.compile("^Character reference \"(&#x?\\p{XDigit}+)\" is an invalid XML character");

  private ParserMessages() {}

  private static String codePoint(int code) {
    return String.format(java.util.Locale.ROOT, "U+%04X", code);
  }

  static String explain(String message) {
    if (message == null) {
      return "unreadable XML";
    }
    if (message.contains("disallow-doctype-decl")) {
      return "DOCTYPE declarations are not allowed (they can read files and expand entities); remove the <!DOCTYPE ...> line";
    }
    if (message.startsWith("Premature end of file")) {
      return "the file ends before the résumé does (empty or truncated XML)";
    }
    if (message.startsWith("XML document structures must start and end within the same entity")) {
      return "the file ends before the résumé does (truncated XML?): an element is still open here";
    }
    if (message.startsWith("Content is not allowed in prolog")) {
      return "this is not XML: a résumé starts with <resume xmlns=\"urn:resume:1\"> (or an <?xml ...?> line)";
    }
    if (message.startsWith("Content is not allowed in trailing section")) {
      return "text after the end of the résumé: nothing may follow </resume>";
    }
    Matcher utf8 = INVALID_UTF8.matcher(message);
    if (utf8.find()) {
      return "this is not UTF-8 text (a binary file, or another encoding): save the file as UTF-8,"
          + " or name its encoding in <?xml version=\"1.0\" encoding=\"...\"?>";
    }
    Matcher control = INVALID_CHARACTER.matcher(message);
    if (control.find()) {
      int code = Integer.parseInt(control.group(1), 16);
      return codePoint(code)
          + (code < 0x20 || code >= 0x7F && code < 0xA0 ? " (a control character)" : "")
          + " is not allowed in XML 1.0: remove it";
    }
    Matcher reference = INVALID_REFERENCE.matcher(message);
    if (reference.find()) {
      return reference.group(1) + "; stands for a character XML 1.0 does not allow: remove it";
    }
    if (message.contains("Cannot find the declaration of element")) {
      return message.replaceFirst(SCHEMA_CODE.pattern(), "")
          + " The root element must be <resume xmlns=\"urn:resume:1\">.";
    }
    Matcher facet = FACET.matcher(message);
    if (facet.find()) {
      String hint = HINTS.get(facet.group(2));
      if (hint != null) {
        return "'" + facet.group(1) + "' " + hint;
      }
    }
    String plain = SCHEMA_CODE.matcher(message).replaceFirst("");
    plain =
        QUALIFIED
            .matcher(plain)
            .replaceAll(Matcher.quoteReplacement("<") + "$1" + Matcher.quoteReplacement(">"));
    plain = NAMESPACE_LIST.matcher(plain).replaceAll("");
    return plain;
  }
}
