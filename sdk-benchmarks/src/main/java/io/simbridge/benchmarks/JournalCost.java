package io.simbridge.benchmarks;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.model.SimRef;
import io.simbridge.fleet.RoutingRule;
import io.simbridge.fleet.SimFleet;
import io.simbridge.jobs.BulkJobs;
import io.simbridge.jobs.JobSpec;
import io.simbridge.jobs.JobStore;
import io.simbridge.jobs.JobWrite;
import io.simbridge.jobs.RowState;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What the durable journal of {@code sdk-jobs} costs per SIM: a bulk job over SIMs whose provider
 * answers at once (a write that does nothing), so that all the time is the journal's: the row
 * committed IN_FLIGHT, then its outcome committed, plus its share of the submission. Measured on
 * the embedded SQLite file (synchronous=FULL, each commit reaches the disk) and on PostgreSQL (an
 * embedded server started from the Maven artifacts, or the one at the JDBC URL given).
 *
 * <pre>
 * java -cp sdk-benchmarks/target/benchmarks.jar io.simbridge.benchmarks.JournalCost [sims] [rounds] [jdbc-url]
 * </pre>
 *
 * <p>Prints, per store, the median and best of {@code rounds} runs after one warm-up run: run
 * time per SIM, submission time per SIM, and the journal's share of a bulk run whose provider
 * answers in 50 ms.
 */
public final class JournalCost {
  private static final double PROVIDER_MS = 50;

  private JournalCost() {}

  /**
   * @param args SIMs per job (default 2,000), measured rounds (default 5), and optionally a
   *             PostgreSQL JDBC URL
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int sims = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dir = Files.createTempDirectory("journal-cost");
    System.out.printf(
        Locale.ROOT,
        "journal cost per SIM, %d SIMs per job, median (best) of %d rounds%n",
        sims,
        rounds);
    System.out.println(
        "| store | run, ms per SIM | submit, ms per SIM | share of a 50 ms provider call |");
    System.out.println("|---|---|---|---|");
    measure("SQLite file", "jdbc:sqlite:" + dir.resolve("jobs.db"), sims, rounds);
    if (args.length > 2) {
      measure("PostgreSQL", args[2], sims, rounds);
    } else {
      try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
        measure(
            "PostgreSQL (embedded, loopback)",
            "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres?user=postgres",
            sims,
            rounds);
      }
    }
  }

  private static void measure(String label, String url, int sims, int rounds) {
    List<SimRef> refs =
        IntStream.range(0, sims)
            .mapToObj(i -> SimRef.msisdn(String.valueOf(882_361_000_000_000L + i)))
            .toList();
    List<Double> run = new ArrayList<>();
    List<Double> submit = new ArrayList<>();
    try (JobStore store = JobStore.jdbc(url);
        SimFleet fleet =
            SimFleet.builder()
                .provider(new InstantProvider())
                .route(RoutingRule.msisdnPrefix("88236", "instant"))
                .build()) {
      BulkJobs jobs = BulkJobs.builder().store(store).fleet(fleet).build();
      for (int r = 0; r <= rounds; r++) {
        String name = "cost-" + System.nanoTime();
        long t0 = System.nanoTime();
        jobs.submit(new JobSpec(name, refs, JobWrite.suspend()));
        long t1 = System.nanoTime();
        int done = jobs.run(name).count(RowState.DONE);
        long t2 = System.nanoTime();
        if (done != sims) {
          throw new IllegalStateException(done + " of " + sims + " rows done");
        }
        if (r > 0) {
          submit.add((t1 - t0) / 1e6 / sims);
          run.add((t2 - t1) / 1e6 / sims);
        }
      }
    }
    Collections.sort(run);
    Collections.sort(submit);
    double median = run.get(run.size() / 2);
    System.out.printf(
        Locale.ROOT,
        "| %s | %.3f (%.3f) | %.3f (%.3f) | %.1f%% |%n",
        label,
        median,
        run.get(0),
        submit.get(submit.size() / 2),
        submit.get(0),
        100
            * (median + submit.get(submit.size() / 2))
            / (PROVIDER_MS + median + submit.get(submit.size() / 2)));
  }

  /** A provider whose suspend returns at once: the journal's cost is all that is measured. */
  private static final class InstantProvider implements SimProvider {
    @Override
    public String providerId() {
      return "instant";
    }

    @Override
    public Set<Capability> capabilities() {
      return Set.of(Capability.SUSPEND);
    }

    @Override
    public void suspend(SimRef sim) {
      // Answers at once.
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new IllegalArgumentException("wraps no client");
    }

    @Override
    public void close() {
      // Nothing to close.
    }
  }
}
