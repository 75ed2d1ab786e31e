package io.resume.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one rule of what may be read while a résumé is rendered, whoever reads (Saxon's {@code
 * doc()}, {@code unparsed-text()}, {@code xsl:import}…, FOP's images and fonts): the stylesheets (a
 * folder or the jar), the theme, the installed fallback font, and the folder of the résumé being
 * rendered; never the network, nor any other file.
 *
 * <p>A URI is judged by the file it would really read: percent-escapes decoded ({@code %2e%2e} is
 * {@code ..}), the path normalised, and symbolic links resolved, so that a link in an allowed
 * folder cannot lead out of it. Only regular files and folders may be read: a FIFO or a device
 * would hang a render or never end. Thread-safe; the résumé's folder is set per thread (see {@link
 * #during}), so that in a batch one résumé's render cannot read another's folder.
 */
public final class Sandbox {
  /** What a refusal says, after "refused to read URI: ". */
  public static final String RULE =
      "only the stylesheets, the theme and the résumé's own folder may be read";

  private final List<Path> folders = new CopyOnWriteArrayList<>();
  private final List<Path> files = new CopyOnWriteArrayList<>();
  private final List<String> jarPrefixes = new CopyOnWriteArrayList<>();
  private final ThreadLocal<Path> resumeFolder = new ThreadLocal<>();

  /**
   * Allows a base URI: a {@code file:} folder (ending in "/") and all below it, a {@code file:}
   * file, or everything below a {@code jar:} prefix (the stylesheets in the jar).
   */
  public void allow(String uri) {
    if (uri.regionMatches(true, 0, "jar:", 0, 4)) {
      jarPrefixes.add(decoded(uri));
      return;
    }
    Path path = Path.of(URI.create(uri));
    if (uri.endsWith("/")) {
      allowFolder(path);
    } else {
      allowFile(path);
    }
  }

  public void allowFolder(Path folder) {
    folders.add(real(folder));
  }

  public void allowFile(Path file) {
    files.add(real(file));
  }

  /** A piece of work during which this thread may also read the résumé's folder. */
  public interface Work<T, E extends Exception> {
    T run() throws E;
  }

  /**
   * Runs {@code work} with the folder of {@code resume} readable by this thread (and restores what
   * was readable before, so that calls may nest).
   */
  public <T, E extends Exception> T during(Path resume, Work<T, E> work) throws E {
    Path before = resumeFolder.get();
    Path parent = resume == null ? null : resume.toAbsolutePath().getParent();
    resumeFolder.set(parent == null ? null : real(parent));
    try {
      return work.run();
    } finally {
      if (before == null) {
        resumeFolder.remove();
      } else {
        resumeFolder.set(before);
      }
    }
  }

  /**
   * Whether a URI (absolute, as a reader would open it) may be read; false for anything that is not
   * a URI.
   */
  public boolean permits(String uri) {
    try {
      return permits(new URI(uri));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  public boolean permits(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("jar")) {
      String text = decoded(uri.toString());
      return !hasParentStep(text) && jarPrefixes.stream().anyMatch(text::startsWith);
    }
    if (!scheme.equals("file")) {
      return false;
    }
    Path file;
    try {
      file =
          real(Path.of(uri)); // Path.of decodes the escapes; real() normalises and resolves links
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return false; // a query, a fragment, a host, a NUL: not a plain local file
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(file)
        && !Files.isDirectory(file)) {
      return false; // a FIFO, a device, a socket, or a link that leads nowhere (yet)
    }
    if (files.contains(file) || folders.stream().anyMatch(file::startsWith)) {
      return true;
    }
    Path folder = resumeFolder.get();
    return folder != null && file.startsWith(folder);
  }

  /**
   * The path as the file system will find it: absolute, normalised, links resolved. A path that
   * does not exist (yet) gets the real path of its nearest existing folder, so that a link to a
   * folder outside cannot hide a file that does not exist yet behind it.
   */
  public static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute; // a dangling link: nothing there to read
    }
  }

  /** Percent-escapes decoded as UTF-8, so that an escaped ".." is seen as one. */
  private static String decoded(String uri) {
    if (uri.indexOf('%') < 0) {
      return uri;
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(uri.length());
    int plain = 0;
    for (int i = 0; i < uri.length(); i++) {
      if (uri.charAt(i) == '%'
          && i + 2 < uri.length()
          && Character.digit(uri.charAt(i + 1), 16) >= 0
          && Character.digit(uri.charAt(i + 2), 16) >= 0) {
        bytes.writeBytes(uri.substring(plain, i).getBytes(StandardCharsets.UTF_8));
        bytes.write(Integer.parseInt(uri.substring(i + 1, i + 3), 16));
        i += 2;
        plain = i + 1;
      }
    }
    bytes.writeBytes(uri.substring(plain).getBytes(StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean hasParentStep(String path) {
    for (String step : path.split("[/\\\\!]")) {
      if (step.equals("..")) {
        return true;
      }
    }
    return false;
  }
}
