package io.resume.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the JDK parser's and validator's wording into messages that say what to do. */
final class ParserMessages {
  private static final Pattern SCHEMA_CODE = Pattern.compile("^cvc-[\\w.-]+: ");
  private static final Pattern QUALIFIED = Pattern.compile("\\{\"urn:resume:1\":(\\w+)}");
  private static final Pattern NAMESPACE_LIST = Pattern.compile("\"urn:resume:1\":");

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
    String plain = SCHEMA_CODE.matcher(message).replaceFirst("");
    plain = QUALIFIED.matcher(plain).replaceAll(Matcher.quoteReplacement("<") + "$1" + Matcher.quoteReplacement(">"));
    plain = NAMESPACE_LIST.matcher(plain).replaceAll("");
    return plain;
  }
}
