package io.simbridge.reliability.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.freebit.model.FreebitOperation;
import io.simbridge.freebit.model.TrafficInfo;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.horisen.model.CustTrafficReport;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.ReportPage;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.m2miportal.model.MonthToDateUsage;
import io.simbridge.m2miportal.model.SettableStatus;
import io.simbridge.m2miportal.model.Status;
import io.simbridge.reliability.support.Clients;
import io.simbridge.testkit.freebit.FreebitEmulator;
import io.simbridge.testkit.horisen.HorisenEmulator;
import io.simbridge.testkit.m2miportal.M2mIportalEmulator;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import io.simbridge.thingsmobile.ThingsMobileClient;
import io.simbridge.thingsmobile.model.SimInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 64 threads share one client of each provider, against the test kit's emulators, all on one
 * {@link ManualClock} (the client's clock and sleeper, and the emulator's clock). Each thread
 * works on its own SIM, account or period and checks every answer is its own: a mixed-up
 * answer, a lost or repeated call, a rate-limit answer or any exception fails the test. The
 * HORISEN token and freebit OEM key must be fetched once per expiry: the test moves the clock
 * past the expiry between two phases.
 */
@Timeout(300)
class SharedClientConcurrencyTest {
  static final int THREADS = 64;
  static final int CALLS = 10;

  /**
   * simStatus (5 s call limit, so every call waits its turn) and updateSimName (no limit) on the
   * thread's own SIM: 1,280 calls. The emulator answers error 60 to a call that comes too soon.
   */
  @Test
  void thingsMobile() throws Exception {
    ManualClock clock = Clients.clock();
    try (ThingsMobileEmulator tm =
            ThingsMobileEmulator.builder().clock(clock).generatedSims(THREADS).build().start();
        ThingsMobileClient client =
            Clients.thingsMobile(tm.baseUrl(), clock)
                .username(tm.username())
                .token(tm.token())
                .build()) {
      List<String> msisdns = tm.generatedMsisdns();

      Threads.run(
          THREADS,
          1,
          (t, phase) -> {
            SimRef sim = SimRef.msisdn(msisdns.get(t));
            for (int k = 0; k < CALLS; k++) {
              String name = "thread-" + t + "-call-" + k;
              client.updateSimName(sim, name);
              SimInfo info = client.simStatus(sim);
              assertThat(info.msisdn().value()).isEqualTo(msisdns.get(t));
              assertThat(info.iccid().value()).isEqualTo(tm.iccidOf(msisdns.get(t)));
              assertThat(info.name()).contains(name);
            }
          },
          () -> {});

      assertThat(tm.rateLimitAnswers()).as("calls the provider found too soon").isZero();
      assertThat(tm.requests("simStatus")).isEqualTo(THREADS * CALLS);
      assertThat(tm.requests("updateSimName"))
          .as("each write sent once")
          .isEqualTo(THREADS * CALLS);
      // Each simStatus after the first waited exactly the 5 s the previous one left it.
      assertThat(clock.sleeps())
          .hasSize(THREADS * CALLS - 1)
          .allMatch(d -> d.equals(Duration.ofSeconds(5)));
    }
  }

  /**
   * Each thread reads its own period's customer report; the token expires (1 h) between the two
   * phases: exactly one token per phase whatever 64 threads ask at once.
   */
  @Test
  void horisen() throws Exception {
    ManualClock clock = Clients.clock();
    try (HorisenEmulator h =
            HorisenEmulator.builder()
                .clock(clock)
                .tokenLifetime(Duration.ofHours(1))
                .build()
                .start();
        HorisenClient client =
            HorisenClient.builder()
                .baseUrl(h.baseUrl() + "/bulk/traffic-report/v2")
                .tokenUrl(h.tokenUrl())
                .clientCredentials(h.clientId(), h.clientSecret())
                .clock(clock)
                .sleeper(clock)
                .build()) {
      int[] tokensAfterPhase = new int[1];

      Threads.run(
          THREADS,
          2,
          (t, phase) -> {
            LocalDate from = LocalDate.of(2024, 1, 1).plusDays(3L * t);
            LocalDate to = from.plusDays(2);
            for (int k = 0; k < CALLS; k++) {
              ReportPage<CustTrafficReport> page =
                  client.customerTrafficReportsPage(from, to, Filter.none(), 1);
              assertThat(page.data())
                  .isNotEmpty()
                  .allSatisfy(
                      row ->
                          assertThat(
                                  row.startDt()
                                      .orElseThrow()
                                      .withOffsetSameInstant(ZoneOffset.UTC)
                                      .toLocalDate())
                              .isBetween(from, to));
            }
          },
          () -> {
            tokensAfterPhase[0] = h.requests(HorisenEmulator.TOKEN);
            clock.advance(Duration.ofHours(1));
          });

      assertThat(tokensAfterPhase[0]).as("tokens after phase 1").isEqualTo(1);
      assertThat(h.requests(HorisenEmulator.TOKEN))
          .as("tokens after the expiry and phase 2")
          .isEqualTo(2);
      assertThat(h.requests(HorisenEmulator.CUSTOMER_REPORTS))
          .as("no 401 and replay")
          .isEqualTo(2 * THREADS * CALLS);
    }
  }

  /**
   * Each thread reads its own phone number's traffic. The emulator's keys last 30 minutes;
   * freebit documents no lifetime, so the client keeps its key until a call answers 205. After
   * the expiry, the 64 threads' first calls are refused at once: the key is renewed exactly once,
   * and each refused call replayed once. The documented 1 s interval is lifted here so that the
   * calls really overlap (the call limiter has its own test).
   */
  @Test
  void freebit() throws Exception {
    ManualClock clock = Clients.clock();
    try (FreebitEmulator f =
            FreebitEmulator.builder()
                .clock(clock)
                .phoneNumbers(THREADS)
                .keyLifetime(Duration.ofMinutes(30))
                .build()
                .start();
        FreebitClient client =
            FreebitClient.builder()
                .baseUrl(f.baseUrl())
                .oemCredentials(FreebitEmulator.OEM_ID, FreebitEmulator.OEM_KEY)
                .clock(clock)
                .sleeper(clock)
                .callInterval(FreebitOperation.GET_TRAFFIC_INFO, Duration.ZERO)
                .build()) {
      List<String> numbers = f.phoneNumbers();
      int[] keys = new int[1];

      Threads.run(
          THREADS,
          2,
          (t, phase) -> {
            FreebitAccount account = FreebitAccount.of(numbers.get(t));
            for (int k = 0; k < CALLS; k++) {
              TrafficInfo info = client.getTrafficInfo(account);
              assertThat(info.account()).isEqualTo(account);
              assertThat(info.today()).isEqualTo(DataVolume.of(100 + t, DataUnit.KIBIBYTE));
              assertThat(info.inRecentDays())
                  .containsExactly(
                      DataVolume.of(100 + t, DataUnit.KIBIBYTE),
                      DataVolume.of(200 + t, DataUnit.KIBIBYTE),
                      DataVolume.of(300 + t, DataUnit.KIBIBYTE));
            }
          },
          () -> {
            keys[0] = f.requests(FreebitEmulator.AUTH_OEM);
            clock.advance(Duration.ofMinutes(31));
          });

      int calls = 2 * THREADS * CALLS;
      assertThat(keys[0]).as("keys after phase 1").isEqualTo(1);
      assertThat(f.requests(FreebitEmulator.AUTH_OEM))
          .as("keys after the expiry and phase 2")
          .isEqualTo(2);
      assertThat(f.requests(FreebitEmulator.GET_TRAFFIC_INFO))
          .as("each refused call replayed once, at most")
          .isBetween(calls + 1, calls + THREADS);
    }
  }

  /** Each thread reads its own SIM's status and usage, and switches its status back and forth. */
  @Test
  void m2mIportal() throws Exception {
    ManualClock clock = Clients.clock();
    // One more SIM than threads: the emulator closes its last SIM, which cannot change status.
    try (M2mIportalEmulator m =
            M2mIportalEmulator.builder().clock(clock).generatedSims(THREADS + 1).build().start();
        M2mIportalClient client =
            Clients.m2m(m.baseUrl(), clock)
                .username(M2mIportalEmulator.USERNAME)
                .password(M2mIportalEmulator.PASSWORD)
                .apiId(M2mIportalEmulator.API_ID)
                .build()) {
      List<String> iccids = m.iccids();

      Threads.run(
          THREADS,
          1,
          (t, phase) -> {
            Iccid iccid = Iccid.of(iccids.get(t));
            MonthToDateUsage usage = client.queryUsage(iccid);
            assertThat(usage.data())
                .contains(
                    DataVolume.of(
                        new BigDecimal(String.format("%d.%03d", 80 + t, (t * 7) % 1000)),
                        DataUnit.MEGABYTE));
            for (int k = 0; k < CALLS; k++) {
              boolean active = (k + t) % 2 == 0;
              client.setStatus(iccid, active ? SettableStatus.ACTIVE : SettableStatus.DE_ACTIVATED);
              assertThat(client.queryStatus(iccid).status())
                  .isEqualTo(active ? Status.ACTIVE : Status.DEACTIVATED);
            }
          },
          () -> {});

      assertThat(m.requests("set_status")).as("each write sent once").isEqualTo(THREADS * CALLS);
      assertThat(m.requests("query_status")).isEqualTo(THREADS * CALLS);
    }
  }
}
