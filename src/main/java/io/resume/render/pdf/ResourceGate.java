package io.resume.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * What FOP may read (images of {@code fo:external-graphic}, fonts, attachments): files below the
 * résumé's own folder, the stylesheets (a folder or the jar) and the installed fallback font;
 * never the network, nor any other file. The résumé's folder differs per render, so it is asked
 * of the render itself ({@code currentFolder}); FOP reads in the thread that renders.
 */
final class ResourceGate implements ResourceResolver {
  static final String RULE = "the PDF may only use files from the résumé's folder, the stylesheets and the program";

  private final ResourceResolver delegate;
  private final List<Path> allowedFolders = new CopyOnWriteArrayList<>();
  private final List<Path> allowedFiles = new CopyOnWriteArrayList<>();
  private final List<String> allowedJarPrefixes = new CopyOnWriteArrayList<>();
  private final Supplier<Path> currentFolder;

  ResourceGate(ResourceResolver delegate, Supplier<Path> currentFolder) {
    this.delegate = delegate;
    this.currentFolder = currentFolder;
  }

  /** Allows everything below a base URI: a {@code file:} folder or a {@code jar:} prefix. */
  void allowBase(String base) {
    if (base.startsWith("jar:")) {
      allowedJarPrefixes.add(base);
    } else if (base.startsWith("file:")) {
      allowedFolders.add(real(Path.of(URI.create(base))));
    }
  }

  void allowFile(Path file) {
    allowedFiles.add(real(file));
  }

  @Override
  public Resource getResource(URI uri) throws IOException {
    if (!permits(uri)) {
      throw new IOException("refused to read " + uri + ": " + RULE);
    }
    return delegate.getResource(uri);
  }

  @Override
  public OutputStream getOutputStream(URI uri) throws IOException {
    throw new IOException("the PDF renderer writes no files: " + uri);
  }

  /** Whether a URI as an FO names it (relative ones against the working folder, as FOP resolves them) is refused. */
  boolean refuses(String uri) {
    try {
      URI parsed = new URI(uri.replace(" ", "%20"));
      return !permits(parsed.isAbsolute() ? parsed : Path.of("").toAbsolutePath().toUri().resolve(parsed));
    } catch (java.net.URISyntaxException e) {
      return true;
    }
  }

  boolean permits(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("jar")) {
      String text = uri.normalize().toString();
      return !text.contains("/../") && allowedJarPrefixes.stream().anyMatch(text::startsWith);
    }
    if (!scheme.equals("file")) {
      return false;
    }
    Path file;
    try {
      file = real(Path.of(uri));
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return false;
    }
    if (allowedFiles.contains(file) || allowedFolders.stream().anyMatch(file::startsWith)) {
      return true;
    }
    Path folder = currentFolder.get();
    return folder != null && file.startsWith(real(folder));
  }

  /** The path with links resolved, so that a link in an allowed folder cannot lead out of it. */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return Files.exists(absolute) ? absolute.toRealPath() : absolute;
    } catch (IOException e) {
      return absolute;
    }
  }
}
