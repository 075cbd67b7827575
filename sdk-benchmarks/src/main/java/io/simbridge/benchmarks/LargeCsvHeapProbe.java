package io.simbridge.benchmarks;

import io.simbridge.benchmarks.baseline.CsvBaseline;
import io.simbridge.horisen.HorisenClient;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Finds the smallest heap ({@code -Xmx}) each way of reading the 1,000,000-row CSV report needs,
 * by running it once in fresh JVMs with growing heaps (64, 96, 128, 192, 256, 384, 512, 768 MiB,
 * 1 GiB), the canned server in the same JVM. A run fails on {@link OutOfMemoryError}.
 *
 * <pre>
 * java -cp sdk-benchmarks/target/benchmarks.jar io.simbridge.benchmarks.LargeCsvHeapProbe [rows]
 * </pre>
 */
public final class LargeCsvHeapProbe {
  private static final int[] HEAPS_MIB = {64, 96, 128, 192, 256, 384, 512, 768, 1024};
  private static final List<String> MODES =
      List.of("sdkStreamed", "baselineStreamed", "baselineWholeBody");

  private LargeCsvHeapProbe() {}

  /**
   * @param args {@code [rows]} to probe, or {@code child MODE ROWS} (used by the probe itself)
   * @throws Exception if a child cannot be run
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("child")) {
      System.exit(child(args[1], Long.parseLong(args[2])));
    }
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    StringBuilder table =
        new StringBuilder(
            """
        | reader | smallest -Xmx that finishes | failures below it | time at that heap |
        |---|---:|---|---:|
        """);
    for (String mode : MODES) {
      List<String> failures = new ArrayList<>();
      String found = "none up to 1 GiB";
      String time = "";
      for (int heap : HEAPS_MIB) {
        Process p =
            new ProcessBuilder(
                    java,
                    "-Xmx" + heap + "m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    LargeCsvHeapProbe.class.getName(),
                    "child",
                    mode,
                    Long.toString(rows))
                .redirectErrorStream(true)
                .start();
        String output =
            new String(p.getInputStream().readAllBytes(), Charset.defaultCharset()).strip();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
          p.destroyForcibly();
        }
        String last = output.isEmpty() ? "" : output.substring(output.lastIndexOf('\n') + 1);
        System.out.printf(
            Locale.ROOT, "%-18s -Xmx%-5dm exit %d  %s%n", mode, heap, p.exitValue(), last);
        if (p.exitValue() == 0) {
          found = heap + " MiB";
          time = last;
          break;
        }
        failures.add(
            heap
                + " MiB ("
                + (p.exitValue() == 3 ? "OutOfMemoryError" : "exit " + p.exitValue())
                + ")");
      }
      table
          .append("| ")
          .append(mode)
          .append(" | ")
          .append(found)
          .append(" | ")
          .append(failures.isEmpty() ? "-" : String.join(", ", failures))
          .append(" | ")
          .append(time)
          .append(" |\n");
    }
    System.out.println();
    System.out.println(table);
  }

  private static int child(String mode, long rows) throws IOException {
    Blackhole bh =
        new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    try (CannedServer server = Servers.csv(new Fixtures.Csv(rows));
        HorisenClient horisen = SdkClients.horisen(server.baseUrl())) {
      OkHttpClient http = new OkHttpClient();
      CsvBaseline baseline = new CsvBaseline(http, server.baseUrl(), Fixtures.HORISEN_TOKEN);
      long start = System.nanoTime();
      long n =
          switch (mode) {
            case "sdkStreamed" -> LargeCsvBenchmark.sdk(horisen, bh);
            case "baselineStreamed" -> baseline.stream(bh::consume);
            case "baselineWholeBody" -> baseline.readWholeBody(bh::consume);
            default -> throw new IllegalArgumentException(mode);
          };
      long ms = (System.nanoTime() - start) / 1_000_000;
      http.dispatcher().executorService().shutdown();
      if (n != rows) {
        System.out.println("read " + n + " rows of " + rows);
        return 1;
      }
      System.out.printf(
          Locale.ROOT, "%d rows in %d ms (first run, cold): %.0f rows/s%n", n, ms, n * 1000.0 / ms);
      return 0;
    } catch (OutOfMemoryError e) {
      System.out.println("OutOfMemoryError: " + e.getMessage());
      return 3;
    } catch (RuntimeException e) {
      System.out.println(e);
      return e.getCause() instanceof OutOfMemoryError ? 3 : 1;
    }
  }
}
