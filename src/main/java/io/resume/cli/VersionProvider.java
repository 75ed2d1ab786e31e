package io.resume.cli;

import io.resume.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into the jar, and the Java that runs it. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "resume " + BuildInfo.version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
