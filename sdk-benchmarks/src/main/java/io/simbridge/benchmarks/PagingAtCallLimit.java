package io.simbridge.benchmarks;

import io.simbridge.core.time.ManualClock;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import io.simbridge.thingsmobile.ThingsMobileClient;
import io.simbridge.thingsmobile.model.SimListItem;
import io.simbridge.thingsmobile.model.SimListQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * Lists 10,000 Things Mobile SIMs (20 pages of 500) through {@link ThingsMobileClient#allSims}
 * against the test kit's {@link ThingsMobileEmulator} with its call limits on, simbridge keeping
 * the documented 1-second simListLite interval. Client and emulator share one
 * {@link ManualClock}, so the waits cost no real time: the virtual time is the time a real
 * listing would take at the call limit, the wall time what the work itself costs.
 *
 * <p>The API returns no total, so a full page may have a successor: after the 20th (full) page
 * the iteration asks for a 21st, which comes back empty. Both the time to the 10,000th SIM and the
 * time to the end of the iteration are reported, against the bound the interval implies for the
 * calls made: (calls - 1) x 1 s.
 *
 * <pre>
 * java -cp sdk-benchmarks/target/benchmarks.jar io.simbridge.benchmarks.PagingAtCallLimit [rounds]
 * </pre>
 */
public final class PagingAtCallLimit {
  /** SIMs to list: the emulator's four visible sandbox SIMs plus the generated ones. */
  public static final int SIMS = 10_000;

  private static final int SANDBOX_SIMS = 4;
  private static final Duration INTERVAL = Duration.ofSeconds(1);

  private PagingAtCallLimit() {}

  /**
   * One listing's figures.
   *
   * @param sims             SIMs listed
   * @param calls            simListLite calls the emulator received
   * @param rateLimited      rate-limit answers (error 60) the emulator gave
   * @param virtualToLast    virtual time from the first call to the 10,000th SIM
   * @param virtualTotal     virtual time from the first call to the end of the iteration
   * @param wallToLast       wall time to the 10,000th SIM
   * @param wallTotal        wall time to the end of the iteration
   */
  public record Listing(
      int sims,
      int calls,
      int rateLimited,
      Duration virtualToLast,
      Duration virtualTotal,
      Duration wallToLast,
      Duration wallTotal) {}

  /**
   * @param emulator a started emulator with {@link #SIMS} visible SIMs, on {@code clock}
   * @param clock    the clock shared with the emulator
   * @return the figures of one listing from a fresh client
   */
  public static Listing list(ThingsMobileEmulator emulator, ManualClock clock) {
    emulator.reset();
    // Far from any earlier call, so the first call has nothing to wait for.
    clock.advance(Duration.ofHours(1));
    try (ThingsMobileClient client =
        ThingsMobileClient.builder()
            .baseUrl(emulator.baseUrl())
            .username(emulator.username())
            .token(emulator.token())
            .clock(clock)
            .sleeper(clock)
            .build()) {
      Instant virtualStart = clock.instant();
      long wallStart = System.nanoTime();
      Iterator<SimListItem> sims = client.allSims(SimListQuery.ALL).iterator();
      int n = 0;
      Duration virtualToLast = null;
      long wallToLast = 0;
      while (sims.hasNext()) {
        sims.next();
        if (++n == SIMS) {
          virtualToLast = Duration.between(virtualStart, clock.instant());
          wallToLast = System.nanoTime() - wallStart;
        }
      }
      long wallTotal = System.nanoTime() - wallStart;
      return new Listing(
          n,
          emulator.requests("simListLite"),
          emulator.rateLimitAnswers(),
          virtualToLast,
          Duration.between(virtualStart, clock.instant()),
          Duration.ofNanos(wallToLast),
          Duration.ofNanos(wallTotal));
    }
  }

  /**
   * @param clock the time its call limits count in
   * @return an emulator with {@link #SIMS} visible SIMs and call limits on, not started
   */
  public static ThingsMobileEmulator emulator(ManualClock clock) {
    return ThingsMobileEmulator.builder()
        .clock(clock)
        .generatedSims(SIMS - SANDBOX_SIMS)
        .cdrsPerSim(0)
        .build();
  }

  /**
   * @param args {@code [rounds]}, 5 by default (plus one unreported warm-up listing)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    try (ThingsMobileEmulator emulator = emulator(clock).start()) {
      list(emulator, clock);
      Listing[] runs = new Listing[rounds];
      for (int i = 0; i < rounds; i++) {
        runs[i] = list(emulator, clock);
        System.out.println("round " + (i + 1) + ": " + runs[i]);
      }
      Listing l = runs[0];
      double wallToLast =
          median(Arrays.stream(runs).mapToDouble(r -> r.wallToLast().toMillis()).toArray());
      double wallTotal =
          median(Arrays.stream(runs).mapToDouble(r -> r.wallTotal().toMillis()).toArray());
      long pages = (SIMS + 499) / 500;
      Duration boundPages = INTERVAL.multipliedBy(pages - 1);
      Duration boundCalls = INTERVAL.multipliedBy(l.calls() - 1);
      System.out.printf(
          Locale.ROOT,
          "%nSIMs listed: %d; simListLite calls: %d; rate-limit answers: %d%n",
          l.sims(),
          l.calls(),
          l.rateLimited());
      System.out.printf(
          Locale.ROOT,
          "virtual time to the %dth SIM: %.3f s; bound for %d pages at 1 s: %d s; ratio %.3f%n",
          SIMS,
          seconds(l.virtualToLast()),
          pages,
          boundPages.toSeconds(),
          seconds(l.virtualToLast()) / boundPages.toSeconds());
      System.out.printf(
          Locale.ROOT,
          "virtual time to the end of the iteration: %.3f s; ratio to the %d-page bound %.3f;"
              + " bound for the %d calls made: %d s, ratio %.3f%n",
          seconds(l.virtualTotal()),
          pages,
          seconds(l.virtualTotal()) / boundPages.toSeconds(),
          l.calls(),
          boundCalls.toSeconds(),
          seconds(l.virtualTotal()) / boundCalls.toSeconds());
      System.out.printf(
          Locale.ROOT,
          "wall time (median of %d): %.0f ms to the %dth SIM, %.0f ms to the end%n",
          rounds,
          wallToLast,
          SIMS,
          wallTotal);
      boolean same =
          Arrays.stream(runs)
              .allMatch(
                  r ->
                      r.virtualTotal().equals(l.virtualTotal())
                          && r.rateLimited() == l.rateLimited()
                          && r.calls() == l.calls()
                          && r.sims() == l.sims());
      System.out.println("virtual figures identical in every round: " + same);
    }
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  private static double median(double[] v) {
    return PairedRunner.median(v);
  }
}
