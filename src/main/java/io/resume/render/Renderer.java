package io.resume.render;

import io.resume.model.Warnings;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a prepared résumé in one format. Implementations are built once and are thread-safe;
 * everything per render lives inside {@link #render}.
 */
public interface Renderer {
  Format format();

  void render(PreparedResume resume, RenderOptions options, OutputStream out, Warnings warnings)
      throws IOException;

  /** Renders with the default options (A4, stamped now). */
  default void render(PreparedResume resume, OutputStream out, Warnings warnings)
      throws IOException {
    render(resume, RenderOptions.defaults(), out, warnings);
  }
}
