package io.simbridge.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs each simbridge benchmark and its hand-written baseline alternately, one fresh JVM (fork)
 * at a time, for several rounds: {@code sdk, baseline} in odd rounds, {@code baseline, sdk} in
 * even ones. On a shared machine whose load drifts, the two sides of a round are measured
 * seconds apart under the same load, so the ratio of a round is steadier than the ratio of two
 * scores measured minutes apart. Prints, per pair, the median time per operation of each side,
 * the median of the per-round ratios with their range, the same for the CPU time the JVM spent per
 * operation ({@link CpuTimeProfiler}), and the median allocation per operation.
 *
 * <pre>
 * java -cp sdk-benchmarks/target/benchmarks.jar io.simbridge.benchmarks.PairedRunner percall [rounds] [out.md]
 * java -cp sdk-benchmarks/target/benchmarks.jar io.simbridge.benchmarks.PairedRunner coldstart [rounds] [out.md]
 * java -cp sdk-benchmarks/target/benchmarks.jar io.simbridge.benchmarks.PairedRunner listener [rounds] [out.md]
 * </pre>
 *
 * <p>The {@code listener} suite pairs simbridge with a Micrometer listener ({@code _metered})
 * against simbridge with none ({@code _plain}): {@link ListenerBenchmark}.
 */
public final class PairedRunner {
  private static final String ALLOC = "gc.alloc.rate.norm";
  private static final String CPU = "cpu.time.norm";
  private static final List<String> PAIRS =
      List.of("tmSimStatus", "horisenOverallPage", "freebitTrafficInfo", "m2mLastMoTraffic");

  /**
   * Per-call warm-up, 1 s each: {@code -Dpaired.warmup=N}, 5 by default. With the benchmark keeping
   * both cores busy, C2 is still compiling after 5 s and its CPU lands in the measurement
   * (docs/performance.md, "JIT tail"); 20 reaches the steady state on the 2-core machine.
   */
  private static final int WARMUP_ITERATIONS = Integer.getInteger("paired.warmup", 5);

  private static final List<String> LISTENER_PAIRS = List.of("tmSimStatus", "m2mLastMoTraffic");

  private PairedRunner() {}

  /**
   * @param args {@code percall|coldstart|listener [rounds] [output file] [pair...]}
   * @throws RunnerException if JMH fails
   * @throws IOException     if the report cannot be written
   */
  public static void main(String[] args) throws RunnerException, IOException {
    if (args.length < 1 || !List.of("percall", "coldstart", "listener").contains(args[0])) {
      System.err.println(
          "usage: PairedRunner percall|coldstart|listener [rounds] [output.md] [pair...]");
      System.exit(2);
    }
    boolean listener = args[0].equals("listener");
    boolean perCall = args[0].equals("percall") || listener;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : perCall ? 5 : 15;
    Path out =
        Path.of(args.length > 2 ? args[2] : "sdk-benchmarks/target/paired-" + args[0] + ".md");
    List<String> pairs =
        args.length > 3
            ? Arrays.asList(args).subList(3, args.length)
            : listener ? LISTENER_PAIRS : PAIRS;
    Class<?> suite =
        listener
            ? ListenerBenchmark.class
            : perCall ? PerCallBenchmark.class : ColdStartBenchmark.class;
    // The side measured first in odd rounds, and the one it is divided by.
    String sdk = listener ? "metered" : "sdk";
    String base = listener ? "plain" : "baseline";

    Map<String, List<Sample>> samples = new LinkedHashMap<>();
    for (int round = 1; round <= rounds; round++) {
      for (String pair : pairs) {
        List<String> order = round % 2 == 1 ? List.of(sdk, base) : List.of(base, sdk);
        for (String side : order) {
          String name = pair + "_" + side;
          Sample s = run(suite, name, perCall);
          samples.computeIfAbsent(name, k -> new ArrayList<>()).add(s);
          System.out.printf(
              Locale.ROOT,
              "round %d/%d  %-30s %12.3f %s  cpu %12.3f us/op  %10.0f B/op%n",
              round,
              rounds,
              name,
              s.score,
              s.unit,
              s.cpu,
              s.alloc);
        }
      }
    }
    String report = report(suite.getSimpleName(), rounds, pairs, samples, sdk, base);
    System.out.println();
    System.out.println(report);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println("written to " + out);
  }

  private static Sample run(Class<?> suite, String benchmark, boolean perCall)
      throws RunnerException {
    ChainedOptionsBuilder o =
        new OptionsBuilder()
            .include(suite.getName() + "\\." + benchmark + "$")
            .forks(1)
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT)
            .addProfiler(CpuTimeProfiler.class);
    if (perCall) {
      o.warmupIterations(WARMUP_ITERATIONS)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(5)
          .measurementTime(TimeValue.seconds(1))
          .addProfiler(GCProfiler.class);
    }
    Collection<RunResult> results = new Runner(o.build()).run();
    if (results.size() != 1) {
      throw new IllegalStateException(benchmark + " gave " + results.size() + " results");
    }
    RunResult r = results.iterator().next();
    Result<?> alloc = r.getSecondaryResults().get(ALLOC);
    Result<?> cpu = r.getSecondaryResults().get(CPU);
    return new Sample(
        r.getPrimaryResult().getScore(),
        r.getPrimaryResult().getScoreUnit(),
        cpu == null ? Double.NaN : cpu.getScore(),
        alloc == null ? Double.NaN : alloc.getScore());
  }

  private static String report(
      String suite,
      int rounds,
      List<String> pairs,
      Map<String, List<Sample>> samples,
      String sdkSide,
      String baseSide) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%s, %d alternating rounds (one fork per side per round%s)%n%n",
            suite,
            rounds,
            suite.equals(ColdStartBenchmark.class.getSimpleName())
                ? ", one single shot per fork"
                : "; " + WARMUP_ITERATIONS + " x 1 s warm-up, 5 x 1 s measured"));
    b.append(
        String.format(
            Locale.ROOT,
            "| pair | time: %1$s | time: %2$s | time ratio, median [range] | CPU: %1$s | "
                + "CPU: %2$s | CPU ratio, median [range] | alloc: %1$s | alloc: %2$s | time spread %1$s / %2$s |%n",
            sdkSide,
            baseSide));
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String pair : pairs) {
      List<Sample> sdk = samples.get(pair + "_" + sdkSide);
      List<Sample> base = samples.get(pair + "_" + baseSide);
      double[] ratios = new double[sdk.size()];
      double[] cpuRatios = new double[sdk.size()];
      for (int i = 0; i < ratios.length; i++) {
        ratios[i] = sdk.get(i).score / base.get(i).score;
        cpuRatios[i] = sdk.get(i).cpu / base.get(i).cpu;
      }
      String unit = sdk.get(0).unit;
      b.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f %s | %.1f %s | %.3f [%.3f – %.3f] | %.1f us | %.1f us | "
                  + "%.3f [%.3f – %.3f] | %s | %s | ±%.0f%% / ±%.0f%% |%n",
              pair,
              median(scores(sdk)),
              unit,
              median(scores(base)),
              unit,
              median(ratios),
              min(ratios),
              max(ratios),
              median(cpus(sdk)),
              median(cpus(base)),
              median(cpuRatios),
              min(cpuRatios),
              max(cpuRatios),
              bytes(median(allocs(sdk))),
              bytes(median(allocs(base))),
              halfRangePercent(scores(sdk)),
              halfRangePercent(scores(base))));
    }
    b.append("\nPer round (").append(sdkSide).append(" / ").append(baseSide).append("):\n\n");
    for (String pair : pairs) {
      List<Sample> sdk = samples.get(pair + "_" + sdkSide);
      List<Sample> base = samples.get(pair + "_" + baseSide);
      b.append("- ").append(pair).append(':');
      for (int i = 0; i < sdk.size(); i++) {
        b.append(
            String.format(
                Locale.ROOT,
                " %.1f/%.1f (cpu %.1f/%.1f)",
                sdk.get(i).score,
                base.get(i).score,
                sdk.get(i).cpu,
                base.get(i).cpu));
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String bytes(double b) {
    return Double.isNaN(b)
        ? "n/a"
        : b >= 10_240
            ? String.format(Locale.ROOT, "%.0f KiB", b / 1024)
            : String.format(Locale.ROOT, "%.0f B", b);
  }

  private static double[] scores(List<Sample> s) {
    return s.stream().mapToDouble(x -> x.score).toArray();
  }

  private static double[] cpus(List<Sample> s) {
    return s.stream().mapToDouble(x -> x.cpu).toArray();
  }

  private static double[] allocs(List<Sample> s) {
    return s.stream().mapToDouble(x -> x.alloc).toArray();
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static double min(double[] v) {
    return Arrays.stream(v).min().orElse(Double.NaN);
  }

  private static double max(double[] v) {
    return Arrays.stream(v).max().orElse(Double.NaN);
  }

  /** Half the range (max - min) as a percentage of the median: the noise between rounds. */
  private static double halfRangePercent(double[] v) {
    return (max(v) - min(v)) / 2 / median(v) * 100;
  }

  private record Sample(double score, String unit, double cpu, double alloc) {}
}
