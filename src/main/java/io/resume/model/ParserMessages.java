package io.resume.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the JDK parser's and validator's wording into messages that say what to do. */
final class ParserMessages {
  private static final Pattern SCHEMA_CODE = Pattern.compile("^cvc-[\\w.-]+: ");
  private static final Pattern QUALIFIED = Pattern.compile("\\{\"urn:resume:1\":(\\w+)}");
  private static final Pattern NAMESPACE_LIST = Pattern.compile("\"urn:resume:1\":");

  private static final Pattern FACET = Pattern.compile(
      "(?:Value )?'(.*)' is not (?:facet-valid|a valid value).*? type '(\\w+)'");
  private static final java.util.Map<String, String> HINTS = java.util.Map.of(
      "Date", "is not a date: write 2021, 2021-09 or 2021-09-30",
      "Email", "is not an email address",
      "Url", "is not a link a résumé may hold: use an http, https, mailto or tel address",
      "Text", "is empty: write some text or leave the element out");

  private ParserMessages() {}

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
    plain = QUALIFIED.matcher(plain).replaceAll(Matcher.quoteReplacement("<") + "$1" + Matcher.quoteReplacement(">"));
    plain = NAMESPACE_LIST.matcher(plain).replaceAll("");
    return plain;
  }
}
