package io.simbridge.m2miportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.simbridge.core.ProviderOperation;
import io.simbridge.core.SimProvider;
import io.simbridge.core.spi.SimProviderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The anatomy every provider module follows (issue 16): dependencies run one way, root ->
 * internal -> model -> core, and each role sits where the other modules keep it.
 */
class AnatomyTest {
  private static final String ROOT = "io.simbridge.m2miportal";
  private static final String INTERNAL = ROOT + ".internal..";
  private static final String MODEL = ROOT + ".model..";

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  @Test
  void internalDoesNotImportTheRootPackage() {
    noClasses().that().resideInAPackage(INTERNAL)
        .should().dependOnClassesThat().resideInAPackage(ROOT)
        .check(main);
  }

  @Test
  void modelImportsNeitherInternalNorTheRootPackage() {
    noClasses().that().resideInAPackage(MODEL)
        .should().dependOnClassesThat().resideInAnyPackage(ROOT, INTERNAL)
        .check(main);
  }

  @Test
  void theModulesPackagesHaveNoCycles() {
    slices().matching("io.simbridge.(**)").should().beFreeOfCycles().check(main);
  }

  @Test
  void theNeutralViewIsPackagePrivateBesideTheClient() {
    classes().that().areAssignableTo(SimProvider.class)
        .should().bePackagePrivate().andShould().resideInAPackage(ROOT)
        .andShould().haveSimpleName("M2mIportalSimProvider")
        .check(main);
  }

  @Test
  void theOperationEnumImplementsProviderOperationInTheModel() {
    classes().that().haveSimpleName("M2mIportalOperation")
        .should().implement(ProviderOperation.class).andShould().resideInAPackage(MODEL)
        .check(main);
  }

  @Test
  void theServiceLoaderFactoryIsInTheRootPackage() {
    classes().that().implement(SimProviderFactory.class)
        .should().haveSimpleName("M2mIportalProviderFactory").andShould().resideInAPackage(ROOT)
        .andShould().bePublic()
        .check(main);
  }
}
