package io.simbridge.benchmarks;

import io.simbridge.benchmarks.baseline.CsvBaseline;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.TrafficReportCsvRow;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A HORISEN customer traffic report of 1,000,000 CSV rows (about 114 MB), read into typed rows:
 * through {@link HorisenClient#customerTrafficReportsCsv} in a JVM limited to 64 MiB of heap
 * (server included), beside two hand-written baselines: one streaming from the body (64 MiB too),
 * one reading the whole body first (given 1 GiB; {@link LargeCsvHeapProbe} finds what it needs).
 * One operation is the whole report: rows per second = rows / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class LargeCsvBenchmark {
  /** Data rows in the report. */
  @Param("1000000")
  public long rows;

  private CannedServer server;
  private HorisenClient horisen;
  private OkHttpClient http;
  private CsvBaseline baseline;

  /** Starts the server, which generates the report as it sends it. */
  @Setup
  public void setUp() {
    server = Servers.csv(new Fixtures.Csv(rows));
    horisen = SdkClients.horisen(server.baseUrl());
    http = new OkHttpClient();
    baseline = new CsvBaseline(http, server.baseUrl(), Fixtures.HORISEN_TOKEN);
  }

  /** Stops everything. */
  @TearDown
  public void tearDown() {
    horisen.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.close();
  }

  /**
   * @param bh consumes the rows
   * @return the rows read
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = "-Xmx64m")
  public long sdkStreamed_64m(Blackhole bh) {
    return sdk(horisen, bh);
  }

  static long sdk(HorisenClient horisen, Blackhole bh) {
    long[] n = {0};
    try (Stream<TrafficReportCsvRow> report =
        horisen.customerTrafficReportsCsv(
            LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31), Filter.none())) {
      report.forEach(
          row -> {
            bh.consume(row);
            n[0]++;
          });
    }
    return n[0];
  }

  /**
   * @param bh consumes the rows
   * @return the rows read
   * @throws IOException if the call fails
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = "-Xmx64m")
  public long baselineStreamed_64m(Blackhole bh) throws IOException {
    return baseline.stream(bh::consume);
  }

  /**
   * @param bh consumes the rows
   * @return the rows read
   * @throws IOException if the call fails
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = "-Xmx1g")
  public long baselineWholeBody_1g(Blackhole bh) throws IOException {
    return baseline.readWholeBody(bh::consume);
  }
}
