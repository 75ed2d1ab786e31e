package io.resume.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Files the jar carries for users to copy (the starters, the schema, the stylesheets), read from
 * the jar or, in the build, from the classes folder.
 */
final class BundledFiles {
  private BundledFiles() {}

  /** The bytes of one resource, such as {@code /io/resume/init/resume.xml}. */
  static byte[] read(String resource) {
    try (InputStream in = BundledFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource + " in the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  /**
   * A bundled folder's files, each as its path relative to the folder ({@code common/prepare.xsl})
   * and bytes.
   */
  record Entry(String path, byte[] bytes) {}

  /**
   * Every file under a bundled folder, in a stable order.
   *
   * @param marker a file known to be in the folder (the class path has no folder listing)
   * @param depth how many folders down {@code marker} is ({@code common/prepare.xsl}: 1)
   */
  static List<Entry> folder(String marker, int depth) throws IOException {
    URL url = BundledFiles.class.getResource(marker);
    if (url == null) {
      throw new IllegalStateException("missing " + marker + " in the jar");
    }
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate " + marker + ": " + url, e);
    }
    if ("jar".equalsIgnoreCase(uri.getScheme())) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return list(ancestor(jar.provider().getPath(uri), depth));
      } catch (FileSystemAlreadyExistsException e) {
        return list(ancestor(FileSystems.getFileSystem(uri).provider().getPath(uri), depth));
      }
    }
    return list(ancestor(Path.of(uri), depth));
  }

  private static Path ancestor(Path file, int depth) {
    Path folder = file.getParent();
    for (int i = 0; i < depth; i++) {
      folder = folder.getParent();
    }
    return folder;
  }

  private static List<Entry> list(Path folder) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        entries.add(new Entry(folder.relativize(file).toString(), Files.readAllBytes(file)));
      }
    }
    return entries;
  }
}
