package io.simbridge.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.simbridge.core.observe.CallEnded;
import io.simbridge.core.observe.CallInfo;
import io.simbridge.core.observe.CallOperation;
import io.simbridge.core.observe.CallOutcome;
import io.simbridge.core.time.ManualClock;
import io.simbridge.micrometer.MicrometerCallListener;
import io.simbridge.opentelemetry.OpenTelemetryCallListener;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Health indicators (Spring Boot 3's health API) and the listener beans: health comes from the
 * application's own calls, DOWN only when credentials are refused or the service is unreachable
 * several times in a row; the Micrometer and OpenTelemetry listeners appear with their backends.
 */
class HealthIndicatorTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(SimbridgeAutoConfiguration.class))
          .withPropertyValues(
              "simbridge.thingsmobile.username=u",
              "simbridge.thingsmobile.token=t",
              "simbridge.thingsmobile.base-url=http://127.0.0.1:9",
              "simbridge.m2miportal.username=u",
              "simbridge.m2miportal.password=p",
              "simbridge.m2miportal.api-id=1",
              "simbridge.m2miportal.base-url=http://127.0.0.1:9");

  @Test
  void oneIndicatorPerProviderUpBeforeAnyCall() {
    runner.run(
        context -> {
          CompositeHealthContributor composite =
              context.getBean("simbridgeHealthContributor", CompositeHealthContributor.class);
          HealthIndicator tm = (HealthIndicator) composite.getContributor("thingsmobile");
          assertThat(tm.health().getStatus()).isEqualTo(Status.UP);
          assertThat(tm.health().getDetails()).containsEntry("calls", 0L);
          assertThat(composite.getContributor("m2miportal")).isNotNull();
        });
  }

  @Test
  void anAuthenticationFailureIsDownUntilASuccess() {
    CallHealth health = new CallHealth(new ManualClock(Instant.parse("2026-06-01T00:00:00Z")));
    health.callEnded(ended("thingsmobile", CallOutcome.FAILED, "AuthenticationException"));
    assertThat(health.isDown("thingsmobile")).isTrue();
    assertThat(health.isDown("m2miportal")).isFalse();
    health.callEnded(ended("thingsmobile", CallOutcome.SUCCESS, null));
    assertThat(health.isDown("thingsmobile")).isFalse();
    assertThat(health.details("thingsmobile"))
        .containsEntry("calls", 2L)
        .containsEntry("failures", 1L)
        .containsEntry("lastError", "AuthenticationException");
  }

  @Test
  void onlyAStreakOfTransportFailuresIsDown() {
    CallHealth health = new CallHealth(new ManualClock(Instant.parse("2026-06-01T00:00:00Z")));
    health.callEnded(ended("freebit", CallOutcome.FAILED, "TransportException"));
    health.callEnded(ended("freebit", CallOutcome.FAILED, "TransportException"));
    health.callEnded(ended("freebit", CallOutcome.FAILED, "NotFoundException"));
    health.callEnded(ended("freebit", CallOutcome.FAILED, "TransportException"));
    health.callEnded(ended("freebit", CallOutcome.FAILED, "ServiceUnavailableException"));
    assertThat(health.isDown("freebit")).isFalse();
    health.callEnded(ended("freebit", CallOutcome.FAILED, "TransportException"));
    assertThat(health.isDown("freebit")).isTrue();
  }

  @Test
  void listenersAppearWithTheirBackendsOnly() {
    runner.run(
        context ->
            assertThat(context)
                .doesNotHaveBean(MicrometerCallListener.class)
                .doesNotHaveBean(OpenTelemetryCallListener.class)
                .hasSingleBean(CallHealth.class));
    runner
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withBean(OpenTelemetry.class, OpenTelemetry::noop)
        .run(
            context ->
                assertThat(context)
                    .hasSingleBean(MicrometerCallListener.class)
                    .hasSingleBean(OpenTelemetryCallListener.class));
  }

  private static CallEnded ended(String provider, CallOutcome outcome, String error) {
    CallInfo call =
        new CallInfo(
            1, new CallOperation(provider, "op", false, Optional.empty()), "POST", "127.0.0.1", 9);
    return new CallEnded(
        call,
        outcome,
        Optional.ofNullable(error),
        error == null ? 200 : 0,
        Optional.empty(),
        1,
        Duration.ZERO,
        0,
        0);
  }
}
