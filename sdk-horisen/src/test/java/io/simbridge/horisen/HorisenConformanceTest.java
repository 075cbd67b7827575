package io.simbridge.horisen;

import io.simbridge.core.SimProvider;
import io.simbridge.core.model.SimRef;
import io.simbridge.testkit.EmulatorExtension;
import io.simbridge.testkit.ProviderEmulator;
import io.simbridge.testkit.conformance.ConformanceFixture;
import io.simbridge.testkit.conformance.ReportQueriesConformance;
import io.simbridge.testkit.conformance.SimOperationsConformance;
import io.simbridge.testkit.conformance.TrafficQueriesConformance;
import io.simbridge.testkit.horisen.HorisenEmulator;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The three conformance suites against HORISEN's emulator, from one class and one fixture.
 */
class HorisenConformanceTest
    implements SimOperationsConformance, TrafficQueriesConformance, ReportQueriesConformance {
  @RegisterExtension static EmulatorExtension<HorisenEmulator> emulator = Fixture.extension();

  private final Fixture fixture = new Fixture(emulator.emulator());

  @Override
  public ConformanceFixture fixture() {
    return fixture;
  }

  /**
   * HORISEN's neutral view against the test kit's emulator (token endpoint included), for the
   * conformance suites. Pages of 10 rows make every report span several pages.
   */
  static final class Fixture implements ConformanceFixture {
    /** One emulator per test class; the suites reset it before each test. */
    static EmulatorExtension<HorisenEmulator> extension() {
      return EmulatorExtension.of(HorisenEmulator::new);
    }

    private final HorisenEmulator emulator;
    private final SimProvider provider;

    Fixture(HorisenEmulator emulator) {
      this.emulator = emulator;
      this.provider = client(HorisenEmulator.CLIENT_SECRET);
    }

    private SimProvider client(String secret) {
      return HorisenClient.builder()
          .baseUrl(emulator.baseUrl() + "/bulk/traffic-report/v2")
          .tokenUrl(emulator.tokenUrl())
          .clientCredentials(HorisenEmulator.CLIENT_ID, secret)
          .pageSize(10)
          .build()
          .asSimProvider();
    }

    @Override
    public SimProvider provider() {
      return provider;
    }

    @Override
    public SimProvider providerWithWrongCredentials() {
      return client("not-the-secret");
    }

    @Override
    public ProviderEmulator<?> emulator() {
      return emulator;
    }

    /** HORISEN has no SIMs: the suites use this only to show SIM operations are refused. */
    @Override
    public SimRef knownSim() {
      return SimRef.msisdn("41790000001");
    }

    @Override
    public SimRef unknownSim() {
      return SimRef.msisdn("41790000099");
    }
  }
}
