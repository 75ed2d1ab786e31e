package io.resume.render.docx;

import io.resume.model.view.Meta;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The document properties Word shows under File › Info, and search tools index: core properties
 * from the prepared résumé's meta, dated with the render's timestamp (fixed under
 * SOURCE_DATE_EPOCH, so that two renders give the same bytes), and the application that made the
 * file.
 */
final class DocxProperties {
  static final String APPLICATION = "resume";

  /** Word's AppVersion: "XX.YYYY" (major, minor) of this program, when its jar says which it is. */
  static final String APP_VERSION = appVersion(projectVersion());

  private DocxProperties() {}

  static void set(XWPFDocument doc, Meta meta, String lang, Instant timestamp) {
    POIXMLProperties properties = doc.getProperties();
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    core.setTitle(meta.getTitle());
    core.setCreator(meta.getAuthor());
    if (present(meta.getAuthor())) {
      core.setLastModifiedByUser(meta.getAuthor());
    }
    if (present(meta.getSubject())) {
      core.setSubjectProperty(meta.getSubject());
    }
    if (present(meta.getKeywords())) {
      core.setKeywords(meta.getKeywords());
    }
    if (present(lang)) {
      core.getUnderlyingProperties().setLanguageProperty(lang);
    }
    // POI stamps a new package "now"; the render's own time replaces it.
    Optional<Date> date = Optional.of(Date.from(timestamp));
    core.getUnderlyingProperties().setCreatedProperty(date);
    core.getUnderlyingProperties().setModifiedProperty(date);

    var app = properties.getExtendedProperties().getUnderlyingProperties();
    app.setApplication(APPLICATION);
    if (APP_VERSION != null) {
      app.setAppVersion(APP_VERSION);
    }
    app.setDocSecurity(0);
    app.setScaleCrop(false);
    app.setLinksUpToDate(false);
    app.setSharedDoc(false);
    app.setHyperlinksChanged(false);
  }

  /** "1.2.3-SNAPSHOT" → "01.0002"; null for a version that is not numbers. */
  static String appVersion(String version) {
    if (version == null) {
      return null;
    }
    Matcher matcher = Pattern.compile("(\\d{1,2})\\.(\\d{1,4})\\b.*").matcher(version);
    return matcher.matches()
        ? String.format(
            "%02d.%04d", Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)))
        : null;
  }

  /** The version Maven wrote into the jar, or null outside a jar (tests, an IDE). */
  private static String projectVersion() {
    try (InputStream in =
        DocxProperties.class.getResourceAsStream(
            "/META-INF/maven/io.resume/resume/pom.properties")) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
