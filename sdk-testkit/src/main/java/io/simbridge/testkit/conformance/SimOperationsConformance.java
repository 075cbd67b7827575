package io.simbridge.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite of {@link io.simbridge.core.SimOperations}: extend it in a provider
 * module's tests, return a {@link ConformanceFixture} from {@code fixture()}, and every neutral-view rule
 * is checked against that provider's emulator: capabilities honest, undeclared operations refused
 * without a request, errors typed, and each write sent exactly once.
 */
public abstract class SimOperationsConformance extends NeutralConformance {
  /** For subclasses. */
  protected SimOperationsConformance() {
    super(Capability.Area.SIM_OPERATIONS);
  }

  @Test
  void eachWriteIsSentExactlyOnce() {
    SimProvider p = provider();
    for (Capability c : supported()) {
      int before = emulator().totalRequests();
      call(c).apply(p, simFor(c));
      assertEquals(1, emulator().totalRequests() - before, () -> "requests sent by " + c);
    }
  }
}
