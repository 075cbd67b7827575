package io.simbridge.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.Capability;
import io.simbridge.core.error.ServiceUnavailableException;
import io.simbridge.core.error.UnsupportedCapabilityException;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimStatus;
import io.simbridge.core.model.Usage;
import io.simbridge.core.time.ManualClock;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.testkit.EmulatorFault;
import io.simbridge.testkit.freebit.FreebitEmulator;
import io.simbridge.testkit.horisen.HorisenEmulator;
import io.simbridge.testkit.m2miportal.M2mIportalEmulator;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import io.simbridge.thingsmobile.ThingsMobileClient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * All four emulators at once, one clock for every client and emulator: documented call limits
 * pass in virtual time, and an emulator would answer with its rate-limit error if a client ever
 * called too early. 1,000 generated SIMs: 400 at Things Mobile, 400 at M2M iPortal, 200 at
 * freebit; reports at HORISEN.
 */
class MixedFleetTest {
  private static final ManualClock CLOCK = new ManualClock(Instant.parse("2026-06-01T00:00:00Z"));
  // freebit keeps its own time: the other providers' call-limit waits, which move CLOCK by a
  // varying amount with thread interleaving, must not expire its 30-minute key mid-test.
  private static final ManualClock FREEBIT_CLOCK =
      new ManualClock(Instant.parse("2026-06-01T00:00:00Z"));
  private static ThingsMobileEmulator tm;
  private static M2mIportalEmulator m2m;
  private static FreebitEmulator freebit;
  private static HorisenEmulator horisen;

  private SimFleet fleet;

  @BeforeAll
  static void startEmulators() {
    tm =
        ThingsMobileEmulator.builder()
            .clock(CLOCK)
            .generatedSims(400)
            .cdrsPerSim(0)
            .build()
            .start();
    m2m = M2mIportalEmulator.builder().clock(CLOCK).generatedSims(400).build().start();
    freebit = FreebitEmulator.builder().clock(FREEBIT_CLOCK).phoneNumbers(200).build().start();
    horisen = HorisenEmulator.builder().clock(CLOCK).build().start();
  }

  @AfterAll
  static void stopEmulators() {
    Stream.of(tm, m2m, freebit, horisen).forEach(e -> e.stop());
  }

  @BeforeEach
  void buildFleet() {
    Stream.of(tm, m2m, freebit, horisen).forEach(e -> e.reset());
    fleet =
        SimFleet.builder()
            .provider(
                ThingsMobileClient.builder()
                    .baseUrl(tm.baseUrl())
                    .username(ThingsMobileEmulator.USERNAME)
                    .token(ThingsMobileEmulator.TOKEN)
                    .clock(CLOCK)
                    .sleeper(CLOCK)
                    .build()
                    .asSimProvider())
            .provider(
                M2mIportalClient.builder()
                    .baseUrl(m2m.baseUrl())
                    .username(M2mIportalEmulator.USERNAME)
                    .password(M2mIportalEmulator.PASSWORD)
                    .apiId(M2mIportalEmulator.API_ID)
                    .clock(CLOCK)
                    .sleeper(CLOCK)
                    .build()
                    .asSimProvider())
            .provider(
                FreebitClient.builder()
                    .baseUrl(freebit.baseUrl())
                    .oemCredentials(FreebitEmulator.OEM_ID, FreebitEmulator.OEM_KEY)
                    .clock(FREEBIT_CLOCK)
                    .sleeper(FREEBIT_CLOCK)
                    .build()
                    .asSimProvider())
            .provider(
                HorisenClient.builder()
                    .baseUrl(horisen.baseUrl())
                    .tokenUrl(horisen.tokenUrl())
                    .clientCredentials(HorisenEmulator.CLIENT_ID, HorisenEmulator.CLIENT_SECRET)
                    .clock(CLOCK)
                    .sleeper(CLOCK)
                    .build()
                    .asSimProvider())
            // Things Mobile by MSISDN prefix, M2M iPortal by an ICCID prefix range, freebit by
            // registry.
            .route(RoutingRule.msisdnPrefix("88236", "thingsmobile"))
            .route(RoutingRule.iccidPrefixRange("894430", "894439", "m2miportal"))
            .registerAll(freebitSims(), "freebit")
            .build();
  }

  @AfterEach
  void noEmulatorEverAnsweredWithItsRateLimitError() {
    fleet.close();
    assertThat(
            tm.rateLimitAnswers()
                + m2m.rateLimitAnswers()
                + freebit.rateLimitAnswers()
                + horisen.rateLimitAnswers())
        .isZero();
  }

  private static List<SimRef> tmSims() {
    return tm.generatedMsisdns().stream().map(SimRef::msisdn).toList();
  }

  private static List<SimRef> m2mSims() {
    return m2m.iccids().stream().map(SimRef::iccid).toList();
  }

  private static List<SimRef> freebitSims() {
    return freebit.phoneNumbers().stream().map(SimRef::account).toList();
  }

  private static List<SimRef> thousandSims() {
    List<SimRef> all = new ArrayList<>();
    all.addAll(tmSims());
    all.addAll(m2mSims());
    all.addAll(freebitSims());
    Collections.shuffle(all, new java.util.Random(7));
    return all;
  }

  @Test
  void aThousandSimMixedFleetIsReadInOneCallWithOneResultPerSim() {
    List<SimRef> sims = thousandSims();
    List<Integer> progress = Collections.synchronizedList(new ArrayList<>());

    FleetResult<SimResult<Usage>> usage = fleet.usageNow(sims, (done, total) -> progress.add(done));

    assertThat(usage.size()).isEqualTo(1_000);
    assertThat(usage.where(SimResult::isSuccess)).hasSize(1_000);
    for (int i = 0; i < sims.size(); i++) {
      assertThat(usage.results().get(i).sim()).isEqualTo(sims.get(i));
    }
    assertThat(usage.countBy(r -> r.provider().orElseThrow()))
        .containsEntry("thingsmobile", 400L)
        .containsEntry("m2miportal", 400L)
        .containsEntry("freebit", 200L);
    assertThat(progress).hasSize(1_000).contains(1_000);
    // Every Things Mobile read went through simStatus, each 5 s after the previous one completed.
    assertThat(tm.requests("simStatus")).isEqualTo(400);
    assertThat(freebit.requests(FreebitEmulator.AUTH_OEM)).isEqualTo(1);
  }

  @Test
  void statesOfManyThingsMobileSimsComeFromItsSimListAndFreebitsAreTypedRefusals() {
    FleetResult<SimResult<SimStatus>> states = fleet.states(thousandSims());

    assertThat(states.where(r -> r.provider().orElseThrow().equals("thingsmobile")))
        .hasSize(400)
        .allMatch(SimResult::isSuccess);
    assertThat(tm.requests("simStatus")).isZero();
    assertThat(tm.requests("simListLite")).isEqualTo(1);
    assertThat(states.where(r -> r.provider().orElseThrow().equals("m2miportal")))
        .allMatch(SimResult::isSuccess);
    assertThat(states.where(r -> r.provider().orElseThrow().equals("freebit")))
        .hasSize(200)
        .allSatisfy(
            r -> assertThat(r.error()).get().isInstanceOf(UnsupportedCapabilityException.class));
    assertThat(freebit.totalRequests()).isZero();
  }

  @Test
  void oneProviderFailingLosesNoneOfTheOthersAnswers() {
    m2m.faults().injectAll(EmulatorFault.serverError(503));
    List<SimRef> sims = new ArrayList<>(m2mSims().subList(0, 20));
    sims.addAll(tmSims().subList(0, 20));
    sims.addAll(freebitSims().subList(0, 20));

    FleetResult<SimResult<Usage>> usage = fleet.usageNow(sims);

    assertThat(usage.results().subList(0, 20))
        .allSatisfy(
            r -> assertThat(r.error()).get().isInstanceOf(ServiceUnavailableException.class));
    assertThat(usage.results().subList(20, 60)).allMatch(SimResult::isSuccess);
  }

  @Test
  void anUnknownSimIsItsOwnErrorNamingIt() {
    SimRef stranger = SimRef.of(Iccid.of("8933000000000000001"), Msisdn.of("33600000001"));

    FleetResult<SimResult<Usage>> usage = fleet.usageNow(List.of(tmSims().get(0), stranger));

    assertThat(usage.results().get(0).isSuccess()).isTrue();
    assertThat(usage.results().get(1).error())
        .get()
        .isInstanceOfSatisfying(
            UnknownSimException.class,
            e -> {
              // Named as the logs name it (issue 21), and whole for code that needs it.
              assertThat(e)
                  .hasMessageContaining("ICCID …0001")
                  .hasMessageNotContaining("8933000000000000001");
              assertThat(e.sim()).isEqualTo(stranger);
            });
  }

  @Test
  void aWriteWhoseAnswerIsLostIsReportedAmbiguousAndNotRepeated() {
    List<SimRef> sims = new ArrayList<>(tmSims().subList(0, 5));
    sims.addAll(m2mSims().subList(0, 5));
    tm.faults().inject("blockSim", EmulatorFault.connectionReset().times(1));

    FleetResult<WriteOutcome> outcomes = fleet.suspend(sims);

    assertThat(outcomes.countBy(WriteOutcome::status))
        .containsEntry(WriteOutcome.Status.AMBIGUOUS, 1L)
        .containsEntry(WriteOutcome.Status.DONE, 9L);
    assertThat(tm.requests("blockSim")).isEqualTo(5);
    assertThat(m2m.requests("set_status")).isEqualTo(5);
    // The ambiguous one was applied by the provider before the answer was lost.
    WriteOutcome ambiguous =
        outcomes.where(o -> o.status() == WriteOutcome.Status.AMBIGUOUS).get(0);
    assertThat(tm.statusOf(ambiguous.sim().msisdn().orElseThrow().value())).isEqualTo("suspended");
  }

  @Test
  void reportsAreAskedOfEveryProviderThatHasThem() {
    var reports =
        fleet.acrossProviders(
            Capability.CUSTOMER_TRAFFIC_REPORT,
            p ->
                p.customerTraffic(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31)).stream()
                    .count());
    var credit = fleet.acrossProviders(Capability.CREDIT_BALANCE, p -> p.creditBalance());

    assertThat(reports).containsOnlyKeys("horisen");
    assertThat(reports.get("horisen").orElseThrow()).isEqualTo(25L);
    assertThat(credit).containsOnlyKeys("thingsmobile");
    assertThat(credit.get("thingsmobile").orElseThrow()).hasToString("100.00 EUR");
  }
}
