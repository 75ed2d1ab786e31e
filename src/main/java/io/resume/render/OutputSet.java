package io.resume.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outputs of one input, moved into place together: each is written to a temporary file beside
 * its target, and {@link #commit} moves them all once every one is complete. Closed without a
 * commit (a format failed, {@code --strict} found a warning, the PDF is too long), it deletes them,
 * and the earlier outputs stay as they were. Formats may be written from several threads.
 */
public final class OutputSet implements AutoCloseable {
  private final Map<Path, Path> staged = new LinkedHashMap<>(); // target → complete temporary
  private final Temporaries temporaries;
  private boolean committed;

  public OutputSet() {
    this(Temporaries.PROCESS);
  }

  OutputSet(Temporaries temporaries) {
    this.temporaries = temporaries;
  }

  /**
   * Writes the output for {@code target} into a temporary; it replaces the target only at {@link
   * #commit}.
   */
  public void write(Path target, OutputFiles.Writer writer) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    OutputFiles.createFolder(folder);
    Path temporary = temporaries.create(folder, target);
    boolean complete = false;
    try {
      try (OutputStream out = temporaries.open(temporary)) {
        writer.writeTo(out);
      }
      synchronized (this) {
        if (committed || staged.containsKey(target)) {
          throw new IllegalStateException("written twice or after the commit: " + target);
        }
        staged.put(target, temporary);
      }
      complete = true;
    } finally {
      if (!complete) {
        temporaries.delete(temporary);
      }
    }
  }

  /** Moves every output written into place, replacing the earlier files; returns their targets. */
  public synchronized List<Path> commit() throws IOException {
    committed = true;
    temporaries.moveIntoPlace(staged);
    List<Path> targets = new ArrayList<>(staged.keySet());
    staged.clear();
    return targets;
  }

  /** Deletes what was written and not committed. */
  @Override
  public synchronized void close() throws IOException {
    committed = true;
    IOException failure = null;
    for (Path temporary : staged.values()) {
      try {
        temporaries.delete(temporary);
      } catch (IOException e) {
        failure = e;
      }
    }
    staged.clear();
    if (failure != null) {
      throw failure;
    }
  }
}
