package io.resume.batch;

import io.resume.render.Format;
import io.resume.render.RenderOptions;
import java.nio.file.Path;
import java.util.Set;

/**
 * What to make of every input of a batch: which formats, where, in which language, how.
 *
 * @param lang the labels' language, or null for each résumé's own
 * @param strict whether a warning fails its input
 */
public record Job(Path outFolder, Set<Format> formats, String lang, RenderOptions options, boolean strict) {
  public Job {
    formats = Set.copyOf(formats);
  }
}
