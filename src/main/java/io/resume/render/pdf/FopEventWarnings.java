package io.resume.render.pdf;

import io.resume.model.Warnings;
import io.resume.render.pdf.font.GlyphEvents;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;

/**
 * Passes FOP's warnings and errors (a refused image, a missing glyph) on as the render's warnings,
 * one line each and each once. FOP's own logging goes nowhere visible, so this is how the user
 * hears of them. Missing glyphs are gathered: FOP reports one per character and font, the user
 * wants one line naming every character no font could draw ({@link #finish}).
 *
 * <p>FOP says where a problem is as a line and column of the XSL-FO, which the user never sees:
 * that is left out, and the part of the résumé named instead ({@link FoPlaces}). What would lose
 * content (a line wider than the page, a part that does not fit on one and may not break) is not a
 * warning: it is gathered in {@link #losses} and fails the render.
 */
final class FopEventWarnings implements EventListener {
  private static final String GLYPH_MISSING =
      "org.apache.fop.fonts.FontEventProducer.glyphNotAvailable";
  private static final String IMAGE_NOT_FOUND =
      "org.apache.fop.ResourceEventProducer.imageNotFound";
  private static final String BLOCK_LEVEL = "org.apache.fop.layoutmgr.BlockLevelEventProducer.";
  private static final String LINE_OVERFLOWS =
      "org.apache.fop.layoutmgr.inline.InlineLevelEventProducer.lineOverflows";
  private static final String REGION_OVERFLOW = BLOCK_LEVEL + "regionOverflow";
  private static final Set<String> TOO_WIDE =
      Set.of(LINE_OVERFLOWS, BLOCK_LEVEL + "objectTooWide", BLOCK_LEVEL + "viewportIPDOverflow");
  private static final Set<String> TOO_TALL =
      Set.of(
          REGION_OVERFLOW,
          BLOCK_LEVEL + "staticRegionOverflow",
          BLOCK_LEVEL + "viewportBPDOverflow");

  /** How FOP's messages end: where in the XSL-FO, or that it does not know. */
  private static final String FO_POSITION =
      "\\s*\\((?:See position [^)]*|See .*|No context info available)\\)\\s*$";

  private final Warnings warnings;
  private final ResourceGate gate;
  private final Supplier<ResumeParts> parts;
  private final Set<String> seen = new LinkedHashSet<>();
  private final Set<Integer> missing = new TreeSet<>();
  private final Set<String> fonts = new TreeSet<>();
  private final Set<Loss> losses = new LinkedHashSet<>();

  /** What would be lost: the part of the résumé (its name, or null), and how. */
  record Loss(String part, String what) {}

  /**
   * @param gate what FOP may read: an image it refused is reported as refused, not as missing
   */
  FopEventWarnings(Warnings warnings, ResourceGate gate) {
    this(warnings, gate, () -> null);
  }

  /**
   * @param parts the parts of the résumé rendered, to name where a problem is (null: no names)
   */
  FopEventWarnings(Warnings warnings, ResourceGate gate, Supplier<ResumeParts> parts) {
    this.warnings = warnings;
    this.gate = gate;
    this.parts = parts;
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
    String part = partAround(event.getSource());
    if (TOO_WIDE.contains(event.getEventID()) || TOO_TALL.contains(event.getEventID())) {
      losses.add(new Loss(part, loss(event)));
      return;
    }
    String message =
        EventFormatter.format(event).replaceAll("\\s+", " ").replaceFirst(FO_POSITION, "").trim();
    if (IMAGE_NOT_FOUND.equals(event.getEventID())
        && event.getParam("uri") != null
        && gate.refuses(String.valueOf(event.getParam("uri")))) {
      message = "refused to read " + event.getParam("uri") + ": " + ResourceGate.RULE;
    }
    if (part != null) {
      message += " (in " + part + ")";
    }
    if (seen.add(message)) {
      warnings.warn("PDF: " + message);
    }
  }

  /** The name of the résumé's part that holds the event's source, or null. */
  private String partAround(Object source) {
    List<String> ids = FoPlaces.idsAround(source);
    ResumeParts resume = ids.isEmpty() ? null : parts.get();
    return resume == null
        ? null
        : ids.stream().map(resume::name).filter(Objects::nonNull).findFirst().orElse(null);
  }

  /**
   * What FOP could not fit, in words about the page (FOP's own are about areas and millipoints).
   */
  private static String loss(Event event) {
    String id = event.getEventID();
    Object amount =
        event.getParam("amount") != null
            ? event.getParam("amount")
            : event.getParam("overflowLength");
    if (event.getParam("effIPD") instanceof Integer wide
        && event.getParam("maxIPD") instanceof Integer room) {
      amount = wide - room;
    }
    String by =
        amount instanceof Integer millipoints && millipoints > 0
            ? " by " + String.format(Locale.ROOT, "%.0f", Math.max(1, millipoints / 1000.0)) + " pt"
            : "";
    if (LINE_OVERFLOWS.equals(id)) {
      return "has a line too wide for its room on the page" + by + ": its end would be cut off";
    }
    if (REGION_OVERFLOW.equals(id)) {
      return "does not fit on page "
          + event.getParam("page")
          + " and the layout may not break it: it would run past"
          + " the foot of the page"
          + by
          + " and be lost";
    }
    if (TOO_WIDE.contains(id)) {
      return "is wider than the page" + by + ": its end would be cut off";
    }
    return "is taller than the room it has" + by + ": its end would be cut off";
  }

  /** What would be lost, in the order FOP found it; empty when everything fits. */
  List<Loss> losses() {
    return List.copyOf(losses);
  }

  /** Reports the characters that no font had, in one line. */
  void finish() {
    if (missing.isEmpty()) {
      return;
    }
    String characters =
        missing.stream()
            .map(
                c ->
                    "\""
                        + new String(Character.toChars(c))
                        + "\" (U+"
                        + String.format(Locale.ROOT, "%04X", c)
                        + ")")
            .collect(Collectors.joining(", "));
    ResumeParts resume = parts.get();
    List<String> where =
        resume == null
            ? List.of()
            : missing.stream()
                .flatMap(c -> resume.showing(c, 3).stream())
                .distinct()
                .limit(3)
                .toList();
    warnings.warn(
        "PDF: characters not available in any font, drawn as \"#\": "
            + characters
            + (where.isEmpty()
                ? ""
                : " in "
                    + where.stream()
                        .map(name -> "\"" + name + "\"")
                        .collect(Collectors.joining(", ")))
            + " (tried "
            + String.join(", ", fonts)
            + " and every fallback)");
  }
}
