package io.simbridge.benchmarks;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.SimRef;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.m2miportal.model.LastMoTraffic;
import io.simbridge.micrometer.MicrometerCallListener;
import io.simbridge.thingsmobile.ThingsMobileClient;
import io.simbridge.thingsmobile.model.SimInfo;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
 * What a metrics listener costs per call: the same simbridge call with a
 * {@link MicrometerCallListener} on a {@link SimpleMeterRegistry} ({@code *_metered}) and with no
 * listener ({@code *_plain}), against the same in-process canned server. Run the pairs alternately
 * with {@link PairedRunner} ({@code listener} suite). The {@code _plain} side is also what
 * {@link PerCallBenchmark}'s {@code *_sdk} side measures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ListenerBenchmark {
  private static final SimRef TM_SIM = SimRef.msisdn(Fixtures.TM_MSISDN);
  private static final Iccid M2M_SIM = Iccid.of(Fixtures.M2M_ICCID);

  private CannedServer server;
  private ThingsMobileClient thingsMobile;
  private ThingsMobileClient thingsMobileMetered;
  private M2mIportalClient m2m;
  private M2mIportalClient m2mMetered;

  /** Starts the server and both kinds of client. */
  @Setup
  public void setUp() {
    server = Servers.perCall();
    String base = server.baseUrl();
    MicrometerCallListener listener = new MicrometerCallListener(new SimpleMeterRegistry());
    thingsMobile = SdkClients.thingsMobile(base);
    thingsMobileMetered = SdkClients.thingsMobile(base, listener);
    m2m = SdkClients.m2mIportal(base + Servers.M2M_PATH);
    m2mMetered = SdkClients.m2mIportal(base + Servers.M2M_PATH, listener);
  }

  /** Closes the clients and stops the server. */
  @TearDown
  public void tearDown() {
    thingsMobile.close();
    thingsMobileMetered.close();
    m2m.close();
    m2mMetered.close();
    server.close();
  }

  /**
   * Things Mobile simStatus with no listener.
   *
   * @return the answer
   */
  @Benchmark
  public SimInfo tmSimStatus_plain() {
    return thingsMobile.simStatus(TM_SIM);
  }

  /**
   * Things Mobile simStatus recorded by Micrometer.
   *
   * @return the answer
   */
  @Benchmark
  public SimInfo tmSimStatus_metered() {
    return thingsMobileMetered.simStatus(TM_SIM);
  }

  /**
   * M2M iPortal last MO traffic with no listener.
   *
   * @return the answer
   */
  @Benchmark
  public Optional<LastMoTraffic> m2mLastMoTraffic_plain() {
    return m2m.queryLastMoTraffic(M2M_SIM);
  }

  /**
   * M2M iPortal last MO traffic recorded by Micrometer.
   *
   * @return the answer
   */
  @Benchmark
  public Optional<LastMoTraffic> m2mLastMoTraffic_metered() {
    return m2mMetered.queryLastMoTraffic(M2M_SIM);
  }
}
