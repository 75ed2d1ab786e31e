package io.resume;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What the build knows about itself: the version Maven wrote into {@code
 * io/resume/build.properties} (a filtered resource, so the classes folder of a test run has it as
 * well as the jar).
 */
public final class BuildInfo {
  private static final String RESOURCE = "/io/resume/build.properties";

  private BuildInfo() {}

  /** The project's version ({@code 0.1.0}, {@code 0.2.0-SNAPSHOT}). */
  public static String version() {
    Properties properties = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing " + RESOURCE + ": the classes were not built by Maven");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
    String version = properties.getProperty("version", "");
    if (version.isEmpty() || version.contains("${")) {
      throw new IllegalStateException(RESOURCE + " was not filtered by the build: " + version);
    }
    return version;
  }
}
