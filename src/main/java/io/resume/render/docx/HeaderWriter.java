package io.resume.render.docx;

import io.resume.model.view.Contact;
import io.resume.model.view.Header;
import java.util.ArrayList;
import java.util.List;

/**
 * The top of the résumé: the name (Heading 1, the one level-0 heading, so the sections nest under
 * it in Word's navigation pane), the headline, and the contacts on one line.
 */
final class HeaderWriter {
  private static final String SEPARATOR = " \u00b7 ";

  private final Body body;

  HeaderWriter(Body body) {
    this.body = body;
  }

  void write(Header header) {
    body.paragraph(
        DocxStyles.NAME,
        Spans.of(header.getName().getValue(), Span.PLAIN),
        header.getName().getDir());
    if (header.getHeadline() != null && !header.getHeadline().getValue().isBlank()) {
      body.paragraph(
          DocxStyles.HEADLINE,
          Spans.of(header.getHeadline().getValue(), Span.PLAIN),
          header.getHeadline().getDir());
    }
    if (!header.getContact().isEmpty()) {
      body.paragraph(DocxStyles.CONTACTS, contacts(header.getContact()));
    }
  }

  /** Each contact's text, after its label where the label is shown (a profile's network). */
  private static List<Span> contacts(List<Contact> contacts) {
    List<Span> spans = new ArrayList<>();
    for (Contact contact : contacts) {
      if (!spans.isEmpty()) {
        spans.add(Span.PLAIN.withText(SEPARATOR));
      }
      if (contact.isLabelVisible()) {
        spans.add(Span.PLAIN.withText(contact.getLabel().strip() + " "));
      }
      spans.addAll(Spans.of(contact.getValue(), Span.PLAIN.withHref(contact.getHref())));
    }
    return spans;
  }
}
