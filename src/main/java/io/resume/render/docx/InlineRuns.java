package io.resume.render.docx;

import io.resume.render.Warnings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;

/**
 * Writes spans as Word runs; the spans of one link go into one w:hyperlink whose target is an
 * external relationship, drawn with the Hyperlink character style. One per render: it
 * remembers the relationship of each target so a repeated link shares it.
 */
final class InlineRuns {
  /** Targets a reader may safely follow from a résumé; anything else stays plain text. */
  private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");

  private final XWPFDocument doc;
  private final Warnings warnings;
  private final Map<String, String> relationships = new HashMap<>();

  InlineRuns(XWPFDocument doc, Warnings warnings) {
    this.doc = doc;
    this.warnings = warnings;
  }

  void write(XWPFParagraph paragraph, List<Span> spans) {
    CTHyperlink link = null;
    String linkTarget = null;
    for (Span span : spans) {
      String relationship = span.href() == null ? null : relationship(span.href());
      if (relationship == null) {
        link = null;
        linkTarget = null;
        look(paragraph.createRun(), span);
        continue;
      }
      if (link == null || !span.href().equals(linkTarget)) {
        link = paragraph.getCTP().addNewHyperlink();
        link.setId(relationship);
        linkTarget = span.href();
      }
      XWPFHyperlinkRun run = new XWPFHyperlinkRun(link, link.addNewR(), paragraph);
      run.setStyle(DocxStyles.HYPERLINK);
      look(run, span);
    }
  }

  /** A tab, to the next tab stop of the paragraph. */
  void tab(XWPFParagraph paragraph) {
    paragraph.createRun().addTab();
  }

  private static void look(XWPFRun run, Span span) {
    if (span.bold() != null) {
      run.setBold(span.bold());
    }
    if (span.italic()) {
      run.setItalic(true);
    }
    switch (span.shift()) {
      case SUPER -> run.setSubscript(VerticalAlign.SUPERSCRIPT);
      case SUB -> run.setSubscript(VerticalAlign.SUBSCRIPT);
      case NONE -> { }
    }
    run.setText(span.text());
  }

  /** The id of the relationship to an allowed target, or null (with a warning) for another. */
  private String relationship(String href) {
    if (relationships.containsKey(href)) {
      return relationships.get(href); // null for a refused target: warned about once
    }
    String scheme = scheme(href);
    if (scheme == null || !LINK_SCHEMES.contains(scheme)) {
      warnings.warn("DOCX: link to \"" + href + "\" written as plain text (only http, https, mailto and tel are linked)");
      relationships.put(href, null);
      return null;
    }
    String id = doc.getPackagePart()
        .addExternalRelationship(href, XWPFRelation.HYPERLINK.getRelation())
        .getId();
    relationships.put(href, id);
    return id;
  }

  private static String scheme(String href) {
    try {
      String scheme = new URI(href).getScheme();
      return scheme == null ? null : scheme.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
