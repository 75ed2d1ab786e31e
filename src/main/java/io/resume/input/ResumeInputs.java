package io.resume.input;

import io.resume.json.JsonResume;
import io.resume.model.InputLimits;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.model.ResumeReader;
import io.resume.model.Warnings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;

/**
 * Reads a résumé into the canonical XML, whatever it is written in (canonical XML, or JSON Resume
 * by its name) and wherever it comes from (a file, or bytes: standard input, a request's body),
 * under the same limits and checks. The readers are built on first use: loading the schema and
 * compiling the checks takes a good part of a cold start, and Jackson costs ~380 classes.
 */
public final class ResumeInputs {
  /**
   * The base URI of a résumé that is no file: a URN, which names no folder and which no stylesheet
   * may resolve anything against (only file: and jar: are read at all).
   */
  private static final String NO_FOLDER = "urn:resume:request";

  private final Processor processor;
  private ResumeReader reader;
  private JsonResume json;

  public ResumeInputs(Processor processor) {
    this.processor = processor;
  }

  /**
   * Reads and validates a file: canonical XML, or a JSON Resume ({@code .json}) converted to the
   * canonical XML first. What a conversion does not show, or reads as surely meant, is reported to
   * {@code warnings}, also when the résumé is then refused; the language of a JSON Resume that does
   * not give it, told from its text, is a note there.
   *
   * @param lang the language chosen to render in, or null: a JSON Resume's own is then told from
   *     its text
   */
  public XdmNode read(Path input, String lang, Warnings warnings) throws InvalidResumeException {
    if (isConverted(input)) {
      return told(found -> json().read(input, lang == null, found), warnings);
    }
    return reader().read(input);
  }

  /**
   * Reads and validates a résumé that is no file: XML, or JSON Resume when {@code json}, under the
   * same limits and checks as a file. It has no folder.
   *
   * @param name what messages call it (a file name such as {@code request.xml})
   * @param lang as for a file
   */
  public XdmNode read(byte[] body, boolean json, String name, String lang, Warnings warnings)
      throws InvalidResumeException {
    if (body.length > InputLimits.MAX_BYTES) {
      throw new InvalidResumeException(InputLimits.tooLarge(name, body.length));
    }
    if (json) {
      return told(found -> json().read(body, name, lang == null, found), warnings);
    }
    return reader().read(new ByteArrayInputStream(body), name, NO_FOLDER);
  }

  /** Whether the file is read by converting it (JSON Resume), so its canonical XML is made. */
  public static boolean isConverted(Path input) {
    return JsonResume.isJson(input);
  }

  /**
   * The file's bytes as written, read again within the reader's limit (it may have grown since it
   * was read).
   */
  public static byte[] asWritten(Path input) throws InvalidResumeException {
    try (InputStream in = InputLimits.open(input)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new InvalidResumeException(InputLimits.cannotRead(input.toString(), e));
    }
  }

  /** JSON Resume import and export, sharing the reader of canonical résumés. */
  public synchronized JsonResume json() {
    if (json == null) {
      json = new JsonResume(reader());
    }
    return json;
  }

  /**
   * The reader of canonical résumés, built on the thread that reads the first input while other
   * threads build the renderers.
   */
  private synchronized ResumeReader reader() {
    if (reader == null) {
      reader = new ResumeReader(processor);
    }
    return reader;
  }

  /**
   * A converted JSON Resume, its warnings told (also when errors refuse it: the user fixing them
   * then knows the rest), and its language when it was told from the text.
   */
  private static XdmNode told(JsonRead read, Warnings warnings) throws InvalidResumeException {
    List<Problem> found = new ArrayList<>();
    JsonResume.Imported imported;
    try {
      imported = read.read(found);
    } finally {
      found.forEach(w -> warnings.warn(w.placedMessage()));
    }
    if (imported.languageDetected()) {
      warnings.note(
          imported.language() == null
              ? "could not tell the language of the résumé's text; use --lang to choose (or give meta.language)"
              : "detected " + imported.language().englishName() + "; use --lang to choose");
    }
    return imported.resume();
  }

  /** One way of converting a JSON Resume, collecting its warnings into the list given. */
  @FunctionalInterface
  private interface JsonRead {
    JsonResume.Imported read(List<Problem> warnings) throws InvalidResumeException;
  }
}
