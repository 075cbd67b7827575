package io.simbridge.horisen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.simbridge.core.ProviderOperation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, the anatomy of a provider module: dependencies run root -> internal -> model -> core,
 * the neutral view is package-private and the operation enum implements ProviderOperation.
 */
class AnatomyTest {
  private static final String ROOT = "io.simbridge.horisen";
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  @Test
  void internalDoesNotImportTheRootPackage() {
    noClasses().that().resideInAPackage(ROOT + ".internal..")
        .should().dependOnClassesThat().resideInAPackage(ROOT)
        .check(classes);
  }

  @Test
  void modelImportsNeitherInternalNorTheRootPackage() {
    noClasses().that().resideInAPackage(ROOT + ".model..")
        .should().dependOnClassesThat().resideInAnyPackage(ROOT, ROOT + ".internal..")
        .check(classes);
  }

  @Test
  void noCyclesBetweenTheModulesPackages() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    noClasses().that().resideInAnyPackage(ROOT + ".internal..", ROOT + ".model..")
        .should().dependOnClassesThat().resideInAPackage(ROOT)
        .check(classes);
  }

  @Test
  void theNeutralViewIsPackagePrivate() {
    classes().that().haveSimpleName("HorisenSimProvider")
        .should().notHaveModifier(JavaModifier.PUBLIC)
        .andShould().resideInAPackage(ROOT)
        .check(classes);
  }

  @Test
  void theOperationEnumImplementsProviderOperation() {
    classes().that().haveSimpleName("HorisenOperation")
        .should().beEnums()
        .andShould().implement(ProviderOperation.class)
        .andShould().resideInAPackage(ROOT + ".model")
        .check(classes);
  }
}
