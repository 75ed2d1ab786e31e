package io.resume.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code resume schema [-o FILE]}: the schema résumés are checked against, for an editor that
 * completes and checks XML (the starter of {@code init} names {@code resume.xsd} beside it).
 */
@Command(
    name = "schema",
    description =
        "Prints resume.xsd, the schema of the canonical résumé (namespace urn:resume:1), for editors that "
            + "complete and check XML; -o FILE writes it to a new file.")
final class SchemaCommand implements Callable<Integer> {
  static final String RESOURCE = "/io/resume/schema/resume.xsd";

  /**
   * The schema imports the xml: namespace's from the file beside it in the jar; an editor finds it
   * at the W3C.
   */
  static final String XML_XSD_IN_JAR = "schemaLocation=\"xml.xsd\"";

  static final String XML_XSD_AT_W3C = "schemaLocation=\"http://www.w3.org/2001/xml.xsd\"";

  @Spec private CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "A new file to write it to (default: standard output).")
  private Path output;

  @Override
  public Integer call() {
    String schema = schema();
    PrintWriter out = spec.commandLine().getOut();
    if (output == null || StandardStreams.isDash(output)) {
      out.print(schema);
      out.flush();
      return Main.OK;
    }
    PrintWriter err = spec.commandLine().getErr();
    try {
      NewFiles.create(output, schema.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      err.println(NewFiles.failure(output, e));
      return Main.BAD_INPUT;
    }
    out.println(output);
    return Main.OK;
  }

  /**
   * resume.xsd as the jar has it, but importing the xml: namespace's schema from where editors find
   * it.
   */
  static String schema() {
    String text = new String(BundledFiles.read(RESOURCE), StandardCharsets.UTF_8);
    if (!text.contains(XML_XSD_IN_JAR)) {
      throw new IllegalStateException(RESOURCE + " no longer imports xml.xsd as " + XML_XSD_IN_JAR);
    }
    return text.replace(XML_XSD_IN_JAR, XML_XSD_AT_W3C);
  }
}
