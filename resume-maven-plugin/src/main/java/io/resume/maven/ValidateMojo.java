package io.resume.maven;

import io.resume.Pipeline;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.model.Warnings;
import io.resume.xslt.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the résumés as {@code resume validate} does (the schema, the sanity checks, the prepare
 * step render relies on), early in the build: a résumé that is not valid fails the build with its
 * {@code file:line:column} message before anything is compiled or rendered.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends ResumeMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("skipped (resume.skip)");
      return;
    }
    List<Path> files = inputFiles();
    Variant variant = variant();
    Pipeline pipeline = pipeline();
    pipeline.prebuild(java.util.Set.of());
    List<String> problems = new ArrayList<>();
    for (Path input : files) {
      Warnings warnings =
          Warnings.of(
              message -> getLog().warn(input + ": warning: " + message),
              note -> getLog().info(input + ": " + note));
      try {
        XdmNode source = pipeline.read(input, warnings);
        pipeline.prepare(source, variant, warnings);
        getLog().info(input + ": valid");
      } catch (InvalidResumeException e) {
        e.problems().stream()
            .map(Problem::toString)
            .forEach(
                line -> {
                  getLog().error(line);
                  problems.add(line);
                });
      } catch (RuntimeException e) {
        String line =
            input
                + ": cannot be rendered: "
                + (e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().strip().replaceAll("\\s+", " "));
        getLog().error(line);
        problems.add(line);
      }
    }
    if (!problems.isEmpty()) {
      throw failure(problems);
    }
  }
}
