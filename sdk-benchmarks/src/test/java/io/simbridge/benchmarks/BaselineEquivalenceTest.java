package io.simbridge.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.simbridge.benchmarks.baseline.CsvBaseline;
import io.simbridge.core.time.ManualClock;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.TrafficReportCsvRow;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Checks, without running any benchmark, that each pair compares the same work: every baseline
 * returns exactly the record simbridge returns for the same canned answer.
 */
class BaselineEquivalenceTest {

  @Test
  void perCallBaselinesReturnWhatSimbridgeReturns() {
    PerCallBenchmark benchmark = new PerCallBenchmark();
    // setUp compares each pair's results and throws if one differs.
    assertThatCode(benchmark::setUp).doesNotThrowAnyException();
    assertThat(benchmark.tmSimStatus_sdk().cdrs()).hasSize(Fixtures.TM_CDRS);
    assertThat(benchmark.horisenOverallPage_sdk().data()).hasSize(Fixtures.HORISEN_ROWS);
    assertThat(benchmark.m2mLastMoTraffic_sdk()).isPresent();
    benchmark.tearDown();
  }

  @Test
  void csvBaselinesReadTheRowsSimbridgeStreams() throws Exception {
    Fixtures.Csv csv = new Fixtures.Csv(3_000);
    try (CannedServer server = Servers.csv(csv);
        HorisenClient horisen = SdkClients.horisen(server.baseUrl())) {
      List<TrafficReportCsvRow> sdk;
      try (Stream<TrafficReportCsvRow> rows =
          horisen.customerTrafficReportsCsv(
              LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31), Filter.none())) {
        sdk = rows.toList();
      }
      OkHttpClient http = new OkHttpClient();
      CsvBaseline baseline = new CsvBaseline(http, server.baseUrl(), Fixtures.HORISEN_TOKEN);
      List<TrafficReportCsvRow> whole = new ArrayList<>();
      List<TrafficReportCsvRow> streamed = new ArrayList<>();
      assertThat(baseline.readWholeBody(whole::add)).isEqualTo(3_000);
      assertThat(baseline.stream(streamed::add)).isEqualTo(3_000);
      http.dispatcher().executorService().shutdown();
      assertThat(sdk).hasSize(3_000).isEqualTo(whole).isEqualTo(streamed);
      assertThat(sdk.get(0).counterpartyName()).contains("Acme, Inc.");
    }
  }

  @Test
  void pagingKeepsTheCallLimitWithoutSlack() {
    ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    try (ThingsMobileEmulator emulator = PagingAtCallLimit.emulator(clock).start()) {
      PagingAtCallLimit.Listing l = PagingAtCallLimit.list(emulator, clock);
      assertThat(l.sims()).isEqualTo(10_000);
      assertThat(l.rateLimited()).isZero();
      // 20 full pages, then an empty 21st: the API gives no total.
      assertThat(l.calls()).isEqualTo(21);
      assertThat(l.virtualToLast()).isEqualTo(Duration.ofSeconds(19));
      assertThat(l.virtualTotal()).isEqualTo(Duration.ofSeconds(20));
    }
  }
}
