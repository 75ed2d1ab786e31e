package io.resume.render.pdf.font;

import java.util.List;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.FontCollection;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFDocumentHandlerConfigurator;
import org.apache.fop.render.pdf.PDFDocumentHandler;
import org.apache.fop.render.pdf.PDFDocumentHandlerMaker;
import org.apache.fop.render.pdf.PDFRendererConfig.PDFRendererConfigParser;
import org.apache.fop.render.pdf.PDFRendererConfigurator;

/**
 * FOP's PDF output, with one change: a render whose user agent carries {@link ParsedFonts} (under
 * {@link ParsedFonts#OPTION}) takes its bundled fonts from there ({@link CopiedFontCollection}).
 * Registered on the factory in place of FOP's own maker; without the option it is FOP's own.
 */
public final class CopiedFontsHandlerMaker extends PDFDocumentHandlerMaker {
  @Override
  public IFDocumentHandler makeIFDocumentHandler(IFContext context) {
    PDFDocumentHandler handler =
        new PDFDocumentHandler(context) {
          @Override
          public IFDocumentHandlerConfigurator getConfigurator() {
            return new Configurator(getUserAgent());
          }
        };
    // As FOP's maker does.
    FOUserAgent agent = context.getUserAgent();
    if (agent.isAccessibilityEnabled()) {
      agent.setStructureTreeEventHandler(handler.getStructureTreeEventHandler());
    }
    return handler;
  }

  private static final class Configurator extends PDFRendererConfigurator {
    Configurator(FOUserAgent agent) {
      super(agent, new PDFRendererConfigParser());
    }

    @Override
    protected FontCollection createCollectionFromFontList(
        InternalResourceResolver resolver, List<EmbedFontInfo> fonts) {
      if (userAgent.getRendererOptions().get(ParsedFonts.OPTION) instanceof ParsedFonts parsed) {
        return new CopiedFontCollection(
            resolver, fonts, userAgent.isComplexScriptFeaturesEnabled(), parsed);
      }
      return super.createCollectionFromFontList(resolver, fonts);
    }
  }
}
