package io.simbridge.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.testkit.EmulatorFault;
import io.simbridge.testkit.horisen.HorisenEmulator;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import io.simbridge.thingsmobile.ThingsMobileClient;
import io.simbridge.thingsmobile.model.ThingsMobileOperation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, sdk-micrometer: each meter, fed by real calls to the test-kit emulators, with the tags
 * it promises and none it must not carry.
 */
class MicrometerCallListenerTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-06-01T08:00:00Z"));
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerCallListener listener = new MicrometerCallListener(registry);
  private ThingsMobileEmulator things;
  private HorisenEmulator horisen;

  @BeforeEach
  void start() {
    things = ThingsMobileEmulator.builder().clock(clock).generatedSims(3).build().start();
    horisen = HorisenEmulator.builder().clock(clock).reportRows(5).build().start();
  }

  @AfterEach
  void stop() {
    things.stop();
    horisen.stop();
  }

  private ThingsMobileClient.Builder thingsMobile() {
    return ThingsMobileClient.builder()
        .baseUrl(things.baseUrl())
        .username(ThingsMobileEmulator.USERNAME)
        .token(ThingsMobileEmulator.TOKEN)
        .clock(clock)
        .sleeper(clock)
        .addListener(listener);
  }

  private HorisenClient horisenClient() {
    return HorisenClient.builder()
        .baseUrl(horisen.baseUrl() + "/bulk/traffic-report/v2")
        .tokenUrl(horisen.tokenUrl())
        .clientCredentials(HorisenEmulator.CLIENT_ID, HorisenEmulator.CLIENT_SECRET)
        .clock(clock)
        .sleeper(clock)
        .addListener(listener)
        .build();
  }

  private Timer calls(String provider, String operation, String outcome, String errorType) {
    return registry
        .find(MicrometerCallListener.CALLS)
        .tags(
            "provider",
            provider,
            "operation",
            operation,
            "outcome",
            outcome,
            "error.type",
            errorType)
        .timer();
  }

  private double counter(String name, String... tags) {
    Counter c = registry.find(name).tags(tags).counter();
    return c == null ? 0 : c.count();
  }

  @Test
  void everyCallIsTimedByProviderOperationKindOutcomeAndErrorType() {
    SimProvider provider = thingsMobile().build().asSimProvider();

    provider.state(SimRef.msisdn(ThingsMobileEmulator.MSISDN_OK));
    clock.advance(Duration.ofSeconds(5));
    assertThatThrownBy(() -> provider.state(SimRef.msisdn(ThingsMobileEmulator.MSISDN_NOT_FOUND)))
        .isInstanceOf(NotFoundException.class);

    Timer ok = calls("thingsmobile", "simStatus", "success", "none");
    assertThat(ok).isNotNull();
    assertThat(ok.count()).isEqualTo(1);
    assertThat(ok.getId().getTag("kind")).isEqualTo("read");
    assertThat(calls("thingsmobile", "simStatus", "failed", "NotFoundException").count())
        .isEqualTo(1);
  }

  @Test
  void callLimitWaitsAreRecordedAsADistributionOfDurations() {
    SimProvider provider = thingsMobile().build().asSimProvider();

    provider.state(SimRef.msisdn(ThingsMobileEmulator.MSISDN_OK));
    clock.advance(Duration.ofSeconds(2));
    provider.state(SimRef.msisdn(ThingsMobileEmulator.MSISDN_OK));

    Timer waits =
        registry
            .find(MicrometerCallListener.CALL_LIMIT_WAITS)
            .tags("provider", "thingsmobile", "operation", "simStatus")
            .timer();
    assertThat(waits.count()).isEqualTo(1);
    assertThat(waits.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(3000);
  }

  @Test
  void rateLimitAnswersAndTheRetriesTheyCauseAreCounted() {
    // A client told the limit is lifted calls too early; the emulator answers "too many requests".
    SimProvider provider =
        thingsMobile()
            .callInterval(ThingsMobileOperation.SIM_STATUS, Duration.ZERO)
            .build()
            .asSimProvider();

    provider.state(SimRef.msisdn(ThingsMobileEmulator.MSISDN_OK));
    provider.state(SimRef.msisdn(ThingsMobileEmulator.MSISDN_OK));

    assertThat(
            counter(
                MicrometerCallListener.RATE_LIMITED,
                "provider",
                "thingsmobile",
                "operation",
                "simStatus"))
        .isEqualTo(1);
    assertThat(
            counter(
                MicrometerCallListener.RETRIES,
                "provider",
                "thingsmobile",
                "operation",
                "simStatus",
                "error.type",
                "RateLimitedException"))
        .isEqualTo(1);
    assertThat(calls("thingsmobile", "simStatus", "success", "none").count()).isEqualTo(2);
  }

  @Test
  void aWriteWhoseAnswerIsLostCountsAsAmbiguous() {
    SimProvider provider = thingsMobile().build().asSimProvider();
    things.faults().inject("blockSim", EmulatorFault.connectionReset());

    assertThatThrownBy(() -> provider.suspend(SimRef.msisdn(ThingsMobileEmulator.MSISDN_OK)))
        .isInstanceOf(AmbiguousOutcomeException.class);

    assertThat(
            counter(
                MicrometerCallListener.AMBIGUOUS_WRITES,
                "provider",
                "thingsmobile",
                "operation",
                "blockSim"))
        .isEqualTo(1);
    Timer ambiguous = calls("thingsmobile", "blockSim", "ambiguous", "AmbiguousOutcomeException");
    assertThat(ambiguous.count()).isEqualTo(1);
    assertThat(ambiguous.getId().getTag("kind")).isEqualTo("write");
  }

  @Test
  void tokenRenewalsAreCountedByReasonWithoutTheToken() {
    SimProvider provider = horisenClient().asSimProvider();

    assertThat(
            provider.customerTraffic(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 3)).stream()
                .count())
        .isEqualTo(5);

    assertThat(
            counter(
                MicrometerCallListener.TOKEN_RENEWALS, "provider", "horisen", "reason", "first"))
        .isEqualTo(1);
  }

  @Test
  void noMeterNameTagOrDescriptionHoldsASecretOrASimIdentifier() {
    SimProvider provider =
        thingsMobile()
            .callInterval(ThingsMobileOperation.SIM_STATUS, Duration.ZERO)
            .build()
            .asSimProvider();
    List<String> sims = new ArrayList<>(things.generatedMsisdns());
    sims.add(ThingsMobileEmulator.MSISDN_OK);
    sims.add(ThingsMobileEmulator.MSISDN_NOT_FOUND);
    for (String msisdn : sims) {
      try {
        provider.state(SimRef.msisdn(msisdn));
        provider.suspend(SimRef.msisdn(msisdn));
      } catch (RuntimeException expected) {
        // Failures are meant to be recorded too.
      }
    }
    assertThat(
            horisenClient()
                .asSimProvider()
                .customerTraffic(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 3))
                .stream()
                .count())
        .isEqualTo(5);

    List<String> forbidden =
        new ArrayList<>(
            List.of(
                ThingsMobileEmulator.TOKEN,
                ThingsMobileEmulator.USERNAME,
                HorisenEmulator.CLIENT_SECRET,
                HorisenEmulator.CLIENT_ID));
    for (String msisdn : sims) {
      forbidden.add(msisdn);
      forbidden.add(msisdn.substring(msisdn.length() - 6));
    }
    things.generatedMsisdns().forEach(m -> forbidden.add(things.iccidOf(m)));
    List<String> recorded = new ArrayList<>();
    for (Meter m : registry.getMeters()) {
      recorded.add(m.getId().getName());
      recorded.add(String.valueOf(m.getId().getDescription()));
      for (Tag t : m.getId().getTags()) {
        recorded.add(t.getKey());
        recorded.add(t.getValue());
      }
    }
    assertThat(registry.getMeters()).hasSizeGreaterThan(3);
    assertThat(recorded)
        .allSatisfy(
            value -> {
              assertThat(value).doesNotContainPattern("\\d{5,}");
              forbidden.forEach(secret -> assertThat(value).doesNotContain(secret));
            });
  }
}
