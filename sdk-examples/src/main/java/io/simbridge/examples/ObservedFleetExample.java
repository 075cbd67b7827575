package io.simbridge.examples;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.simbridge.micrometer.MicrometerCallListener;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The mixed-fleet example with metrics: every client reports its calls to a
 * {@link MicrometerCallListener} on a {@link SimpleMeterRegistry}, and the meters recorded during
 * the run are printed afterwards (with Prometheus or any other registry, the same meters are
 * exported instead). Against the emulators, times are on their fast-forward clock: a 5 s
 * call-limit wait shows as 5 s but passes instantly.
 */
public final class ObservedFleetExample {
  private ObservedFleetExample() {}

  /**
   * @param args none
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    try (ExampleEnvironment env = new ExampleEnvironment(System.getenv())) {
      run(env, System.out);
    }
  }

  static void run(ExampleEnvironment env, PrintStream out) {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    env.listen(new MicrometerCallListener(registry));
    MixedFleetExample.run(env, out);

    Table.heading(out, "Metrics recorded during the mixed-fleet run");
    Table table = Table.of("meter", "provider", "operation", "other tags", "count", "total", "max");
    registry.getMeters().stream()
        .sorted(
            Comparator.comparing((Meter m) -> m.getId().getName())
                .thenComparing(m -> tag(m, "provider"))
                .thenComparing(m -> tag(m, "operation"))
                .thenComparing(m -> m.getId().getTags().toString()))
        .forEach(
            m -> {
              String others =
                  m.getId().getTags().stream()
                      .filter(
                          t -> !t.getKey().equals("provider") && !t.getKey().equals("operation"))
                      .map(t -> t.getKey() + "=" + t.getValue())
                      .collect(Collectors.joining(", "));
              if (m instanceof Timer t) {
                table.row(
                    m.getId().getName(),
                    tag(m, "provider"),
                    tag(m, "operation"),
                    others,
                    t.count(),
                    seconds(t.totalTime(TimeUnit.MILLISECONDS)),
                    seconds(t.max(TimeUnit.MILLISECONDS)));
              } else if (m instanceof Counter c) {
                table.row(
                    m.getId().getName(),
                    tag(m, "provider"),
                    tag(m, "operation"),
                    others,
                    (long) c.count(),
                    "",
                    "");
              }
            });
    table.print(out);
  }

  private static String tag(Meter m, String key) {
    String v = m.getId().getTag(key);
    return v == null ? "" : v;
  }

  private static String seconds(double millis) {
    return String.format(Locale.ROOT, "%.3f s", millis / 1000);
  }
}
