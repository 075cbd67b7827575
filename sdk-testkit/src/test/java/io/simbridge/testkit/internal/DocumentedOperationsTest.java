package io.simbridge.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the emulators take operation names and intervals from the provider's operation enum,
 * found at run time, and fail loudly when they cannot.
 */
class DocumentedOperationsTest {

  @Test
  void namesAndIntervalsComeFromTheFactorysOperations() {
    DocumentedOperations ops = DocumentedOperations.of("fake");

    assertThat(ops.intervals())
        .containsExactly(
            entry("readThing", Duration.ofSeconds(2)), entry("writeThing", Duration.ZERO));
    assertThat(ops.declares("readThing")).isTrue();
    assertThat(ops.declares("READ_THING")).as("the wire name, not the constant").isFalse();
    assertThat(ops.interval("readThing")).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void anOperationTheProviderDoesNotDeclareFailsNamingWhatItDeclares() {
    DocumentedOperations ops = DocumentedOperations.of("fake");

    assertThatThrownBy(() -> ops.interval("raedThing"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'raedThing' is not an operation fake declares")
        .hasMessageContaining("readThing, writeThing");
  }

  @Test
  void aProviderModuleMissingFromTheClassPathFailsNamingTheModule() {
    // The test kit's own tests have no provider module on their class path.
    assertThatThrownBy(() -> DocumentedOperations.of("thingsmobile"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not on the class path")
        .hasMessageContaining("io.simbridge:sdk-thingsmobile");
  }

  @Test
  void aFactoryThatDeclaresNoOperationsFailsNamingTheFactory() {
    assertThatThrownBy(() -> DocumentedOperations.of("fake-silent"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("operations not declared by fake-silent")
        .hasMessageContaining(FakeProviders.Silent.class.getName());
  }

  @Test
  void aFactoryListingAnotherProvidersOperationsFails() {
    assertThatThrownBy(() -> DocumentedOperations.of("fake-borrowing"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("READ_THING of provider fake, not fake-borrowing");
  }
}
