package io.resume.watch;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Waits for saves of the files a render reads: the résumé, a theme file, and every file of a
 * stylesheets folder, for {@code resume watch} and the preview of {@code resume serve}. It watches
 * their folders, takes the events of the watched files (other files of a folder may be busy: a log)
 * and waits until they have been quiet for the debounce time, since an editor's save is often
 * several events. {@link #close()} from any thread ends {@link #run}.
 */
public final class FileChanges implements AutoCloseable {
  /** What one quiet-after-a-burst change touched. */
  public interface Listener {
    void changed(boolean stylesheets) throws InterruptedException;
  }

  private final Set<Path> files;
  private final Path xsl;
  private final Duration debounce;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();

  /**
   * Told of each file event and whether it starts a round: what a test counts instead of waiting.
   */
  private volatile BiConsumer<Path, Boolean> events = (path, watched) -> {};

  /**
   * @param files watched files (the résumé, a theme file); @param xsl a stylesheets folder, or null
   */
  public FileChanges(Set<Path> files, Path xsl, Duration debounce) throws IOException {
    this.files =
        files.stream().map(f -> f.toAbsolutePath().normalize()).collect(Collectors.toSet());
    this.xsl = xsl == null ? null : xsl.toAbsolutePath().normalize();
    this.debounce = debounce;
    this.service = FileSystems.getDefault().newWatchService();
    for (Path file : this.files) {
      register(file.getParent());
    }
    if (this.xsl != null) {
      registerTree(this.xsl);
    }
  }

  /** Tells {@code events} of each file event seen, and whether it was about a watched file. */
  public FileChanges observe(BiConsumer<Path, Boolean> events) {
    this.events = events;
    return this;
  }

  /**
   * Calls the listener after each burst of changes; returns when closed or interrupted.
   *
   * @throws IOException when a new folder of the stylesheets cannot be watched
   */
  public void run(Listener listener) throws IOException {
    try {
      while (true) {
        Change change = new Change();
        while (!change.any()) {
          change.add(service.take());
        }
        long quietAt = System.nanoTime() + debounce.toNanos();
        for (long left = debounce.toNanos(); left > 0; left = quietAt - System.nanoTime()) {
          WatchKey more = service.poll(left, TimeUnit.NANOSECONDS);
          if (more == null) {
            break;
          }
          if (change.add(more)) {
            quietAt = System.nanoTime() + debounce.toNanos();
          }
        }
        if (change.stylesheets) {
          registerTree(xsl); // a new subfolder is watched too
        }
        listener.changed(change.stylesheets);
      }
    } catch (ClosedWatchServiceException e) {
      // closed: no more saves to follow
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
  }

  private void register(Path folder) throws IOException {
    if (folders.containsValue(folder)) {
      return;
    }
    WatchKey key =
        folder.register(
            service,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
    folders.put(key, folder);
  }

  private void registerTree(Path root) throws IOException {
    List<Path> tree;
    try (Stream<Path> walk = Files.walk(root)) {
      tree = walk.filter(Files::isDirectory).toList();
    }
    for (Path folder : tree) {
      register(folder);
    }
  }

  /** What a burst of events touched. */
  private final class Change {
    boolean file;
    boolean stylesheets;

    boolean any() {
      return file || stylesheets;
    }

    /** Takes the key's events; whether one of them is about a watched file. */
    boolean add(WatchKey key) {
      boolean relevant = false;
      Path folder = folders.get(key);
      for (WatchEvent<?> event : key.pollEvents()) {
        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
          file = true; // events were lost: render to be sure
          relevant = true;
          continue;
        }
        if (folder == null || !(event.context() instanceof Path name)) {
          continue;
        }
        Path changed = folder.resolve(name);
        boolean watched = true;
        if (files.contains(changed)) {
          file = true;
        } else if (xsl != null && changed.startsWith(xsl)) {
          stylesheets = true;
        } else {
          watched = false;
        }
        relevant |= watched;
        events.accept(changed, watched);
      }
      key.reset();
      return relevant;
    }
  }
}
