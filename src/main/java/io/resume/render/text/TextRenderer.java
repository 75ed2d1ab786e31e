package io.resume.render.text;

import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.Renderer;
import io.resume.render.Warnings;
import io.resume.xslt.Stylesheets;
import java.io.OutputStream;

/** PLACEHOLDER: being written. */
public final class TextRenderer implements Renderer {
  private final Stylesheets stylesheets;
  private final Format format;

  public TextRenderer(Stylesheets stylesheets, Format format) {
    this.stylesheets = stylesheets;
    this.format = format;
  }

  @Override
  public Format format() {
    return format;
  }

  @Override
  public void render(PreparedResume resume, OutputStream out, Warnings warnings) {
    throw new UnsupportedOperationException("not written yet");
  }
}
