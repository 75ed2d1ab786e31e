package io.resume.cli;

import io.resume.l10n.LanguageTag;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The --lang option of render, watch and validate: a BCP 47 tag in any case, else a usage error
 * (exit status 2).
 */
final class Languages {
  private Languages() {}

  /** The tag, canonical ({@code ZH} → zh, {@code pt-br} → pt-BR). */
  static String tag(CommandSpec spec, String lang) {
    try {
      return LanguageTag.parse(lang).tag();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
    }
  }
}
