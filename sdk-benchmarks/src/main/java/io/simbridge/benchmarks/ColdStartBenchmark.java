package io.simbridge.benchmarks;

import io.simbridge.benchmarks.baseline.FreebitBaseline;
import io.simbridge.benchmarks.baseline.HorisenBaseline;
import io.simbridge.benchmarks.baseline.M2mBaseline;
import io.simbridge.benchmarks.baseline.ThingsMobileBaseline;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.SimRef;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.horisen.model.Grain;
import io.simbridge.horisen.model.OverallTrafficRequest;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.thingsmobile.ThingsMobileClient;
import java.io.IOException;
import java.time.OffsetDateTime;
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
 * Time from nothing to the first answer in a fresh JVM: build the client (simbridge's builder, or
 * a new OkHttpClient and Jackson mapper by hand) and make one call, as the first request of an
 * application does. Every class of the client is loaded and run cold; only the canned server is
 * started beforehand. One fork per sample.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {
  private CannedServer server;
  private String base;
  private AutoCloseable client;
  private OkHttpClient http;

  /** Starts the server only: it loads no simbridge, OkHttp or Jackson class. */
  @Setup
  public void setUp() {
    server = Servers.perCall();
    base = server.baseUrl();
  }

  /** @throws Exception if closing fails */
  @TearDown
  public void tearDown() throws Exception {
    if (client != null) {
      client.close();
    }
    if (http != null) {
      http.dispatcher().executorService().shutdown();
    }
    server.close();
  }

  /** @return the first simStatus answer */
  @Benchmark
  public Object tmSimStatus_sdk() {
    ThingsMobileClient c = SdkClients.thingsMobile(base);
    client = c;
    return c.simStatus(SimRef.msisdn(Fixtures.TM_MSISDN));
  }

  /**
   * @return the first simStatus answer
   * @throws IOException if it fails
   */
  @Benchmark
  public Object tmSimStatus_baseline() throws IOException {
    http = new OkHttpClient();
    return new ThingsMobileBaseline(http, base, Fixtures.TM_USERNAME, Fixtures.TM_TOKEN)
        .simStatus(Fixtures.TM_MSISDN);
  }

  /** @return the first overall report page */
  @Benchmark
  public Object horisenOverallPage_sdk() {
    HorisenClient c = SdkClients.horisen(base);
    client = c;
    return c.overallTrafficReportsPage(
        OverallTrafficRequest.builder(
                OffsetDateTime.parse("2024-10-01T00:00:00Z"),
                OffsetDateTime.parse("2024-10-31T00:00:00Z"))
            .grain(Grain.HOUR)
            .build(),
        1);
  }

  /**
   * @return the first overall report page
   * @throws IOException if it fails
   */
  @Benchmark
  public Object horisenOverallPage_baseline() throws IOException {
    http = new OkHttpClient();
    return new HorisenBaseline(http, base, Fixtures.HORISEN_TOKEN)
        .overallPage("2024-10-01T00:00:00Z", "2024-10-31T00:00:00Z", "hour", Fixtures.HORISEN_ROWS);
  }

  /** @return the first traffic information */
  @Benchmark
  public Object freebitTrafficInfo_sdk() {
    FreebitClient c = SdkClients.freebit(base);
    client = c;
    return c.getTrafficInfo(FreebitAccount.of(Fixtures.FREEBIT_ACCOUNT));
  }

  /**
   * @return the first traffic information
   * @throws IOException if it fails
   */
  @Benchmark
  public Object freebitTrafficInfo_baseline() throws IOException {
    http = new OkHttpClient();
    return new FreebitBaseline(http, base, Fixtures.FREEBIT_AUTH_KEY)
        .trafficInfo(FreebitAccount.of(Fixtures.FREEBIT_ACCOUNT));
  }

  /** @return the first last-MO-traffic answer */
  @Benchmark
  public Object m2mLastMoTraffic_sdk() {
    M2mIportalClient c = SdkClients.m2mIportal(base + Servers.M2M_PATH);
    client = c;
    return c.queryLastMoTraffic(Iccid.of(Fixtures.M2M_ICCID));
  }

  /**
   * @return the first last-MO-traffic answer
   * @throws IOException if it fails
   */
  @Benchmark
  public Object m2mLastMoTraffic_baseline() throws IOException {
    http = new OkHttpClient();
    return new M2mBaseline(
            http,
            base + Servers.M2M_PATH,
            Fixtures.M2M_USERNAME,
            Fixtures.M2M_PASSWORD,
            Fixtures.M2M_API_ID)
        .lastMoTraffic(Fixtures.M2M_ICCID);
  }
}
