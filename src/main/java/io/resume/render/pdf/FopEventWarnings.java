package io.resume.render.pdf;

import io.resume.render.Warnings;
import java.util.HashSet;
import java.util.Set;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;

/**
 * Passes FOP's warnings and errors (a missing glyph, an overflowing line) on as the render's
 * warnings, one line each and each once. FOP's own logging goes nowhere visible, so this is
 * how the user hears of them.
 */
final class FopEventWarnings implements EventListener {
  private final Warnings warnings;
  private final Set<String> seen = new HashSet<>();

  FopEventWarnings(Warnings warnings) {
    this.warnings = warnings;
  }

  @Override
  public void processEvent(Event event) {
    EventSeverity severity = event.getSeverity();
    // INFO is chatter; FATAL comes back as the exception that ends the render.
    if (severity != EventSeverity.WARN && severity != EventSeverity.ERROR) {
      return;
    }
    String message = EventFormatter.format(event).replaceAll("\\s+", " ").trim();
    // FOP reports a missing glyph at each use; once is enough.
    if (seen.add(message)) {
      warnings.warn("PDF: " + message);
    }
  }
}
