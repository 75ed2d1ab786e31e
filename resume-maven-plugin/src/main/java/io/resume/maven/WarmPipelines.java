package io.resume.maven;

import io.resume.Pipeline;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pipelines of a build, one per stylesheet folder: Maven loads a plugin's classes once per
 * build (one class realm for every execution of the same plugin version), so every execution of
 * {@code render} and {@code validate} in a build, in every module, renders through the same warm
 * pipeline (stylesheets compiled once, fonts parsed once), as the command line's batch does.
 * A pipeline is thread-safe, so parallel builds ({@code -T}) share it too.
 */
final class WarmPipelines {
  private static final Map<String, Pipeline> PIPELINES = new ConcurrentHashMap<>();

  private WarmPipelines() {}

  /** A pipeline and whether an earlier execution of this build made it. */
  record Found(Pipeline pipeline, boolean warm) {}

  /** @param xsl a copy of the stylesheets folder, or null for the bundled ones */
  static Found of(Path xsl) {
    String key = xsl == null ? "" : xsl.toAbsolutePath().normalize().toString();
    boolean[] made = {false};
    Pipeline pipeline = PIPELINES.computeIfAbsent(key, k -> {
      made[0] = true;
      return new Pipeline(xsl);
    });
    return new Found(pipeline, !made[0]);
  }
}
