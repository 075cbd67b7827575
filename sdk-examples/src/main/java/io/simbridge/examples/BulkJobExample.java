package io.simbridge.examples;

import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import io.simbridge.fleet.RoutingRule;
import io.simbridge.fleet.SimFleet;
import io.simbridge.jobs.BulkJobs;
import io.simbridge.jobs.JobPlan;
import io.simbridge.jobs.JobProgress;
import io.simbridge.jobs.JobSpec;
import io.simbridge.jobs.JobStore;
import io.simbridge.jobs.JobWrite;
import io.simbridge.jobs.ReconcileReport;
import io.simbridge.jobs.RowState;
import io.simbridge.testkit.EmulatorFault;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import io.simbridge.thingsmobile.ThingsMobileClient;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A durable bulk job: suspends 40 Things Mobile SIMs from a worker process that is killed halfway
 * (as a crash or a redeploy would), then resumes the job from its SQLite journal in this process.
 * The SIM that was in flight at the kill comes back AMBIGUOUS, is never sent again on its own,
 * and is settled by reading its state back; every other SIM was suspended exactly once.
 *
 * <p>Against a configured (real) Things Mobile account it only prints the dry run: an example
 * never sends bulk writes to a real fleet.
 */
public final class BulkJobExample {
  private static final String JOB = "suspend-fleet-a";

  private BulkJobExample() {}

  /**
   * @param args none to run the example; {@code worker <journal> <baseUrl>} in the worker process
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("worker")) {
      worker(Path.of(args[1]), args[2]);
      return;
    }
    try (ExampleEnvironment env = new ExampleEnvironment(System.getenv())) {
      run(env, System.out);
    }
  }

  static void run(ExampleEnvironment env, PrintStream out) {
    Table.heading(
        out, "Durable bulk job: killed halfway, resumed (" + env.target("thingsmobile") + ")");
    ThingsMobileClient client = env.thingsMobile();
    if (!env.emulated("thingsmobile")) {
      out.println("(a real account: dry run only; set the SIMs in your own code)");
      return;
    }
    ThingsMobileEmulator tm = env.thingsMobileEmulator;
    List<SimRef> sims =
        tm.generatedMsisdns().stream()
            .filter(m -> tm.statusOf(m).equals("active"))
            .limit(40)
            .map(m -> SimRef.of(Iccid.of(tm.iccidOf(m)), Msisdn.of(m)))
            .toList();
    Path dir;
    try {
      dir = Files.createTempDirectory("simbridge-jobs");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path journal = dir.resolve("jobs.db");
    // Other examples may have run against the same emulator: count this example's requests only.
    int before = tm.requests("blockSim");
    try (JobStore store = JobStore.sqlite(journal);
        SimFleet fleet =
            SimFleet.builder()
                .provider(client.asSimProvider())
                .route(RoutingRule.msisdnPrefix("88236", "thingsmobile"))
                .build()) {
      BulkJobs jobs = BulkJobs.builder().store(store).fleet(fleet).build();
      JobSpec spec = new JobSpec(JOB, sims, JobWrite.suspend());

      JobPlan plan = jobs.plan(spec);
      out.println(
          "dry run: "
              + plan.calls()
              + " blockSim calls "
              + plan.providers()
              + ", nothing sent ("
              + (tm.requests("blockSim") - before)
              + " blockSim requests so far)");
      jobs.submit(spec);
      out.println(
          "submitted; submitting again returns the same job: " + jobs.submit(spec).counts());

      // Each answer takes 100 ms, so that the kill lands in the middle of the job.
      tm.faults().inject("blockSim", EmulatorFault.delay(Duration.ofMillis(100)));
      Process worker = startWorker(journal, tm.baseUrl());
      JobProgress p = jobs.progress(JOB);
      // Killed as a crash would: halfway, while a write the emulator has received waits for its
      // answer. (Killed between the journal's IN_FLIGHT and the request leaving, the SIM would be
      // untouched, and reconcile would rightly leave it to a person: 39/40 DONE.) The request
      // count is read before the journal, so a request counted is at least as old as the row.
      int arrived = 0;
      while (worker.isAlive()
          && (p.finished() < sims.size() / 2
              || p.count(RowState.IN_FLIGHT) == 0
              || arrived <= p.count(RowState.DONE))) {
        worker.waitFor(10, TimeUnit.MILLISECONDS);
        arrived = tm.requests("blockSim") - before;
        p = jobs.progress(JOB);
      }
      worker.destroyForcibly().waitFor();
      tm.faults().clear();
      p = jobs.progress(JOB);
      out.println("worker killed: " + p.counts());

      JobProgress resumed = jobs.resume(JOB);
      out.println("resumed here: " + resumed.counts());
      ReconcileReport report = jobs.reconcile(JOB, false);
      out.println(
          "reconcile read back "
              + report.settled().size()
              + " ambiguous row(s) as DONE; "
              + report.unresolved().size()
              + " left for a person");
      JobProgress done = jobs.progress(JOB);
      out.println(
          "final: "
              + done.count(RowState.DONE)
              + "/"
              + done.total()
              + " DONE; blockSim requests: "
              + (tm.requests("blockSim") - before)
              + " for "
              + sims.size()
              + " SIMs");
      StringWriter csv = new StringWriter();
      jobs.exportCsv(JOB, csv);
      out.println("export (first rows):");
      csv.toString().lines().limit(4).forEach(out::println);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The worker process: runs the job against the emulator until it is killed. */
  private static void worker(Path journal, String baseUrl) {
    try (JobStore store = JobStore.sqlite(journal);
        SimFleet fleet =
            SimFleet.builder()
                .provider(
                    ThingsMobileClient.builder()
                        .baseUrl(baseUrl)
                        .username(ThingsMobileEmulator.USERNAME)
                        .token(ThingsMobileEmulator.TOKEN)
                        .build()
                        .asSimProvider())
                .route(RoutingRule.msisdnPrefix("88236", "thingsmobile"))
                .build()) {
      BulkJobs.builder().store(store).fleet(fleet).build().run(JOB);
    }
  }

  private static Process startWorker(Path journal, String baseUrl) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-cp",
                classPath(),
                BulkJobExample.class.getName(),
                "worker",
                journal.toString(),
                baseUrl));
    try {
      return new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This example's class path, also when a tool such as {@code exec:java} loaded it. */
  private static String classPath() {
    if (BulkJobExample.class.getClassLoader() instanceof URLClassLoader loader
        && loader.getURLs().length > 0) {
      return Arrays.stream(loader.getURLs())
          .map(
              u -> {
                try {
                  return Path.of(u.toURI()).toString();
                } catch (URISyntaxException e) {
                  throw new IllegalStateException(e);
                }
              })
          .collect(Collectors.joining(File.pathSeparator));
    }
    return System.getProperty("java.class.path");
  }
}
