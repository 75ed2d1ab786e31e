package io.resume.render.pdf;

import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.Renderer;
import io.resume.render.Warnings;
import io.resume.xslt.Stylesheets;
import java.io.OutputStream;

/** PLACEHOLDER: being written. */
public final class PdfRenderer implements Renderer {
  private final Stylesheets stylesheets;

  public PdfRenderer(Stylesheets stylesheets) {
    this.stylesheets = stylesheets;
  }

  @Override
  public Format format() {
    return Format.PDF;
  }

  @Override
  public void render(PreparedResume resume, OutputStream out, Warnings warnings) {
    throw new UnsupportedOperationException("not written yet");
  }
}
