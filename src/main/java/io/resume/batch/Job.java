package io.resume.batch;

import io.resume.render.EmbedSource;
import io.resume.render.Format;
import io.resume.render.RenderOptions;
import io.resume.xslt.Variant;
import java.nio.file.Path;
import java.util.Set;

/**
 * What to make of every input of a batch: which formats, where, which variant (language,
 * target, private items), how.
 *
 * @param strict whether a warning fails its input
 * @param embed what the PDF carries of its source
 */
public record Job(Path outFolder, Set<Format> formats, Variant variant, RenderOptions options, boolean strict,
    EmbedSource embed) {
  public Job {
    formats = Set.copyOf(formats);
    variant = variant == null ? Variant.DEFAULT : variant;
    embed = embed == null ? EmbedSource.CLEAN : embed;
  }

  public Job(Path outFolder, Set<Format> formats, Variant variant, RenderOptions options, boolean strict) {
    this(outFolder, formats, variant, options, strict, EmbedSource.CLEAN);
  }

  /** @param lang the labels' language, or null for each résumé's own */
  public Job(Path outFolder, Set<Format> formats, String lang, RenderOptions options, boolean strict) {
    this(outFolder, formats, Variant.lang(lang), options, strict);
  }

  /** The labels' language, or null for each résumé's own. */
  public String lang() {
    return variant.lang();
  }

  /** Where the output of {@code input} in {@code format} goes: {@code x.xml} → {@code DIR/x.pdf}. */
  public Path target(Path input, Format format) {
    return Targets.of(outFolder, input, format);
  }
}
