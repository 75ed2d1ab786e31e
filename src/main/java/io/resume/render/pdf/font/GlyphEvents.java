package io.resume.render.pdf.font;

import java.util.Map;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventBroadcaster;
import org.apache.fop.events.model.EventSeverity;
import org.apache.fop.fonts.FontEventAdapter;

/**
 * FOP's font events of one render, plus one of our own: a character no font could draw, named by
 * its whole code point. FOP's own event carries a 16-bit {@code char}, so an emoji (U+1F3C6) was
 * reported as U+F3C6, and it stops after eight characters per font. {@link TextMappedFont} reports
 * through this instead ({@link FopEventWarnings} gathers the reports).
 */
public final class GlyphEvents extends FontEventAdapter {
  /** The event's id, and the names of its parameters. */
  public static final String CODE_POINT_MISSING = GlyphEvents.class.getName() + ".codePointMissing";

  public static final String CODE_POINT = "codePoint";
  public static final String FONT_NAME = "fontName";

  private final EventBroadcaster broadcaster;

  GlyphEvents(EventBroadcaster broadcaster) {
    super(broadcaster);
    this.broadcaster = broadcaster;
  }

  void codePointMissing(Object font, int codePoint, String fontName) {
    broadcaster.broadcastEvent(
        new Event(
            font,
            CODE_POINT_MISSING,
            EventSeverity.WARN,
            Map.of(CODE_POINT, codePoint, FONT_NAME, String.valueOf(fontName))));
  }
}
