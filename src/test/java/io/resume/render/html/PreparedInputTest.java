package io.resume.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.text.StylesheetRenderer;
import io.resume.theme.Theme;
import io.resume.theme.Themes;
import io.resume.xslt.Stylesheets;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.junit.jupiter.api.Test;

/**
 * The stylesheets run by hand, in two steps (common/prepare.xsl, then the format's entry), make the
 * page the renderer makes; the entry given the canonical résumé itself says what to do.
 */
class PreparedInputTest {
  private final Processor processor = new Processor(false);
  private final Stylesheets stylesheets = Stylesheets.bundled(processor);

  @Test
  void preparedThenRenderedByHandIsTheRenderersPage() throws Exception {
    Pipeline pipeline = SharedPipeline.bundled();
    PreparedResume resume = pipeline.prepare(Seed.PATH, null, Warnings.IGNORE);
    ByteArrayOutputStream rendered = new ByteArrayOutputStream();
    pipeline.renderer(Format.HTML).render(resume, rendered, Warnings.IGNORE);

    XdmDestination prepared = new XdmDestination();
    Xslt30Transformer prepare = stylesheets.get("common/prepare.xsl").load30();
    prepare.transform(new StreamSource(Seed.PATH.toFile()), prepared);
    Xslt30Transformer html = stylesheets.get(StylesheetRenderer.stylesheet(Format.HTML)).load30();
    // The theme's settings, as the renderer passes them (theme.xsl decides no defaults of its own).
    html.setStylesheetParameters(
        Map.of(new QName("theme"), XdmMap.makeMap(Themes.classic().settingsFor(Theme.HTML))));
    ByteArrayOutputStream direct = new ByteArrayOutputStream();
    html.applyTemplates(prepared.getXdmNode(), html.newSerializer(direct));

    String page = direct.toString(StandardCharsets.UTF_8);
    assertEquals(rendered.toString(StandardCharsets.UTF_8), page);
    assertTrue(page.startsWith("<!DOCTYPE HTML>"), page.substring(0, 40));
  }

  @Test
  void aCanonicalResumeIsRefusedWithWhatToDo() throws Exception {
    Xslt30Transformer html = stylesheets.get(StylesheetRenderer.stylesheet(Format.HTML)).load30();
    html.setStylesheetParameters(
        Map.of(new QName("theme"), XdmMap.makeMap(Themes.classic().settingsFor(Theme.HTML))));
    StringBuilder messages = new StringBuilder();
    html.setMessageHandler(message -> messages.append(message.getStringValue()));
    SaxonApiException refused =
        assertThrows(
            SaxonApiException.class,
            () ->
                html.transform(
                    new StreamSource(Seed.PATH.toFile()),
                    html.newSerializer(new ByteArrayOutputStream())));
    assertTrue(
        messages
            .toString()
            .contains("not {urn:resume:1}resume; run xsl/common/prepare.xsl on it first"),
        messages::toString);
    assertTrue(refused.getMessage().contains("terminated"), refused.getMessage());
  }
}
