package io.resume.render.html;

import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.Renderer;
import io.resume.render.Warnings;
import io.resume.xslt.Stylesheets;
import java.io.OutputStream;

/** PLACEHOLDER: being written. */
public final class HtmlRenderer implements Renderer {
  private final Stylesheets stylesheets;

  public HtmlRenderer(Stylesheets stylesheets) {
    this.stylesheets = stylesheets;
  }

  @Override
  public Format format() {
    return Format.HTML;
  }

  @Override
  public void render(PreparedResume resume, OutputStream out, Warnings warnings) {
    throw new UnsupportedOperationException("not written yet");
  }
}
