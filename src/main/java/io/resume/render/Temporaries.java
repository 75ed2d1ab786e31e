package io.resume.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The temporary files this process is writing outputs into ({@code .resume.pdf123.part} beside
 * {@code resume.pdf}). A process that ends before they are moved into place (Ctrl-C, a kill) must
 * not leave them behind: a shutdown hook closes the gate (no new temporary, no move into place
 * after it), waits briefly for the writers still writing, then deletes every temporary still here.
 * Creating, moving and the gate share one lock, so a temporary is either deleted by the hook or
 * moved into place whole, never made again after the hook ran.
 */
final class Temporaries {
  /**
   * How long the shutdown hook waits for streams still being written before it deletes under them.
   */
  static final long WAIT_FOR_WRITERS_MILLIS = 1000;

  /** This process's temporaries, removed by a shutdown hook (installed with the first one). */
  static final Temporaries PROCESS = new Temporaries(true);

  private final Object lock = new Object();
  private final Set<Path> live = new LinkedHashSet<>();
  private final boolean removeAtShutdown;
  private int writing;
  private boolean closed;
  private boolean hooked;

  /**
   * @param removeAtShutdown whether a shutdown hook calls {@link #removeAll} (false: a test calls
   *     it)
   */
  Temporaries(boolean removeAtShutdown) {
    this.removeAtShutdown = removeAtShutdown;
  }

  /**
   * A new, empty, hidden temporary beside {@code target}, readable by others as an ordinary output
   * is (not 0600).
   */
  Path create(Path folder, Path target) throws IOException {
    synchronized (lock) {
      refuseWhenClosed(target);
      if (removeAtShutdown && !hooked) {
        Runtime.getRuntime().addShutdownHook(new Thread(this::removeAll, "remove-temporaries"));
        hooked = true;
      }
      String prefix = "." + target.getFileName();
      Path temporary =
          folder.getFileSystem().supportedFileAttributeViews().contains("posix")
              ? Files.createTempFile(
                  folder,
                  prefix,
                  ".part",
                  PosixFilePermissions.asFileAttribute(
                      PosixFilePermissions.fromString("rw-r--r--")))
              : Files.createTempFile(folder, prefix, ".part");
      live.add(temporary);
      return temporary;
    }
  }

  /**
   * A stream into a temporary made by {@link #create}. It never creates the file again: once the
   * hook has deleted it, opening fails instead of leaving a new one behind.
   */
  OutputStream open(Path temporary) throws IOException {
    synchronized (lock) {
      refuseWhenClosed(temporary);
      OutputStream out =
          Files.newOutputStream(
              temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      writing++;
      return new Writing(out);
    }
  }

  /** A temporary's stream, counted as being written until it is closed. */
  private final class Writing extends BufferedOutputStream {
    private boolean done;

    Writing(OutputStream out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } finally {
        if (!done) {
          done = true;
          finished();
        }
      }
    }
  }

  private void finished() {
    synchronized (lock) {
      writing--;
      lock.notifyAll();
    }
  }

  /**
   * Moves complete temporaries into place (temporary → target, in the map's order), all of them
   * before the shutdown hook runs or none after it.
   */
  void moveIntoPlace(Map<Path, Path> targets) throws IOException {
    synchronized (lock) {
      for (Map.Entry<Path, Path> entry : targets.entrySet()) {
        refuseWhenClosed(entry.getKey());
      }
      for (Map.Entry<Path, Path> entry : targets.entrySet()) {
        Path temporary = entry.getValue();
        try {
          Files.move(
              temporary,
              entry.getKey(),
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, entry.getKey(), StandardCopyOption.REPLACE_EXISTING);
        }
        live.remove(temporary);
      }
    }
  }

  /** Deletes a temporary that will not be moved into place (a failed or abandoned output). */
  void delete(Path temporary) throws IOException {
    try {
      Files.deleteIfExists(temporary);
    } finally {
      synchronized (lock) {
        live.remove(temporary);
      }
    }
  }

  /** The temporaries not yet moved into place nor deleted (for tests). */
  List<Path> live() {
    synchronized (lock) {
      return new ArrayList<>(live);
    }
  }

  private void refuseWhenClosed(Path file) throws InterruptedIOException {
    if (closed) {
      throw new InterruptedIOException("the run was stopped: " + file + " not written");
    }
  }

  /**
   * The shutdown hook: no new temporaries, a short wait for the writers, then delete what is left.
   */
  void removeAll() {
    List<Path> left;
    synchronized (lock) {
      closed = true;
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_FOR_WRITERS_MILLIS);
      // Writers that finish in time close their files (some systems cannot delete an open file).
      for (long wait = deadline - System.nanoTime();
          writing > 0 && wait > 0;
          wait = deadline - System.nanoTime()) {
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      left = new ArrayList<>(live);
      live.clear();
    }
    for (Path temporary : left) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // The process is ending; nothing more can be done for this file.
      }
    }
  }
}
