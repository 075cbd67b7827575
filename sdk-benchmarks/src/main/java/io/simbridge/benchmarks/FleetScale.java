package io.simbridge.benchmarks;

import io.simbridge.core.Capability;
import io.simbridge.core.ProviderOperation;
import io.simbridge.core.config.ClientBuilder;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimStatus;
import io.simbridge.fleet.FleetResult;
import io.simbridge.fleet.RoutingRule;
import io.simbridge.fleet.SimFleet;
import io.simbridge.fleet.SimResult;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.freebit.model.FreebitOperation;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.horisen.model.HorisenOperation;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.m2miportal.model.M2mIportalOperation;
import io.simbridge.testkit.ProviderEmulator;
import io.simbridge.testkit.freebit.FreebitEmulator;
import io.simbridge.testkit.horisen.HorisenEmulator;
import io.simbridge.testkit.m2miportal.M2mIportalEmulator;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import io.simbridge.thingsmobile.ThingsMobileClient;
import io.simbridge.thingsmobile.model.ThingsMobileOperation;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads the state of 100,000 SIMs through one {@link SimFleet} holding the four providers, each
 * client pointed at its test-kit emulator in this JVM, with every call limit lifted: each client
 * gets {@code callInterval(op, Duration.ZERO)} for every operation of its enum, and the Things
 * Mobile emulator runs with {@code enforceCallLimits(false)} (the other three emulators enforce
 * none). Nothing waits on a clock, so the wall time is the work of the fleet, the clients and the
 * emulators, which share the JVM, its heap and its cores.
 *
 * <p><b>Which providers hold the SIMs.</b> Only Things Mobile (simStatus, or its SIM list) and
 * M2M iPortal (query_status) can read a SIM's state ({@link Capability#SIM_STATE}); HORISEN is a
 * traffic-report API with no SIMs and freebit reads traffic only. The SIMs are split evenly
 * between the two (Things Mobile takes the odd one); HORISEN and freebit are in the fleet (their
 * lanes, threads and routing cost what they cost) but hold none. The run checks this split
 * against the providers' declared capabilities and stops if it no longer matches.
 *
 * <p><b>How the emulators hold 100,000 SIMs.</b> No stub per SIM: both emulators answer every
 * request from one catch-all WireMock stub, computed from SIMs generated in memory by their
 * builders' {@code generatedSims(n)} (a map by MSISDN or ICCID), as {@link PagingAtCallLimit}
 * does; Things Mobile generates no CDRs ({@code cdrsPerSim(0)}). The SIMs are routed by two
 * prefix rules (MSISDN {@code 882361} to Things Mobile, ICCID {@code 894430000} to M2M
 * iPortal), not a registry entry per SIM.
 *
 * <p><b>Modes.</b> {@code listed} (the default) is {@link SimFleet#states} as a user gets it:
 * from 50 SIMs of one provider the fleet reads Things Mobile states from its SIM list (one
 * simListLite call per 500 SIMs, one at a time) and M2M iPortal one query_status per SIM, at
 * most {@code ProviderLimits.DEFAULT} (4) at once. {@code per-sim} sets
 * {@code listThreshold(Integer.MAX_VALUE)} so that every SIM is one call: the worst case.
 *
 * <p><b>Figures</b>, per round: provider calls (the emulators' request counts), wall time of
 * {@code states()}, calls/s, SIMs/s, the peak heap used (sampled every 5 ms: a lower bound; and
 * the sum of the heap pools' peaks after a reset: an upper bound, since pools peak at different
 * moments), the heap used after a GC before the round (emulators, SIM list, warm clients), and GC
 * time. Then the SIMs by provider and outcome (a state, or a failure by exception type), which
 * must name every SIM. One unreported warm-up round over at most 4,000 SIMs comes first. The
 * heap holds the emulators too, and how high it peaks depends on how the collector sizes it
 * under {@code -Xmx}: compare runs made with the same {@code -Xmx}.
 *
 * <pre>
 * java -Xmx1g -cp sdk-benchmarks/target/benchmarks.jar io.simbridge.benchmarks.FleetScale [sims] [rounds] [mode]
 * </pre>
 *
 * <p>{@code sims} defaults to 100000, {@code rounds} to 3 (the median is reported with each),
 * {@code mode} to {@code listed} ({@code per-sim} for one call per SIM).
 */
public final class FleetScale {
  private static final String THINGS_MOBILE = "thingsmobile";
  private static final String M2M = "m2miportal";
  static final Set<String> STATE_PROVIDERS = Set.of(THINGS_MOBILE, M2M);
  private static final int WARM_UP_SIMS = 4_000;

  private FleetScale() {}

  /**
   * One round's figures.
   *
   * @param sims          SIMs asked for
   * @param calls         requests the four emulators received, by provider id
   * @param rateLimited   rate-limit answers the emulators gave (0 with the limits lifted)
   * @param wall          wall time of {@code states()}
   * @param heapBefore    heap used after a GC, before the round, in bytes
   * @param peakSampled   highest heap use sampled during the round, in bytes
   * @param peakPools     sum of the heap pools' peak use during the round, in bytes
   * @param gcMillis      time the collectors reported spending during the round
   * @param outcomes      SIMs by "provider outcome", the outcome a state or a failure's type
   * @param failureSample one message per failure type
   */
  public record Round(
      int sims,
      Map<String, Integer> calls,
      int rateLimited,
      Duration wall,
      long heapBefore,
      long peakSampled,
      long peakPools,
      long gcMillis,
      Map<String, Long> outcomes,
      Map<String, String> failureSample) {

    /** @return requests received by all four emulators */
    public int totalCalls() {
      return calls.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return provider calls per second of wall time */
    public double callsPerSecond() {
      return totalCalls() / seconds(wall);
    }

    /** @return SIMs read per second of wall time */
    public double simsPerSecond() {
      return sims / seconds(wall);
    }
  }

  /** The four emulators, started, with the SIMs the fleet reads split between the two that hold SIMs. */
  private record Emulators(
      ThingsMobileEmulator thingsMobile,
      M2mIportalEmulator m2m,
      HorisenEmulator horisen,
      FreebitEmulator freebit)
      implements AutoCloseable {

    static Emulators start(int sims) {
      int m2mSims = sims / 2;
      // Things Mobile also lists its sandbox SIMs after the generated ones; they are never asked
      // for.
      ThingsMobileEmulator tm =
          ThingsMobileEmulator.builder()
              .generatedSims(sims - m2mSims)
              .cdrsPerSim(0)
              .creditRows(0)
              .enforceCallLimits(false)
              .build()
              .start();
      M2mIportalEmulator m2m =
          M2mIportalEmulator.builder().generatedSims(Math.max(1, m2mSims)).build().start();
      return new Emulators(
          tm,
          m2m,
          HorisenEmulator.builder().build().start(),
          FreebitEmulator.builder().keyLifetime(Duration.ofDays(1)).build().start());
    }

    List<ProviderEmulator<?>> all() {
      return List.of(thingsMobile, m2m, horisen, freebit);
    }

    /** @return the SIMs, Things Mobile's by MSISDN and M2M iPortal's by ICCID, interleaved */
    List<SimRef> sims(int count) {
      List<String> tm = thingsMobile.generatedMsisdns();
      List<String> m2mIccids = m2m.iccids();
      List<SimRef> out = new ArrayList<>(count);
      for (int i = 0; out.size() < count; i++) {
        if (i < tm.size()) {
          out.add(SimRef.msisdn(tm.get(i)));
        }
        if (i < m2mIccids.size() && out.size() < count) {
          out.add(SimRef.iccid(m2mIccids.get(i)));
        }
      }
      return out;
    }

    @Override
    public void close() {
      all().forEach(ProviderEmulator::close);
    }
  }

  /**
   * @param e    the started emulators
   * @param mode {@code listed} or {@code per-sim}
   * @return a fleet of the four providers, call limits lifted, routing the SIMs by prefix
   */
  private static SimFleet fleet(Emulators e, String mode) {
    ThingsMobileClient tm =
        lifted(ThingsMobileClient.builder(), ThingsMobileOperation.values())
            .baseUrl(e.thingsMobile().baseUrl())
            .username(e.thingsMobile().username())
            .token(e.thingsMobile().token())
            .build();
    M2mIportalClient m2m =
        lifted(M2mIportalClient.builder(), M2mIportalOperation.values())
            .baseUrl(e.m2m().baseUrl())
            .username(M2mIportalEmulator.USERNAME)
            .password(M2mIportalEmulator.PASSWORD)
            .apiId(M2mIportalEmulator.API_ID)
            .build();
    HorisenClient horisen =
        lifted(HorisenClient.builder(), HorisenOperation.values())
            .baseUrl(e.horisen().baseUrl())
            .tokenUrl(e.horisen().tokenUrl())
            .clientCredentials(e.horisen().clientId(), e.horisen().clientSecret())
            .build();
    FreebitClient freebit =
        lifted(FreebitClient.builder(), FreebitOperation.values())
            .baseUrl(e.freebit().baseUrl())
            .oemCredentials(FreebitEmulator.OEM_ID, FreebitEmulator.OEM_KEY)
            .build();
    SimFleet.Builder b =
        SimFleet.builder()
            .provider(tm.asSimProvider())
            .provider(m2m.asSimProvider())
            .provider(horisen.asSimProvider())
            .provider(freebit.asSimProvider())
            .route(RoutingRule.msisdnPrefix("882361", THINGS_MOBILE))
            .route(RoutingRule.iccidPrefix("894430000", M2M));
    if (mode.equals("per-sim")) {
      b.listThreshold(Integer.MAX_VALUE);
    }
    SimFleet fleet = b.build();
    Set<String> reading = new TreeSet<>();
    fleet
        .providerIds()
        .forEach(
            id -> {
              if (fleet.provider(id).orElseThrow().supports(Capability.SIM_STATE)) {
                reading.add(id);
              }
            });
    if (!reading.equals(STATE_PROVIDERS)) {
      fleet.close();
      throw new IllegalStateException(
          "the providers that read states are now "
              + reading
              + ", not "
              + STATE_PROVIDERS
              + ": spread the SIMs across them");
    }
    return fleet;
  }

  /** Lifts the call interval of every operation of a client. */
  private static <B extends ClientBuilder<B>> B lifted(B builder, ProviderOperation[] operations) {
    for (ProviderOperation op : operations) {
      builder.callInterval(op, Duration.ZERO);
    }
    return builder;
  }

  /**
   * Reads the states of {@code sims} once and measures it.
   *
   * @param fleet the fleet
   * @param e     its emulators
   * @param sims  the SIMs
   * @return the round's figures
   */
  private static Round round(SimFleet fleet, Emulators e, List<SimRef> sims) {
    Map<ProviderEmulator<?>, Integer> callsBefore = new LinkedHashMap<>();
    e.all().forEach(x -> callsBefore.put(x, x.totalRequests()));
    int rateLimitedBefore = e.all().stream().mapToInt(ProviderEmulator::rateLimitAnswers).sum();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    List<MemoryPoolMXBean> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    long gcBefore = gcMillis();
    FleetResult<SimResult<SimStatus>> result;
    long wall;
    try (HeapSampler sampler = new HeapSampler(memory)) {
      long start = System.nanoTime();
      result = fleet.states(sims);
      wall = System.nanoTime() - start;
      long gcDuring = gcMillis() - gcBefore;
      long peakPools = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      if (result.size() != sims.size() || result.interrupted()) {
        throw new IllegalStateException(
            "expected an outcome for each of "
                + sims.size()
                + " SIMs, got "
                + result.size()
                + (result.interrupted() ? " (interrupted)" : ""));
      }
      Map<String, Integer> calls = new LinkedHashMap<>();
      callsBefore.forEach((x, before) -> calls.put(x.providerId(), x.totalRequests() - before));
      int rateLimited =
          e.all().stream().mapToInt(ProviderEmulator::rateLimitAnswers).sum() - rateLimitedBefore;
      Map<String, String> failureSample = new LinkedHashMap<>();
      result.stream()
          .filter(r -> !r.isSuccess())
          .forEach(
              r ->
                  failureSample.putIfAbsent(
                      r.error().orElseThrow().getClass().getSimpleName(),
                      String.valueOf(r.error().orElseThrow().getMessage())));
      return new Round(
          sims.size(),
          calls,
          rateLimited,
          Duration.ofNanos(wall),
          heapBefore,
          sampler.peak(),
          peakPools,
          gcDuring,
          result.countBy(FleetScale::outcome),
          failureSample);
    }
  }

  /** The provider and outcome of one SIM: its state, or "failed" and the error's type. */
  private static String outcome(SimResult<SimStatus> r) {
    String provider = r.provider().orElse("(unrouted)");
    return r.isSuccess()
        ? provider + " " + r.value().orElseThrow().state()
        : provider + " failed: " + r.error().orElseThrow().getClass().getSimpleName();
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .filter(t -> t > 0)
        .sum();
  }

  /** Polls the heap use every 5 ms on a daemon thread, keeping the highest value seen. */
  private static final class HeapSampler implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler(MemoryMXBean memory) {
      peak.set(memory.getHeapMemoryUsage().getUsed());
      thread =
          new Thread(
              () -> {
                while (running) {
                  peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  try {
                    Thread.sleep(5);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    long peak() {
      return peak.get();
    }

    @Override
    public void close() {
      running = false;
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * @param args {@code [sims] [rounds] [mode]}: 100000, 3 and {@code listed} by default
   */
  public static void main(String[] args) {
    int sims = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    String mode = args.length > 2 ? args[2] : "listed";
    if (sims < 2 || rounds < 1 || !(mode.equals("listed") || mode.equals("per-sim"))) {
      throw new IllegalArgumentException(
          "usage: FleetScale [sims >= 2] [rounds >= 1] [listed|per-sim]");
    }
    long setupStart = System.nanoTime();
    try (Emulators emulators = Emulators.start(sims);
        SimFleet fleet = fleet(emulators, mode)) {
      List<SimRef> all = emulators.sims(sims);
      Duration setup = Duration.ofNanos(System.nanoTime() - setupStart);
      round(fleet, emulators, emulators.sims(Math.min(sims, WARM_UP_SIMS)));
      Round[] runs = new Round[rounds];
      for (int i = 0; i < rounds; i++) {
        runs[i] = round(fleet, emulators, all);
        System.out.println(
            "round "
                + (i + 1)
                + ": calls "
                + runs[i].calls()
                + ", wall "
                + runs[i].wall().toMillis()
                + " ms");
      }
      FleetScaleReport.print(runs, fleet, setup, mode);
    }
  }

  /** Seconds, fractional: the unit of the rounds' rates and of the report's wall times. */
  static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}
