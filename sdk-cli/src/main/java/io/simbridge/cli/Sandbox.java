package io.simbridge.cli;

import io.simbridge.core.SimProvider;
import io.simbridge.core.time.ManualClock;
import io.simbridge.fleet.RoutingRule;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.testkit.ProviderEmulator;
import io.simbridge.testkit.freebit.FreebitEmulator;
import io.simbridge.testkit.horisen.HorisenEmulator;
import io.simbridge.testkit.m2miportal.M2mIportalEmulator;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import io.simbridge.thingsmobile.ThingsMobileClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The embedded sandbox behind {@code --sandbox}: the test kit's four emulators on loopback ports,
 * with seeded SIMs, and a client for each. Emulators and clients share one fast-forward clock, so
 * documented call limits (5 s between two Things Mobile simStatus calls) pass at once.
 *
 * <p>Every run starts from the same seed: a write changes the emulator only for the rest of that
 * run. Seeded identifiers: Things Mobile MSISDNs {@code 882361000000000} onward (ICCIDs
 * {@code 89445013121...}) and the documented sandbox MSISDNs {@code 882360000000001..5}; M2M
 * iPortal ICCIDs {@code 894430000...}; freebit numbers {@code 819000000000} onward (national
 * {@code 09000000000}) and share groups {@code AAA0_00000000001..3}; HORISEN reports from
 * 2024-10-01.
 */
final class Sandbox implements AutoCloseable {
  /** The sandbox's fixed start time, so that every run sees the same data. */
  static final Instant START = Instant.parse("2026-06-01T08:00:00Z");

  private final ManualClock clock = new ManualClock(START);
  private final List<ProviderEmulator<?>> emulators = new ArrayList<>();
  private ThingsMobileEmulator thingsMobile;
  private M2mIportalEmulator m2m;
  private FreebitEmulator freebit;
  private HorisenEmulator horisen;

  /** @return the routes that send each seeded identifier to its provider */
  static List<RoutingRule> routes() {
    return List.of(RoutingRule.msisdnPrefix("88236", "thingsmobile"),
        RoutingRule.iccidPrefix("8944501", "thingsmobile"),
        RoutingRule.iccidPrefixRange("894430", "894439", "m2miportal"),
        RoutingRule.msisdnPrefix("8190", "freebit"));
  }

  /**
   * Starts the four emulators, in parallel since each is a web server. Does nothing if they run.
   *
   * @return this sandbox
   */
  synchronized Sandbox start() {
    if (!emulators.isEmpty()) {
      return this;
    }
    thingsMobile = ThingsMobileEmulator.builder().clock(clock).generatedSims(40).build();
    m2m = M2mIportalEmulator.builder().clock(clock).generatedSims(24).build();
    freebit = FreebitEmulator.builder().clock(clock).phoneNumbers(20).build();
    horisen = HorisenEmulator.builder().clock(clock).reportRows(40).build();
    emulators.addAll(List.of(thingsMobile, m2m, freebit, horisen));
    CompletableFuture.allOf(emulators.stream().map(e -> CompletableFuture.runAsync(e::start))
        .toArray(CompletableFuture[]::new)).join();
    return this;
  }

  /** Restores every emulator's seeded data, so that a sandbox can serve several runs alike. */
  synchronized void reset() {
    emulators.forEach(ProviderEmulator::reset);
  }

  /**
   * Builds a client for each emulator; closing them leaves the emulators running.
   *
   * @return the providers, by id
   */
  synchronized Map<String, SimProvider> providers() {
    start();
    Map<String, SimProvider> providers = new LinkedHashMap<>();
    providers.put("thingsmobile", ThingsMobileClient.builder().baseUrl(thingsMobile.baseUrl())
        .username(ThingsMobileEmulator.USERNAME).token(ThingsMobileEmulator.TOKEN).clock(clock).sleeper(clock)
        .build().asSimProvider());
    providers.put("m2miportal", M2mIportalClient.builder().baseUrl(m2m.baseUrl())
        .username(M2mIportalEmulator.USERNAME).password(M2mIportalEmulator.PASSWORD).apiId(M2mIportalEmulator.API_ID)
        .clock(clock).sleeper(clock).build().asSimProvider());
    providers.put("freebit", FreebitClient.builder().baseUrl(freebit.baseUrl())
        .oemCredentials(FreebitEmulator.OEM_ID, FreebitEmulator.OEM_KEY).clock(clock).sleeper(clock).build()
        .asSimProvider());
    providers.put("horisen", HorisenClient.builder().baseUrl(horisen.baseUrl() + "/bulk/traffic-report/v2")
        .tokenUrl(horisen.tokenUrl()).clientCredentials(HorisenEmulator.CLIENT_ID, HorisenEmulator.CLIENT_SECRET)
        .clock(clock).sleeper(clock).build().asSimProvider());
    return providers;
  }

  /** @return the Things Mobile emulator, once started */
  ThingsMobileEmulator thingsMobile() {
    return thingsMobile;
  }

  /** @return the M2M iPortal emulator, once started */
  M2mIportalEmulator m2m() {
    return m2m;
  }

  /** @return the freebit share groups, which the fleet reaches by account id */
  List<String> freebitShareGroups() {
    return freebit == null ? List.of() : freebit.shareGroups();
  }

  /** Stops every emulator. */
  @Override
  public synchronized void close() {
    emulators.forEach(ProviderEmulator::stop);
    emulators.clear();
  }
}
