package io.simbridge.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.simbridge.core.ProviderOperation;
import io.simbridge.core.spi.SimProviderFactory;
import org.junit.jupiter.api.Test;

/**
 * The anatomy every provider module follows (issue 16), as one set of rules each module's
 * {@code AnatomyTest} implements: dependencies run root -> internal -> model -> core, the neutral
 * view is package-private beside the client, the operations are an enum of
 * {@link ProviderOperation} in {@code model}, and the ServiceLoader factory is public in the root.
 */
public interface ProviderAnatomy {

  /**
   * The module's root package.
   *
   * @return such as {@code io.simbridge.freebit}
   */
  String rootPackage();

  /**
   * The prefix of the module's class names.
   *
   * @return such as {@code Freebit}, naming {@code FreebitSimProvider}, {@code FreebitOperation}...
   */
  String prefix();

  private JavaClasses main() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(rootPackage());
  }

  /** Internal classes never reach back to the client. */
  @Test
  default void internalDoesNotImportTheRootPackage() {
    noClasses()
        .that()
        .resideInAPackage(rootPackage() + ".internal..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(rootPackage())
        .check(main());
  }

  /** The public model stands on core alone. */
  @Test
  default void modelImportsNeitherInternalNorTheRootPackage() {
    noClasses()
        .that()
        .resideInAPackage(rootPackage() + ".model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(rootPackage(), rootPackage() + ".internal..")
        .check(main());
  }

  /** One slice per package, the root package included (a package pattern would leave it out). */
  @Test
  default void theModulesPackagesHaveNoCycles() {
    String root = rootPackage();
    slices()
        .assignedFrom(
            new SliceAssignment() {
              @Override
              public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return SliceIdentifier.of(javaClass.getPackageName());
              }

              @Override
              public String getDescription() {
                return "the packages of " + root;
              }
            })
        .should()
        .beFreeOfCycles()
        .check(main());
  }

  /** The neutral view is a detail of the client, reached through {@code asSimProvider()}. */
  @Test
  default void theNeutralViewIsPackagePrivateBesideTheClient() {
    classes()
        .that()
        .haveFullyQualifiedName(rootPackage() + "." + prefix() + "SimProvider")
        .should()
        .bePackagePrivate()
        .check(main());
  }

  /** Operations are named by an enum every other module can use. */
  @Test
  default void theOperationEnumImplementsProviderOperationInTheModel() {
    classes()
        .that()
        .haveFullyQualifiedName(rootPackage() + ".model." + prefix() + "Operation")
        .should()
        .beEnums()
        .andShould()
        .implement(ProviderOperation.class)
        .check(main());
  }

  /** ServiceLoader needs a public factory; it sits in the root beside the client it builds. */
  @Test
  default void theServiceLoaderFactoryIsPublicInTheRootPackage() {
    classes()
        .that()
        .implement(SimProviderFactory.class)
        .should()
        .haveFullyQualifiedName(rootPackage() + "." + prefix() + "ProviderFactory")
        .andShould()
        .bePublic()
        .check(main());
  }
}
