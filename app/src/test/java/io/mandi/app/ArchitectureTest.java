package io.mandi.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each framework stays in its module: core knows none of them, and no module borrows another's. */
class ArchitectureTest {
  static JavaClasses mandi;

  @BeforeAll
  static void importClasses() {
    mandi =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.mandi");
  }

  private static void check(ArchRule rule) {
    rule.check(mandi);
  }

  @Test
  void onlyWorkersAndTheEmbeddedEngineUseCamunda() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackages("io.mandi..worker..", "io.mandi.embedded..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.camunda..")
            .because("only the workers module talks to the process engine"));
  }

  @Test
  void onlyIntegrationRoutesUseCamel() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackages("io.mandi..integration..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.camel.."));
  }

  @Test
  void onlyTheUiUsesVaadin() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackages("io.mandi..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.vaadin.."));
  }

  @Test
  void onlyRulesUseDrools() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackages("io.mandi..rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.kie..", "org.drools.."));
  }

  /** The core module's classes: the capabilities, without their adapters in other modules. */
  private static JavaClasses core() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(
            location ->
                (location.contains("/core/target/classes/") || location.contains("/mandi-core-"))
                    && !location.contains("-tests.jar"))
        .importPackages("io.mandi");
  }

  @Test
  void theCapabilitiesFormNoCycle() {
    assertThat(core().contain("io.mandi.order.OrderStatusService"))
        .as("the core's classes were found")
        .isTrue();
    slices()
        .matching("io.mandi.(*)..")
        .should()
        .beFreeOfCycles()
        .because("a capability that needs another must not be needed by it")
        .check(core());
  }

  @Test
  void theCoreDependsOnNoAdapter() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.mandi..worker..",
            "io.mandi..ui..",
            "io.mandi..rules..",
            "io.mandi..integration..",
            "io.mandi..sandbox..",
            "io.mandi.embedded..")
        .check(core());
  }

  @Test
  void mappersArePrivateToTheirCapability() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Mapper")
        .should()
        .notBePublic()
        .because("a capability's tables are reached through its public services")
        .check(core());
  }

  @Test
  void mappersAreUsedOnlyByTheirCapability() {
    JavaClasses core = core();
    core.stream()
        .filter(c -> c.getSimpleName().endsWith("Mapper") && c.isInterface())
        .forEach(
            mapper ->
                noClasses()
                    .that()
                    .resideOutsideOfPackage(mapper.getPackageName())
                    .should()
                    .dependOnClassesThat()
                    .haveFullyQualifiedName(mapper.getName())
                    .because("other capabilities use its public services")
                    .check(core));
  }

  @Test
  void theSandboxesAreNotUsedByRoutesOrTheCore() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackages("io.mandi..sandbox..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.mandi..sandbox..")
            .because("routes must not know whether they talk to a sandbox or the real platform"));
  }
}
