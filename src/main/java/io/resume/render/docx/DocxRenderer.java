package io.resume.render.docx;

import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.Renderer;
import io.resume.render.Warnings;
import java.io.OutputStream;

/** PLACEHOLDER: being written. */
public final class DocxRenderer implements Renderer {
  @Override
  public Format format() {
    return Format.DOCX;
  }

  @Override
  public void render(PreparedResume resume, OutputStream out, Warnings warnings) {
    throw new UnsupportedOperationException("not written yet");
  }
}
