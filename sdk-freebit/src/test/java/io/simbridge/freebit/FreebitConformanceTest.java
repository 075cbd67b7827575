package io.simbridge.freebit;

import io.simbridge.core.SimProvider;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.testkit.EmulatorExtension;
import io.simbridge.testkit.ProviderEmulator;
import io.simbridge.testkit.conformance.ConformanceFixture;
import io.simbridge.testkit.conformance.ReportQueriesConformance;
import io.simbridge.testkit.conformance.SimOperationsConformance;
import io.simbridge.testkit.conformance.TrafficQueriesConformance;
import io.simbridge.testkit.freebit.FreebitEmulator;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The three conformance suites against freebit's emulator, from one class and one fixture.
 */
class FreebitConformanceTest
    implements SimOperationsConformance, TrafficQueriesConformance, ReportQueriesConformance {
  @RegisterExtension static EmulatorExtension<FreebitEmulator> emulator = Fixture.extension();

  private final Fixture fixture = new Fixture(emulator.emulator());

  @Override
  public ConformanceFixture fixture() {
    return fixture;
  }

  /** freebit's neutral view against the test kit's emulator, for the conformance suites. */
  static final class Fixture implements ConformanceFixture {
    /** One emulator per test class; the suites reset it before each test. */
    static EmulatorExtension<FreebitEmulator> extension() {
      return EmulatorExtension.of(FreebitEmulator::new);
    }

    // The client's call limit (1 s) passes in virtual time.
    private final ManualClock clock = new ManualClock(Instant.parse("2026-06-01T00:00:00Z"));
    private final FreebitEmulator emulator;
    private final SimProvider provider;

    Fixture(FreebitEmulator emulator) {
      this.emulator = emulator;
      this.provider = client(FreebitEmulator.OEM_KEY);
    }

    private SimProvider client(String oemKey) {
      return FreebitClient.builder()
          .baseUrl(emulator.baseUrl())
          .oemCredentials(FreebitEmulator.OEM_ID, oemKey)
          .clock(clock)
          .sleeper(clock)
          .build()
          .asSimProvider();
    }

    @Override
    public SimProvider provider() {
      return provider;
    }

    @Override
    public SimProvider providerWithWrongCredentials() {
      return client("not-the-oem-key");
    }

    @Override
    public ProviderEmulator<?> emulator() {
      return emulator;
    }

    @Override
    public SimRef knownSim() {
      return SimRef.account(emulator.phoneNumbers().get(1));
    }

    @Override
    public SimRef unknownSim() {
      return SimRef.account("08011112222");
    }
  }
}
