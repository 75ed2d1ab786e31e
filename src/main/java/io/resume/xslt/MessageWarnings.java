package io.resume.xslt;

import io.resume.model.Excerpt;
import io.resume.model.Warnings;
import java.util.function.Consumer;
import net.sf.saxon.s9api.Message;

/** Passes the stylesheets' {@code xsl:message} output on as warnings, so nothing is silent. */
public final class MessageWarnings implements Consumer<Message> {
  private final Warnings warnings;

  public MessageWarnings(Warnings warnings) {
    this.warnings = warnings;
  }

  @Override
  public void accept(Message message) {
    String text = message.getStringValue().replaceFirst("^warning: ", "");
    warnings.warn(Excerpt.shorten(text)); // a message may quote a long text of the résumé
  }
}
