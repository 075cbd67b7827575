package io.simbridge.jobs;

import io.simbridge.core.config.CallLimitStore;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.fleet.RoutingRule;
import io.simbridge.fleet.SimFleet;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.testkit.m2miportal.M2mIportalEmulator;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import io.simbridge.thingsmobile.ThingsMobileClient;
import io.simbridge.thingsmobile.model.ThingsMobileOperation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Fleets over the test kit's emulators, as the job tests use them. */
final class Emulated {
  private Emulated() {}

  /** The emulator's first {@code n} active SIMs (generated SIM 8 is suspended, 9 not active), by both ids. */
  static List<SimRef> activeSims(ThingsMobileEmulator tm, int n) {
    List<String> msisdns = tm.generatedMsisdns();
    return java.util.stream.IntStream.range(0, msisdns.size())
        .filter(i -> i % 10 < 7)
        .limit(n)
        .mapToObj(i -> SimRef.of(Iccid.of(tm.iccidOf(msisdns.get(i))), Msisdn.of(msisdns.get(i))))
        .toList();
  }

  /** A Things Mobile client on the emulator, on a manual clock that is also its sleeper. */
  static ThingsMobileClient.Builder thingsMobile(ThingsMobileEmulator tm) {
    return ThingsMobileClient.builder()
        .baseUrl(tm.baseUrl())
        .username(ThingsMobileEmulator.USERNAME)
        .token(ThingsMobileEmulator.TOKEN);
  }

  static SimFleet fleet(ThingsMobileEmulator tm, ManualClock clock) {
    return SimFleet.builder()
        .provider(thingsMobile(tm).clock(clock).sleeper(clock).build().asSimProvider())
        .route(RoutingRule.msisdnPrefix("88236", "thingsmobile"))
        .build();
  }

  /** Things Mobile and M2M iPortal, which can neither rename nor tag. */
  static SimFleet mixed(ThingsMobileEmulator tm, M2mIportalEmulator m2m, ManualClock clock) {
    return SimFleet.builder()
        .provider(thingsMobile(tm).clock(clock).sleeper(clock).build().asSimProvider())
        .provider(
            M2mIportalClient.builder()
                .baseUrl(m2m.baseUrl())
                .username(M2mIportalEmulator.USERNAME)
                .password(M2mIportalEmulator.PASSWORD)
                .apiId(M2mIportalEmulator.API_ID)
                .clock(clock)
                .sleeper(clock)
                .build()
                .asSimProvider())
        .route(RoutingRule.msisdnPrefix("88236", "thingsmobile"))
        .route(RoutingRule.iccidPrefixRange("894430", "894439", "m2miportal"))
        .build();
  }

  /**
   * A fleet on the real clock whose Things Mobile client shares its call limits through a store,
   * with {@code sendSms} spaced by {@code interval}: what a worker process runs.
   */
  static SimFleet sharing(String baseUrl, CallLimitStore limits, Duration interval) {
    return SimFleet.builder()
        .provider(
            ThingsMobileClient.builder()
                .baseUrl(baseUrl)
                .username(ThingsMobileEmulator.USERNAME)
                .token(ThingsMobileEmulator.TOKEN)
                .callLimitStore(limits)
                .callInterval(ThingsMobileOperation.SEND_SMS, interval)
                .callTimeout(Duration.ofSeconds(10))
                .build()
                .asSimProvider())
        .route(RoutingRule.msisdnPrefix("88236", "thingsmobile"))
        .build();
  }

  /** @return how many SMS each MSISDN received */
  static Map<String, Long> smsPerMsisdn(ThingsMobileEmulator tm) {
    return tm.sentSms().stream()
        .map(s -> s.substring(0, s.indexOf(':')))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
