package io.resume.render.docx;

import io.resume.model.Warnings;
import io.resume.model.view.Document;
import io.resume.model.view.Section;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import io.resume.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Renders the prepared résumé as a Word document with Apache POI, from its JAXB model: one column
 * of styled paragraphs (no tables, text boxes or headers, which ATS parsers skip or garble), real
 * headings, real bullets and real hyperlinks; a footer holds only the page number.
 *
 * <p>Built once and shared: the JAXB context lives here; each render makes its own document.
 */
public final class DocxRenderer implements Renderer {
  private final ViewReader reader = new ViewReader();

  @Override
  public Format format() {
    return Format.DOCX;
  }

  @Override
  public void render(
      PreparedResume resume, RenderOptions options, OutputStream out, Warnings warnings)
      throws IOException {
    PaperSize paper = PaperSize.of(options.paper());
    Document view = reader.read(resume.view(), warnings);
    XWPFDocument doc = new XWPFDocument();
    try {
      DocxLanguage language = DocxLanguage.of(view.getLang(), view.getDir());
      DocxLook look = DocxLook.of(options.theme());
      DocxFonts fonts = DocxFonts.of(language, look);
      DocxStyles.addTo(doc, language, fonts, look, paper.textWidth());
      Body body = new Body(doc, DocxNumbering.addTo(doc, fonts, look), language, warnings);
      new HeaderWriter(body).write(view.getHeader());
      SectionWriter sections = new SectionWriter(body);
      for (Section section : view.getSection()) {
        sections.write(section);
      }
      DocxPage.set(doc, paper, language.rightToLeft());
      PageNumbers.addTo(doc, language.rightToLeft());
      fonts.addTableTo(doc);
      RunPropertyOrder.apply(doc);
      DocxProperties.set(doc, view.getMeta(), view.getLang(), options.timestamp());
      PackageWriter.write(doc, options.timestamp(), out);
    } finally {
      PackageWriter.discard(doc);
    }
  }
}
