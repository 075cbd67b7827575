package io.simbridge.benchmarks;

import io.simbridge.benchmarks.baseline.FreebitBaseline;
import io.simbridge.benchmarks.baseline.HorisenBaseline;
import io.simbridge.benchmarks.baseline.M2mBaseline;
import io.simbridge.benchmarks.baseline.ThingsMobileBaseline;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.SimRef;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.freebit.model.TrafficInfo;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.horisen.model.Grain;
import io.simbridge.horisen.model.OverallTraffic;
import io.simbridge.horisen.model.OverallTrafficRequest;
import io.simbridge.horisen.model.ReportPage;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.m2miportal.model.LastMoTraffic;
import io.simbridge.thingsmobile.ThingsMobileClient;
import io.simbridge.thingsmobile.model.SimInfo;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per call of one simbridge operation beside the same call written by hand with OkHttp and
 * Jackson ({@code *_sdk} against {@code *_baseline}), both against the same in-process canned
 * server, in the same JVM. Every call goes over the loopback network and parses the whole answer
 * into the same record: nothing is cached.
 *
 * <p>Run the pairs alternately with {@link PairedRunner} ({@code percall} suite), or alone:
 * {@code java -jar sdk-benchmarks/target/benchmarks.jar PerCallBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class PerCallBenchmark {
  private static final SimRef TM_SIM = SimRef.msisdn(Fixtures.TM_MSISDN);
  private static final FreebitAccount FREEBIT_ACCOUNT = FreebitAccount.of(Fixtures.FREEBIT_ACCOUNT);
  private static final Iccid M2M_SIM = Iccid.of(Fixtures.M2M_ICCID);
  private static final OverallTrafficRequest OVERALL_REQUEST =
      OverallTrafficRequest.builder(
              OffsetDateTime.parse("2024-10-01T00:00:00Z"),
              OffsetDateTime.parse("2024-10-31T00:00:00Z"))
          .grain(Grain.HOUR)
          .build();

  private CannedServer server;
  private OkHttpClient http;
  private ThingsMobileClient thingsMobile;
  private HorisenClient horisen;
  private FreebitClient freebit;
  private M2mIportalClient m2m;
  private ThingsMobileBaseline thingsMobileBaseline;
  private HorisenBaseline horisenBaseline;
  private FreebitBaseline freebitBaseline;
  private M2mBaseline m2mBaseline;

  /**
   * Starts the server and the clients, and checks once that each baseline returns exactly what
   * simbridge returns, so that the two sides of a pair do the same work.
   *
   * @throws IOException if a baseline call fails
   */
  @Setup
  public void setUp() throws IOException {
    server = Servers.perCall();
    String base = server.baseUrl();
    http = new OkHttpClient();
    thingsMobile = SdkClients.thingsMobile(base);
    horisen = SdkClients.horisen(base);
    freebit = SdkClients.freebit(base);
    m2m = SdkClients.m2mIportal(base + Servers.M2M_PATH);
    thingsMobileBaseline =
        new ThingsMobileBaseline(http, base, Fixtures.TM_USERNAME, Fixtures.TM_TOKEN);
    horisenBaseline = new HorisenBaseline(http, base, Fixtures.HORISEN_TOKEN);
    freebitBaseline = new FreebitBaseline(http, base, Fixtures.FREEBIT_AUTH_KEY);
    m2mBaseline =
        new M2mBaseline(
            http,
            base + Servers.M2M_PATH,
            Fixtures.M2M_USERNAME,
            Fixtures.M2M_PASSWORD,
            Fixtures.M2M_API_ID);
    same("Things Mobile simStatus", tmSimStatus_sdk(), tmSimStatus_baseline());
    same("HORISEN overall page", horisenOverallPage_sdk(), horisenOverallPage_baseline());
    same("freebit getTrafficInfo", freebitTrafficInfo_sdk(), freebitTrafficInfo_baseline());
    same("M2M iPortal query_last_mo_traffic", m2mLastMoTraffic_sdk(), m2mLastMoTraffic_baseline());
  }

  private static void same(String what, Object sdk, Object baseline) {
    if (!Objects.equals(sdk, baseline)) {
      throw new IllegalStateException(
          what + ": the baseline does not return what simbridge returns");
    }
  }

  /** Closes the clients and stops the server. */
  @TearDown
  public void tearDown() {
    thingsMobile.close();
    horisen.close();
    freebit.close();
    m2m.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.close();
  }

  /** @return Things Mobile simStatus through simbridge */
  @Benchmark
  public SimInfo tmSimStatus_sdk() {
    return thingsMobile.simStatus(TM_SIM);
  }

  /**
   * @return Things Mobile simStatus by hand
   * @throws IOException if it fails
   */
  @Benchmark
  public SimInfo tmSimStatus_baseline() throws IOException {
    return thingsMobileBaseline.simStatus(Fixtures.TM_MSISDN);
  }

  /** @return a HORISEN overall report page through simbridge */
  @Benchmark
  public ReportPage<OverallTraffic> horisenOverallPage_sdk() {
    return horisen.overallTrafficReportsPage(OVERALL_REQUEST, 1);
  }

  /**
   * @return a HORISEN overall report page by hand
   * @throws IOException if it fails
   */
  @Benchmark
  public ReportPage<OverallTraffic> horisenOverallPage_baseline() throws IOException {
    return horisenBaseline.overallPage(
        "2024-10-01T00:00:00Z", "2024-10-31T00:00:00Z", "hour", Fixtures.HORISEN_ROWS);
  }

  /** @return freebit traffic information through simbridge */
  @Benchmark
  public TrafficInfo freebitTrafficInfo_sdk() {
    return freebit.getTrafficInfo(FREEBIT_ACCOUNT);
  }

  /**
   * @return freebit traffic information by hand
   * @throws IOException if it fails
   */
  @Benchmark
  public TrafficInfo freebitTrafficInfo_baseline() throws IOException {
    return freebitBaseline.trafficInfo(FREEBIT_ACCOUNT);
  }

  /** @return M2M iPortal last MO traffic through simbridge */
  @Benchmark
  public Optional<LastMoTraffic> m2mLastMoTraffic_sdk() {
    return m2m.queryLastMoTraffic(M2M_SIM);
  }

  /**
   * @return M2M iPortal last MO traffic by hand
   * @throws IOException if it fails
   */
  @Benchmark
  public Optional<LastMoTraffic> m2mLastMoTraffic_baseline() throws IOException {
    return m2mBaseline.lastMoTraffic(Fixtures.M2M_ICCID);
  }
}
