package io.resume.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.resume.render.Renderer;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md, held on the compiled code: no package cycles, renderer
 * packages never import each other, only the registry ({@code io.resume.renderers.Renderers}) knows
 * the renderers, the model imports no renderer, and nothing imports the CLI. Each rule that
 * compares packages is also run on a small broken set of classes (this package's {@code broken}),
 * where it must fail.
 */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.resume");
  private static final JavaClasses BROKEN =
      new ClassFileImporter().importPackages("io.resume.architecture.broken");

  @Test
  void noPackageCycles() {
    noCycles("io.resume").check(MAIN);
  }

  @Test
  void renderersNeverImportEachOther() {
    renderersApart("io.resume").check(MAIN);
  }

  @Test
  void onlyTheRegistryKnowsTheRenderers() {
    noClasses()
        .that()
        .resideOutsideOfPackages("io.resume.render..", "io.resume.renderers")
        .should()
        .dependOnClassesThat()
        .implement(Renderer.class)
        .check(MAIN);
  }

  @Test
  void theModelImportsNoRenderer() {
    noClasses()
        .that()
        .resideInAPackage("io.resume.model..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.resume.render..")
        .check(MAIN);
  }

  @Test
  void nothingImportsTheCommandLine() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.resume.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.resume.cli..")
        .check(MAIN);
  }

  /**
   * The broken cases: a → b → a is a cycle, and a PDF class that imports a DOCX one breaks the
   * rule.
   */
  @Test
  void theRulesCatchABrokenSetOfClasses() {
    assertThrows(
        AssertionError.class, () -> noCycles("io.resume.architecture.broken").check(BROKEN));
    assertThrows(
        AssertionError.class, () -> renderersApart("io.resume.architecture.broken").check(BROKEN));
  }

  /** Every package its own slice: a cycle between any two (or more) packages fails. */
  private static ArchRule noCycles(String root) {
    return slices()
        .assignedFrom(
            new SliceAssignment() {
              @Override
              public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return name.equals(root) || name.startsWith(root + ".")
                    ? SliceIdentifier.of(name)
                    : SliceIdentifier.ignore();
              }

              @Override
              public String getDescription() {
                return "the packages under " + root;
              }
            })
        .should()
        .beFreeOfCycles();
  }

  private static ArchRule renderersApart(String root) {
    return slices().matching(root + ".render.(*)..").should().notDependOnEachOther();
  }
}
