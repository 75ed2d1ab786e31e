package io.resume.maven;

import io.resume.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The pipelines of a build, one per stylesheet folder: Maven loads a plugin's classes once per
 * build (one class realm for every execution of the same plugin version), so every execution of
 * {@code render} and {@code validate} in a build, in every module, renders through the same warm
 * pipeline (stylesheets compiled once, fonts parsed once), as the command line's batch does. A
 * pipeline is thread-safe, so parallel builds ({@code -T}) share it too.
 */
final class WarmPipelines {
  private static final Map<String, Pipeline> PIPELINES = new ConcurrentHashMap<>();

  private WarmPipelines() {}

  /** A pipeline and whether an earlier execution of this build made it. */
  record Found(Pipeline pipeline, boolean warm) {}

  /**
   * @param xsl a copy of the stylesheets folder, or null for the bundled ones
   */
  static Found of(Path xsl) {
    String key = xsl == null ? "" : xsl.toAbsolutePath().normalize() + "@" + lastChange(xsl);
    boolean[] made = {false};
    Pipeline pipeline =
        PIPELINES.computeIfAbsent(
            key,
            k -> {
              made[0] = true;
              return new Pipeline(xsl);
            });
    return new Found(pipeline, !made[0]);
  }

  /**
   * When a file of a stylesheet folder last changed: a class realm may outlive a build (a Maven
   * daemon keeps it), and a user's edited stylesheets must not be served compiled from before.
   */
  private static long lastChange(Path folder) {
    if (!Files.isDirectory(folder)) {
      return 0; // the pipeline says what is wrong with it
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.mapToLong(file -> file.toFile().lastModified()).max().orElse(0);
    } catch (IOException | UncheckedIOException e) {
      return System.nanoTime(); // unreadable now: a pipeline of its own, which reports it
    }
  }
}
