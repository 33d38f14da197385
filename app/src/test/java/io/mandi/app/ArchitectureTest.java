package io.mandi.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

  @Test
  void theCoreDependsOnNoAdapter() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage(
                "io.mandi.catalog",
                "io.mandi.order",
                "io.mandi.task",
                "io.mandi.account",
                "io.mandi.notification",
                "io.mandi.admin",
                "io.mandi.money",
                "io.mandi.platform",
                "io.mandi.ledger",
                "io.mandi.payment",
                "io.mandi.credit",
                "io.mandi.pricing")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.mandi..worker..",
                "io.mandi..ui..",
                "io.mandi..rules..",
                "io.mandi..integration..",
                "io.mandi..sandbox..",
                "io.mandi.embedded.."));
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
