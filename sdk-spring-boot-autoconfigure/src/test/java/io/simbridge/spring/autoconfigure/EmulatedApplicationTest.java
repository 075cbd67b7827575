package io.simbridge.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimStatus;
import io.simbridge.fleet.FleetResult;
import io.simbridge.fleet.SimFleet;
import io.simbridge.fleet.SimResult;
import io.simbridge.micrometer.MicrometerCallListener;
import io.simbridge.testkit.m2miportal.M2mIportalEmulator;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Spring Boot application configured only by properties, against the test kit's emulators:
 * the fleet reads SIMs of two providers, the application's meter registry records the calls, the
 * actuator reports health, and no credential reaches the log.
 */
@SpringBootTest(
    classes = EmulatedApplicationTest.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "management.endpoints.web.exposure.include=health",
      "management.endpoint.health.show-details=always",
      "logging.level.io.simbridge=DEBUG"
    })
@ExtendWith(OutputCaptureExtension.class)
class EmulatedApplicationTest {
  private static final ThingsMobileEmulator TM =
      ThingsMobileEmulator.builder().generatedSims(3).cdrsPerSim(0).build().start();
  private static final M2mIportalEmulator M2M =
      M2mIportalEmulator.builder().generatedSims(3).build().start();

  @Autowired private SimFleet fleet;
  @Autowired private ApplicationContext context;
  @Autowired private MeterRegistry meters;

  @DynamicPropertySource
  static void emulators(DynamicPropertyRegistry registry) {
    registry.add("simbridge.thingsmobile.base-url", TM::baseUrl);
    registry.add("simbridge.thingsmobile.username", () -> ThingsMobileEmulator.USERNAME);
    registry.add("simbridge.thingsmobile.token", () -> ThingsMobileEmulator.TOKEN);
    registry.add("simbridge.m2miportal.base-url", M2M::baseUrl);
    registry.add("simbridge.m2miportal.username", () -> M2mIportalEmulator.USERNAME);
    registry.add("simbridge.m2miportal.password", () -> M2mIportalEmulator.PASSWORD);
    registry.add("simbridge.m2miportal.api-id", () -> M2mIportalEmulator.API_ID);
    registry.add("simbridge.fleet.routes[0].msisdn-prefix", () -> "88236");
    registry.add("simbridge.fleet.routes[0].provider", () -> "thingsmobile");
    registry.add("simbridge.fleet.routes[1].iccid-prefix", () -> "89443");
    registry.add("simbridge.fleet.routes[1].provider", () -> "m2miportal");
  }

  @AfterAll
  static void stopEmulators() {
    TM.stop();
    M2M.stop();
  }

  @Test
  void theFleetReadsEverySimAndHealthIsUp(CapturedOutput output) throws Exception {
    List<SimRef> sims =
        List.of(SimRef.msisdn(TM.generatedMsisdns().get(0)), SimRef.iccid(M2M.iccids().get(0)));
    FleetResult<SimResult<SimStatus>> states = fleet.states(sims);

    assertThat(states.results())
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.isSuccess()).as(r.toString()).isTrue());
    assertThat(health()).isEqualTo("UP");
    // The application's registry got the calls, through the listener registered on every client.
    assertThat(
            meters
                .get(MicrometerCallListener.CALLS)
                .tag("provider", "thingsmobile")
                .timer()
                .count())
        .isOne();
    assertThat(
            meters.get(MicrometerCallListener.CALLS).tag("provider", "m2miportal").timer().count())
        .isOne();
    assertThat(output.getAll())
        .doesNotContain(ThingsMobileEmulator.TOKEN)
        .doesNotContain(M2mIportalEmulator.PASSWORD);
  }

  /** The health endpoint's status, by bean name: its class moved between Spring Boot 3 and 4. */
  private String health() throws Exception {
    Object endpoint = context.getBean("healthEndpoint");
    Object health = endpoint.getClass().getMethod("health").invoke(endpoint);
    return String.valueOf(health.getClass().getMethod("getStatus").invoke(health));
  }

  /** The application: nothing but the auto-configurations (no scan, so no other test's beans). */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}
}
