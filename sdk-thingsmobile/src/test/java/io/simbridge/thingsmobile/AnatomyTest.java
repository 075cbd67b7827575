package io.simbridge.thingsmobile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.simbridge.core.ProviderOperation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, the anatomy every provider module follows: dependencies run root -> internal ->
 * model -> core, the neutral view is package-private, the operations are an enum of
 * {@link ProviderOperation}.
 */
class AnatomyTest {
  private static final String ROOT = "io.simbridge.thingsmobile";
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
  void theModulesPackagesHaveNoCycles() {
    // One slice per package, the root package included (a package pattern would leave it out).
    slices().assignedFrom(new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        return SliceIdentifier.of(javaClass.getPackageName());
      }

      @Override
      public String getDescription() {
        return "the packages of " + ROOT;
      }
    }).should().beFreeOfCycles().check(classes);
  }

  @Test
  void theNeutralViewIsPackagePrivate() {
    classes().that().haveFullyQualifiedName(ROOT + ".ThingsMobileSimProvider")
        .should().notBePublic().andShould().notHaveModifier(JavaModifier.PROTECTED)
        .check(classes);
  }

  @Test
  void theOperationEnumImplementsProviderOperation() {
    classes().that().haveFullyQualifiedName(ROOT + ".model.ThingsMobileOperation")
        .should().beEnums().andShould().implement(ProviderOperation.class)
        .check(classes);
  }
}
