package io.resume;

/**
 * The one pipeline with the bundled stylesheets that tests share: a pipeline is built to serve many
 * renders (the batch, the server and the watch keep one), so a test that needs no stylesheets of
 * its own and counts nothing about the pipeline's own building uses this one instead of compiling
 * the stylesheets again.
 */
public final class SharedPipeline {
  private static final Pipeline BUNDLED = new Pipeline();

  private SharedPipeline() {}

  public static Pipeline bundled() {
    return BUNDLED;
  }
}
