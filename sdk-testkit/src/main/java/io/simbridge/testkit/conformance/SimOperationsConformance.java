package io.simbridge.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite of {@link io.simbridge.core.SimOperations}: implement it in a provider
 * module's test class (with the other suites, see {@link NeutralConformance}), return a
 * {@link ConformanceFixture} from {@code fixture()}, and every neutral-view rule is checked
 * against that provider's emulator: capabilities honest, undeclared operations refused without a
 * request, errors typed, and each write sent exactly once.
 */
public interface SimOperationsConformance extends NeutralConformance {

  /** Each SIM operation the view declares works against the emulator. */
  @Test
  default void simOperationsDeclaredWorkAgainstTheEmulator() {
    AreaChecks.declaredCapabilitiesWork(fixture(), Capability.Area.SIM_OPERATIONS);
  }

  /** Each SIM operation the view does not declare is refused, and nothing is sent. */
  @Test
  default void simOperationsUndeclaredAreRefusedWithoutARequest() {
    AreaChecks.undeclaredCapabilitiesAreRefusedWithoutARequest(
        fixture(), Capability.Area.SIM_OPERATIONS);
  }

  /** A SIM operation with wrong credentials is an authentication error. */
  @Test
  default void simOperationsWithWrongCredentialsAreAnAuthenticationError() {
    AreaChecks.wrongCredentialsAreAnAuthenticationError(fixture(), Capability.Area.SIM_OPERATIONS);
  }

  /** A SIM operation on an unknown SIM is a not-found error naming the provider and operation. */
  @Test
  default void simOperationsOnAnUnknownSimAreANotFoundError() {
    AreaChecks.anUnknownSimIsANotFoundErrorNamingTheProvider(
        fixture(), Capability.Area.SIM_OPERATIONS);
  }

  /** Each write reaches the provider exactly once: never repeated on its own. */
  @Test
  default void eachWriteIsSentExactlyOnce() {
    ConformanceFixture f = fixture();
    SimProvider p = f.provider();
    for (Capability c : AreaChecks.supported(f, Capability.Area.SIM_OPERATIONS)) {
      int before = f.emulator().totalRequests();
      assertDoesNotThrow(() -> AreaChecks.call(f, c).apply(p, f.simFor(c)), () -> c + " failed");
      assertEquals(1, f.emulator().totalRequests() - before, () -> "requests sent by " + c);
    }
  }
}
