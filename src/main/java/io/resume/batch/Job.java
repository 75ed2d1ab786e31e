package io.resume.batch;

import io.resume.render.Format;
import io.resume.render.RenderOptions;
import io.resume.xslt.EmbedSource;
import io.resume.xslt.Variant;
import java.nio.file.Path;
import java.util.Set;

/**
 * What to make of every input of a batch: which formats, where, which variant (language, target,
 * private items), how.
 *
 * @param strict whether a warning fails its input
 * @param embed what the PDF carries of its source
 * @param outFile the one file to write (render -o FILE: one input, one format), or null to name
 *     each output after its input in {@code outFolder}
 */
public record Job(
    Path outFolder,
    Set<Format> formats,
    Variant variant,
    RenderOptions options,
    boolean strict,
    EmbedSource embed,
    Path outFile) {
  public Job {
    formats = Set.copyOf(formats);
    variant = variant == null ? Variant.DEFAULT : variant;
    embed = embed == null ? EmbedSource.CLEAN : embed;
    if (outFile != null && formats.size() != 1) {
      throw new IllegalArgumentException("one output file holds one format, not " + formats);
    }
  }

  public Job(
      Path outFolder,
      Set<Format> formats,
      Variant variant,
      RenderOptions options,
      boolean strict,
      EmbedSource embed) {
    this(outFolder, formats, variant, options, strict, embed, null);
  }

  public Job(
      Path outFolder, Set<Format> formats, Variant variant, RenderOptions options, boolean strict) {
    this(outFolder, formats, variant, options, strict, EmbedSource.CLEAN);
  }

  /**
   * @param lang the labels' language, or null for each résumé's own
   */
  public Job(
      Path outFolder, Set<Format> formats, String lang, RenderOptions options, boolean strict) {
    this(outFolder, formats, Variant.lang(lang), options, strict);
  }

  /** The labels' language, or null for each résumé's own. */
  public String lang() {
    return variant.lang();
  }

  /**
   * Where the output of {@code input} in {@code format} goes: {@code x.xml} → {@code DIR/x.pdf}, or
   * the one output file.
   */
  public Path target(Path input, Format format) {
    return outFile != null ? outFile : Targets.of(outFolder, input, format);
  }
}
