package io.resume.model;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

/**
 * Mistakes a schema cannot see: an end before its start, an entry written twice, an empty paragraph
 * or bullet, a web link without a host, a text given twice in one language, a block of text too
 * long to lay out in bounded memory (a single text or attribute far too long is refused while
 * parsing: {@link TextLengthLimit}), a control character XML lets through. Each one is a {@link
 * Problem} with a hint.
 */
final class ResumeChecks {
  private final XPathExecutable spans;
  private final XPathExecutable emptyText;
  private final XPathExecutable webLinks;
  private final XPathExecutable otherLinks;
  private final XPathExecutable sameLanguage;
  private final XPathExecutable longText;
  private final XPathExecutable bidiControls;

  ResumeChecks(Processor processor) {
    // The same rule of a text's language as the stylesheets' (language:of).
    TextLanguage.register(processor);
    XPathCompiler xpath = processor.newXPathCompiler();
    xpath.declareNamespace("r", "urn:resume:1");
    xpath.declareNamespace("language", TextLanguage.NAMESPACE);
    try {
      spans = xpath.compile("//*[r:start and r:end]");
      // (An absolute path inside //( ) would be evaluated once per node: the entries are a union
      // apart.)
      emptyText =
          xpath.compile(
              "(//(r:p | r:item | r:title | r:description | r:text | r:detail[not(*)])"
                  + " | /r:resume/*[not(self::r:basics | self::r:extensions)]/*)[not(normalize-space())]");
      webLinks = xpath.compile("//(r:link/@href | r:url)[starts-with(., 'http')]");
      otherLinks = xpath.compile("//(r:link/@href | r:url)[not(starts-with(., 'http'))]");
      // A text said once, maybe in several languages: a second one in the same language is a slip.
      sameLanguage =
          xpath.compile(
              """
          //(r:basics/(r:name | r:label) | r:location/(r:address | r:city | r:region)
            | r:position/(r:organization | r:role | r:location | r:description)
            | r:study/(r:institution | r:location | r:studyType | r:area | r:score | r:rank)
            | r:publication/(r:title | r:publisher) | r:project/(r:name | r:entity | r:type | r:description)
            | r:award/(r:title | r:awarder) | r:certificate/(r:name | r:issuer) | r:skill/(r:name | r:level)
            | r:language/(r:name | r:fluency) | r:interest/r:name | r:reference/(r:name | r:text) | /r:resume/*/r:title)
          [let $e := . return
            (some $p in preceding-sibling::*[node-name(.) eq node-name($e)] satisfies language:of($p) eq language:of($e))
            or (exists(parent::*/parent::r:resume) and exists(../@title) and language:of(..) eq language:of($e))]""");
      // Blocks of text: a paragraph or bullet (with its inline markup), or any plain field.
      // Trojan-source characters: they make text display in another order than it is stored
      // (and extracted), and not every format can honour them (PDF drops them).
      // Control characters XML 1.0 lets through (DEL and C1: U+0085, U+009B…) with them: see
      // RefusedCharacters.
      bidiControls =
          xpath.compile("//(text() | @*)[matches(., '[\u007F-\u009F\u202A-\u202E\u2066-\u2069]')]");
      longText =
          xpath.compile(
              "/r:resume/*[not(self::r:extensions)]//*[self::r:p or self::r:item or not(*)]"
                  + "[not(ancestor::r:p or ancestor::r:item)][string-length() gt "
                  + InputLimits.MAX_TEXT
                  + "]");
    } catch (SaxonApiException e) {
      throw new IllegalStateException(e);
    }
  }

  List<Problem> check(XdmNode resume, String file) {
    List<Problem> problems = new ArrayList<>();
    for (XdmItem item : evaluate(spans, resume)) {
      XdmNode entry = (XdmNode) item;
      XdmNode start = child(entry, "start");
      XdmNode end = child(entry, "end");
      if (DateOrder.endsBeforeStart(start.getStringValue(), end.getStringValue())) {
        problems.add(
            at(
                end,
                file,
                "the end date "
                    + end.getStringValue()
                    + " is before the start date "
                    + start.getStringValue()
                    + ": swap them or fix the year"));
      }
    }
    Repeats.in(resume)
        .forEach(
            (entry, first) ->
                problems.add(
                    at(
                        entry,
                        file,
                        "this "
                            + entry.getNodeName().getLocalName()
                            + " repeats the one at line "
                            + first.getLineNumber()
                            + ": remove one of them")));
    for (XdmItem item : evaluate(emptyText, resume)) {
      XdmNode empty = (XdmNode) item;
      problems.add(
          at(
              empty,
              file,
              "<"
                  + empty.getNodeName().getLocalName()
                  + "> is empty: write its text or remove it"));
    }
    for (XdmItem item : evaluate(webLinks, resume)) {
      XdmNode link = (XdmNode) item;
      if (!Links.hasHost(link.getStringValue())) {
        problems.add(
            at(
                link,
                file,
                "'"
                    + link.getStringValue()
                    + "' is not a web address: write it as https://host/path"));
      }
    }
    // mailto: and tel: links: the schema's anyURI lets through what the renderers cannot link.
    for (XdmItem item : evaluate(otherLinks, resume)) {
      XdmNode link = (XdmNode) item;
      if (!Links.isUri(link.getStringValue())) {
        problems.add(
            at(
                link,
                file,
                "'"
                    + link.getStringValue()
                    + "' is not a valid link: write characters such as"
                    + " \" < > ^ { } | \\ and spaces percent-encoded (%22 for \")"));
      }
    }
    for (XdmItem item : evaluate(sameLanguage, resume)) {
      XdmNode twice = (XdmNode) item;
      String name = twice.getNodeName().getLocalName();
      String lang = TextLanguage.of(twice);
      problems.add(
          at(
              twice,
              file,
              "a second <"
                  + name
                  + "> in "
                  + (lang.isEmpty() ? "the résumé's language" : "'" + lang + "'")
                  + ": a translation needs its own xml:lang, else remove one of them"));
    }
    for (XdmItem item : evaluate(bidiControls, resume)) {
      XdmNode text = (XdmNode) item;
      String value = text.getStringValue();
      int at = RefusedCharacters.indexIn(value);
      if (at >= 0) {
        XdmNode element =
            text.getNodeKind() == net.sf.saxon.s9api.XdmNodeKind.TEXT ? text.getParent() : text;
        problems.add(at(element, file, RefusedCharacters.explain(value, at)));
      }
    }
    for (XdmItem item : evaluate(longText, resume)) {
      XdmNode text = (XdmNode) item;
      problems.add(
          at(
              text,
              file,
              String.format(
                  java.util.Locale.ROOT,
                  "<%s> holds %,d characters, more than the %,d one block of a résumé may have: shorten or split it",
                  text.getNodeName().getLocalName(),
                  text.getStringValue().length(),
                  InputLimits.MAX_TEXT)));
    }
    problems.sort(
        (a, b) ->
            a.line() != b.line()
                ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
    return problems;
  }

  /** The first child element of that local name (the schema guarantees there is one). */
  private static XdmNode child(XdmNode parent, String localName) {
    return parent.children(localName).iterator().next();
  }

  private static Problem at(XdmNode node, String file, String message) {
    XdmNode element =
        node.getNodeKind() == net.sf.saxon.s9api.XdmNodeKind.ATTRIBUTE ? node.getParent() : node;
    return new Problem(file, element.getLineNumber(), element.getColumnNumber(), message);
  }

  private static Iterable<XdmItem> evaluate(XPathExecutable xpath, XdmNode context) {
    try {
      var selector = xpath.load();
      selector.setContextItem(context);
      return selector.evaluate();
    } catch (SaxonApiException e) {
      throw new IllegalStateException(e);
    }
  }
}
