package io.simbridge.benchmarks;

import io.simbridge.benchmarks.FleetScale.Round;
import io.simbridge.fleet.SimFleet;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Prints the figures of {@link FleetScale}'s rounds: the set-up line, a table with a row per round
 * and their median, and the SIMs by provider and outcome. Apart from the benchmark so that what it
 * measures and how the figures are laid out read separately.
 */
final class FleetScaleReport {
  private static final long MIB = 1024 * 1024;

  private FleetScaleReport() {}

  /**
   * @param runs  the measured rounds, at least one
   * @param fleet the fleet they read
   * @param setup how long starting the emulators and generating the SIMs took
   * @param mode  {@code listed} or {@code per-sim}
   */
  static void print(Round[] runs, SimFleet fleet, Duration setup, String mode) {
    Round first = runs[0];
    System.out.printf(
        Locale.ROOT,
        "%nFleet states(), mode %s: %d SIMs over %d providers in the fleet (%s hold them)."
            + " Emulator start and SIM generation: %d ms.%n",
        mode,
        first.sims(),
        fleet.providerIds().size(),
        String.join(", ", new TreeSet<>(FleetScale.STATE_PROVIDERS)),
        setup.toMillis());
    System.out.printf(
        Locale.ROOT,
        "JVM heap max: %d MiB (Runtime.maxMemory; -Xmx given: %s); %d processors%n%n",
        mib(Runtime.getRuntime().maxMemory()),
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> a.startsWith("-Xmx"))
            .findFirst()
            .orElse("none"),
        Runtime.getRuntime().availableProcessors());
    System.out.println(
        "| round | SIMs | provider calls | wall (s) | calls/s | SIMs/s | peak heap sampled (MiB)"
            + " | peak heap, sum of pools (MiB) | heap before (MiB) | GC (ms) | rate-limit answers |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int i = 0; i < runs.length; i++) {
      Round r = runs[i];
      System.out.printf(
          Locale.ROOT,
          "| %d | %d | %d | %.3f | %.0f | %.0f | %d | %d | %d | %d | %d |%n",
          i + 1,
          r.sims(),
          r.totalCalls(),
          FleetScale.seconds(r.wall()),
          r.callsPerSecond(),
          r.simsPerSecond(),
          mib(r.peakSampled()),
          mib(r.peakPools()),
          mib(r.heapBefore()),
          r.gcMillis(),
          r.rateLimited());
    }
    System.out.printf(
        Locale.ROOT,
        "| median | %d | %.0f | %.3f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |%n",
        first.sims(),
        median(runs, Round::totalCalls),
        median(runs, r -> FleetScale.seconds(r.wall())),
        median(runs, Round::callsPerSecond),
        median(runs, Round::simsPerSecond),
        median(runs, r -> mib(r.peakSampled())),
        median(runs, r -> mib(r.peakPools())),
        median(runs, r -> mib(r.heapBefore())),
        median(runs, Round::gcMillis),
        median(runs, Round::rateLimited));
    System.out.println();
    System.out.println("Provider calls by provider (round 1): " + first.calls());
    System.out.println();
    System.out.println("| provider and outcome | SIMs |");
    System.out.println("|---|---:|");
    first.outcomes().forEach((k, n) -> System.out.println("| " + k + " | " + n + " |"));
    long total = first.outcomes().values().stream().mapToLong(Long::longValue).sum();
    System.out.println("| total | " + total + " |");
    if (first.failureSample().isEmpty()) {
      System.out.println("\nFailures: none");
    } else {
      System.out.println("\nFailures by type (one message each):");
      first
          .failureSample()
          .forEach((type, message) -> System.out.println("- " + type + ": " + message));
    }
    boolean same =
        Arrays.stream(runs)
            .allMatch(
                r -> r.outcomes().equals(first.outcomes()) && r.calls().equals(first.calls()));
    System.out.println("Outcomes and calls identical in every round: " + same);
  }

  private static double median(Round[] runs, ToDoubleFunction<Round> figure) {
    return PairedRunner.median(Arrays.stream(runs).mapToDouble(figure).toArray());
  }

  /** Whole MiB, rounded down, the same in the rounds' rows and their median. */
  private static long mib(long bytes) {
    return bytes / MIB;
  }
}
