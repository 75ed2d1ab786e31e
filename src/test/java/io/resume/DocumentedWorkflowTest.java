package io.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The GitHub Actions workflow the README gives a résumé repository: the same file as
 * docs/examples/, valid YAML, and commands this build takes (the goals, the properties it honours,
 * the folder the plugin writes). The sample build readme-snippet runs `mvn package` with the
 * README's pom and checks that folder; mutated workflows must be caught here.
 */
class DocumentedWorkflowTest {
  private static final Path FILE = Path.of("docs/examples/resume-repository-workflow.yml");

  /** Options of the workflow's mvn commands that mean what they say to this build. */
  private static final Set<String> OPTIONS =
      Set.of("-B", "-ntp", "-DskipTests", "-Dexec.skip=true");

  private static final Set<String> GOALS = Set.of("install", "package");

  @Test
  void theReadmeShowsTheWorkflowFile() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String section = readme.substring(readme.indexOf("### In GitHub Actions"));
    Matcher block = Pattern.compile("(?s)```yaml\n(.*?)```").matcher(section);
    assertTrue(block.find(), "a yaml block under \"In GitHub Actions\"");
    assertEquals(Files.readString(FILE), block.group(1));
  }

  @Test
  void theWorkflowIsValidAndRunsWhatThisBuildTakes() throws Exception {
    assertEquals(List.of(), problems(Files.readString(FILE)));
  }

  /** Each mistake a hand edit could make must be caught (which keeps the check above honest). */
  @Test
  void mistakesAreCaught() throws Exception {
    String good = Files.readString(FILE);
    String[][] mutants = {
      {
        "\n      - uses: actions/setup-java@v4", "\n\t- uses: actions/setup-java@v4"
      }, // a tab: not YAML
      {"mvn -B -ntp package", "mvn -B -ntp pakage"},
      {"install -DskipTests", "install -DskipTest"},
      {"path: target/resume/", "path: out/"},
      {"submodules: true", "submodules: false"},
      {"java-version: '17'", "java-version: '11'"},
      {"-f renderer/pom.xml install", "-f renderer/pom.xml verify"},
    };
    for (String[] mutant : mutants) {
      assertTrue(good.contains(mutant[0]), mutant[0]);
      List<String> found = problems(good.replace(mutant[0], mutant[1]));
      assertFalse(found.isEmpty(), "not caught: " + mutant[1]);
    }
  }

  /** What is wrong with a workflow, one line each; empty when nothing is. */
  @SuppressWarnings("unchecked")
  static List<String> problems(String yaml) throws Exception {
    List<String> problems = new ArrayList<>();
    Map<Object, Object> workflow;
    try {
      workflow = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    } catch (YAMLException e) {
      return List.of("not YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
    // YAML 1.1 (SnakeYAML) reads the key `on` as true; GitHub reads it as "on".
    Object on = workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE);
    if (!(on instanceof Map<?, ?> events) || !events.containsKey("push")) {
      problems.add("it does not run on push");
    }
    Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
    List<Map<String, Object>> steps =
        (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("render")).get("steps");
    Map<String, Object> checkout = step(steps, "actions/checkout@");
    if (checkout == null || !Boolean.TRUE.equals(with(checkout).get("submodules"))) {
      problems.add("the checkout does not bring the renderer submodule (submodules: true)");
    }
    Map<String, Object> java = step(steps, "actions/setup-java@");
    String release = property(Files.readString(Path.of("pom.xml")), "maven.compiler.release");
    if (java == null || !release.equals(String.valueOf(with(java).get("java-version")))) {
      problems.add("setup-java does not install Java " + release + ", the build's release");
    }
    List<String> runs =
        steps.stream().filter(s -> s.containsKey("run")).map(s -> (String) s.get("run")).toList();
    if (runs.size() != 2) {
      problems.add("two commands expected (install the plugin, package the résumé), not " + runs);
    } else {
      problems.addAll(mvn(runs.get(0), "renderer/pom.xml", "install"));
      problems.addAll(mvn(runs.get(1), null, "package"));
    }
    Map<String, Object> upload = step(steps, "actions/upload-artifact@");
    // The plugin's default outputDirectory, ${project.build.directory}/resume.
    if (upload == null || !"target/resume/".equals(with(upload).get("path"))) {
      problems.add("the artifact is not what the plugin writes (target/resume/)");
    }
    return problems;
  }

  /** The problems of one `mvn` command line: its goals, its options, the pom it builds. */
  private static List<String> mvn(String run, String pom, String goal) throws Exception {
    List<String> problems = new ArrayList<>();
    String command = run.replaceFirst("^SOURCE_DATE_EPOCH=\\$\\(git log -1 --format=%ct\\) ", "");
    List<String> words = new ArrayList<>(Arrays.asList(command.trim().split("\\s+")));
    if (!words.remove(0).equals("mvn")) {
      return List.of("not a mvn command: " + run);
    }
    int file = words.indexOf("-f");
    String given = file < 0 ? null : words.get(file + 1);
    if (file >= 0) {
      words.subList(file, file + 2).clear();
    }
    if (pom == null ? given != null : !pom.equals(given)) {
      problems.add(run + ": builds " + given + ", not " + pom);
    }
    List<String> goals = words.stream().filter(w -> !w.startsWith("-")).toList();
    if (!goals.equals(List.of(goal)) || !GOALS.containsAll(goals)) {
      problems.add(run + ": goals " + goals + ", not [" + goal + "]");
    }
    for (String option : words.stream().filter(w -> w.startsWith("-")).toList()) {
      if (!OPTIONS.contains(option)) {
        problems.add(run + ": an option this build does not take: " + option);
      }
    }
    // The properties it sets are ones this build reads.
    String core = Files.readString(Path.of("core/pom.xml"));
    if (command.contains("-DskipTests")
        && !(Files.readString(Path.of("resume-maven-plugin/pom.xml"))
                .contains("<skipInvocation>${skipTests}</skipInvocation>")
            && Files.readString(Path.of("pom.xml")).contains("<skipITs>${skipTests}</skipITs>"))) {
      problems.add("-DskipTests no longer skips the jar's tests and the plugin's sample builds");
    }
    if (command.contains("-Dexec.skip=true")
        && !core.contains("<artifactId>exec-maven-plugin</artifactId>")) {
      problems.add("-Dexec.skip=true: the build has no exec-maven-plugin to skip");
    }
    return problems;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> step(List<Map<String, Object>> steps, String uses) {
    return steps.stream()
        .filter(s -> String.valueOf(s.get("uses")).startsWith(uses))
        .findFirst()
        .orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> with(Map<String, Object> step) {
    Object with = step.get("with");
    return with instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  private static String property(String pom, String name) {
    Matcher m =
        Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">")
            .matcher(pom);
    assertTrue(m.find(), name);
    return m.group(1).trim();
  }
}
