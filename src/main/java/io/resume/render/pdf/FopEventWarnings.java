package io.resume.render.pdf;

import io.resume.render.Warnings;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;

/**
 * Passes FOP's warnings and errors (an overflowing line, a refused image) on as the render's
 * warnings, one line each and each once. FOP's own logging goes nowhere visible, so this is
 * how the user hears of them. Missing glyphs are gathered: FOP reports one per character and
 * font, the user wants one line naming every character no font could draw ({@link #finish}).
 */
final class FopEventWarnings implements EventListener {
  private static final String GLYPH_MISSING = "org.apache.fop.fonts.FontEventProducer.glyphNotAvailable";
  private static final String IMAGE_NOT_FOUND = "org.apache.fop.ResourceEventProducer.imageNotFound";

  private final Warnings warnings;
  private final ResourceGate gate;
  private final Set<String> seen = new LinkedHashSet<>();
  private final Set<Integer> missing = new TreeSet<>();
  private final Set<String> fonts = new TreeSet<>();

  /** @param gate what FOP may read: an image it refused is reported as refused, not as missing */
  FopEventWarnings(Warnings warnings, ResourceGate gate) {
    this.warnings = warnings;
    this.gate = gate;
  }

  @Override
  public void processEvent(Event event) {
    EventSeverity severity = event.getSeverity();
    // INFO is chatter; FATAL comes back as the exception that ends the render.
    if (severity != EventSeverity.WARN && severity != EventSeverity.ERROR) {
      return;
    }
    if (GlyphEvents.CODE_POINT_MISSING.equals(event.getEventID())
        && event.getParam(GlyphEvents.CODE_POINT) instanceof Integer codePoint) {
      missing.add(codePoint);
      fonts.add(String.valueOf(event.getParam(GlyphEvents.FONT_NAME)));
      return;
    }
    // FOP's own report, from a font that is no TextMappedFont: a 16-bit character.
    if (GLYPH_MISSING.equals(event.getEventID()) && event.getParam("ch") instanceof Character ch) {
      missing.add((int) ch);
      if (event.getParam("fontName") != null) {
        fonts.add(String.valueOf(event.getParam("fontName")));
      }
      return;
    }
    String message = EventFormatter.format(event).replaceAll("\\s+", " ").trim();
    if (IMAGE_NOT_FOUND.equals(event.getEventID()) && event.getParam("uri") != null && gate.refuses(String.valueOf(event.getParam("uri")))) {
      message = "refused to read " + event.getParam("uri") + ": " + ResourceGate.RULE;
    }
    if (seen.add(message)) {
      warnings.warn("PDF: " + message);
    }
  }

  /** Reports the characters that no font had, in one line. */
  void finish() {
    if (missing.isEmpty()) {
      return;
    }
    String characters = missing.stream()
        .map(c -> "\"" + new String(Character.toChars(c)) + "\" (U+" + String.format(Locale.ROOT, "%04X", c) + ")")
        .collect(Collectors.joining(", "));
    warnings.warn("PDF: characters not available in any font, drawn as \"#\": " + characters
        + " (tried " + String.join(", ", fonts) + " and every fallback)");
  }
}
