package io.simbridge.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the three conformance suites share: the provider module's fixture, an emulator reset
 * before each test, and the check that does not depend on an area. A provider's test class
 * implements the suites it runs (usually all three) and {@link #fixture()} once:
 *
 * <pre>{@code
 * class ThingsMobileConformanceTest
 *     implements SimOperationsConformance, TrafficQueriesConformance, ReportQueriesConformance {
 *   @RegisterExtension
 *   static EmulatorExtension<ThingsMobileEmulator> emulator = EmulatorExtension.of(ThingsMobileEmulator::new);
 *
 *   @Override
 *   public ConformanceFixture fixture() {
 *     return new MyFixture(emulator.emulator());
 *   }
 * }
 * }</pre>
 */
public interface NeutralConformance {

  /**
   * The provider module's fixture. Called before and during every test: return the same
   * instance each time (a field of the test class).
   *
   * @return its neutral view against a running emulator, and SIMs the emulator knows
   */
  ConformanceFixture fixture();

  /** Restores the emulator's data and clears its counts, so each test starts from the same state. */
  @BeforeEach
  default void resetEmulator() {
    fixture().emulator().reset();
  }

  /** The declared capabilities are a stable set, and {@code supports} agrees with it. */
  @Test
  default void capabilitiesAreAStableSetTheViewAgreesWith() {
    SimProvider p = fixture().provider();
    assertEquals(p.capabilities(), p.capabilities());
    for (Capability c : Capability.values()) {
      assertEquals(p.capabilities().contains(c), p.supports(c), () -> "supports(" + c + ")");
    }
  }
}
