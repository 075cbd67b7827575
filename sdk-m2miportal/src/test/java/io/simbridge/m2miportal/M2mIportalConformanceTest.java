package io.simbridge.m2miportal;

import io.simbridge.core.SimProvider;
import io.simbridge.core.model.SimRef;
import io.simbridge.testkit.EmulatorExtension;
import io.simbridge.testkit.ProviderEmulator;
import io.simbridge.testkit.conformance.ConformanceFixture;
import io.simbridge.testkit.conformance.ReportQueriesConformance;
import io.simbridge.testkit.conformance.SimOperationsConformance;
import io.simbridge.testkit.conformance.TrafficQueriesConformance;
import io.simbridge.testkit.m2miportal.M2mIportalEmulator;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The three conformance suites against M2M iPortal's emulator, from one class and one fixture.
 */
class M2mIportalConformanceTest
    implements SimOperationsConformance, TrafficQueriesConformance, ReportQueriesConformance {
  @RegisterExtension static EmulatorExtension<M2mIportalEmulator> emulator = Fixture.extension();

  private final Fixture fixture = new Fixture(emulator.emulator());

  @Override
  public ConformanceFixture fixture() {
    return fixture;
  }

  /** M2M iPortal's neutral view against the test kit's emulator, for the conformance suites. */
  static final class Fixture implements ConformanceFixture {
    /** One emulator per test class; the suites reset it before each test. */
    static EmulatorExtension<M2mIportalEmulator> extension() {
      return EmulatorExtension.of(M2mIportalEmulator::new);
    }

    private final M2mIportalEmulator emulator;
    private final SimProvider provider;

    Fixture(M2mIportalEmulator emulator) {
      this.emulator = emulator;
      // The emulator's password holds < & " ' >: the client must escape it to be let in.
      this.provider = client(M2mIportalEmulator.PASSWORD);
    }

    private SimProvider client(String password) {
      return M2mIportalClient.builder()
          .baseUrl(emulator.baseUrl())
          .username(M2mIportalEmulator.USERNAME)
          .password(password)
          .apiId(M2mIportalEmulator.API_ID)
          .build()
          .asSimProvider();
    }

    @Override
    public SimProvider provider() {
      return provider;
    }

    @Override
    public SimProvider providerWithWrongCredentials() {
      return client("not-the-password");
    }

    @Override
    public ProviderEmulator<?> emulator() {
      return emulator;
    }

    @Override
    public SimRef knownSim() {
      return SimRef.iccid(emulator.iccids().get(0));
    }

    @Override
    public SimRef unknownSim() {
      return SimRef.iccid("1234567890123456789");
    }
  }
}
