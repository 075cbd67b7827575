package io.simbridge.thingsmobile;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.testkit.EmulatorExtension;
import io.simbridge.testkit.ProviderEmulator;
import io.simbridge.testkit.conformance.ConformanceFixture;
import io.simbridge.testkit.conformance.ReportQueriesConformance;
import io.simbridge.testkit.conformance.SimOperationsConformance;
import io.simbridge.testkit.conformance.TrafficQueriesConformance;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The three conformance suites against Things Mobile's emulator, from one class and one fixture.
 */
class ThingsMobileConformanceTest
    implements SimOperationsConformance, TrafficQueriesConformance, ReportQueriesConformance {
  @RegisterExtension static EmulatorExtension<ThingsMobileEmulator> emulator = Fixture.extension();

  private final Fixture fixture = new Fixture(emulator.emulator());

  @Override
  public ConformanceFixture fixture() {
    return fixture;
  }

  @AfterEach
  void theDocumentedCallLimitsWereNeverBroken() {
    assertThat(emulator.emulator().rateLimitAnswers()).isZero();
  }

  /**
   * Things Mobile's neutral view against the test kit's emulator, for the conformance suites.
   * Client and emulator share one clock: the documented call limits pass in virtual time, and the
   * emulator answers error 60 if the client ever sends too early.
   */
  static final class Fixture implements ConformanceFixture {
    private static final ManualClock CLOCK = new ManualClock(Instant.parse("2026-06-01T00:00:00Z"));

    /** One emulator per test class; the suites reset it before each test. */
    static EmulatorExtension<ThingsMobileEmulator> extension() {
      return EmulatorExtension.of(() -> ThingsMobileEmulator.builder().clock(CLOCK).build());
    }

    private final ThingsMobileEmulator emulator;
    private final SimProvider provider;

    Fixture(ThingsMobileEmulator emulator) {
      this.emulator = emulator;
      this.provider = client(ThingsMobileEmulator.TOKEN);
    }

    private SimProvider client(String token) {
      return ThingsMobileClient.builder()
          .baseUrl(emulator.baseUrl())
          .username(ThingsMobileEmulator.USERNAME)
          .token(token)
          .clock(CLOCK)
          .sleeper(CLOCK)
          .build()
          .asSimProvider();
    }

    private SimRef generated(int index) {
      String msisdn = emulator.generatedMsisdns().get(index);
      return SimRef.of(Iccid.of(emulator.iccidOf(msisdn)), Msisdn.of(msisdn));
    }

    @Override
    public SimProvider provider() {
      return provider;
    }

    @Override
    public SimProvider providerWithWrongCredentials() {
      return client("00000000-0000-0000-0000-000000000000");
    }

    @Override
    public ProviderEmulator<?> emulator() {
      return emulator;
    }

    @Override
    public SimRef knownSim() {
      return generated(0);
    }

    @Override
    public SimRef simFor(Capability capability) {
      if (capability == Capability.ACTIVATE) {
        SimRef notActive = generated(9);
        assertThat(emulator.statusOf(notActive.msisdn().orElseThrow().value()))
            .isEqualTo("not-active");
        return notActive;
      }
      return knownSim();
    }

    @Override
    public SimRef unknownSim() {
      return SimRef.of(Iccid.of("8944501999999999990"), Msisdn.of("882369999999999"));
    }
  }
}
