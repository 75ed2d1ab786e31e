package io.resume.render.docx;

import io.resume.model.view.Meta;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The document properties Word shows under File › Info, and search tools index. */
final class DocxProperties {
  static final String APPLICATION = "io.resume";

  private DocxProperties() {}

  static void set(XWPFDocument doc, Meta meta, String lang) {
    POIXMLProperties properties = doc.getProperties();
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    core.setTitle(meta.getTitle());
    core.setCreator(meta.getAuthor());
    if (present(meta.getSubject())) {
      core.setSubjectProperty(meta.getSubject());
    }
    if (present(meta.getKeywords())) {
      core.setKeywords(meta.getKeywords());
    }
    if (present(lang)) {
      core.getUnderlyingProperties().setLanguageProperty(lang);
    }
    properties.getExtendedProperties().setApplication(APPLICATION);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
