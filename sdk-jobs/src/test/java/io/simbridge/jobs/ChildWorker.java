package io.simbridge.jobs;

import io.simbridge.fleet.SimFleet;
import io.simbridge.thingsmobile.ThingsMobileClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A worker process for the crash and scale-out tests: runs (or resumes) one job from a JDBC store
 * against an emulator, its Things Mobile client sharing call limits through the same store.
 *
 * <p>Arguments: {@code run|resume jdbcUrl emulatorBaseUrl job workerId smsIntervalMillis [readyDir]}; with
 * a folder, the worker warms up, says it is ready there and waits for a {@code go} file.
 */
public final class ChildWorker {
  private ChildWorker() {}

  /**
   * @param args see the class comment
   */
  public static void main(String[] args) {
    try (JobStore store = JobStore.jdbc(args[1]);
        SimFleet fleet =
            Emulated.sharing(
                args[2], store.callLimits(), Duration.ofMillis(Long.parseLong(args[5])))) {
      BulkJobs jobs =
          BulkJobs.builder()
              .store(store)
              .fleet(fleet)
              .workerId(args[4])
              .lease(Duration.ofSeconds(2))
              .build();
      if (args.length > 6) {
        warmUpAndWaitForTheOthers(fleet, store, jobs, Path.of(args[6]), args[4]);
      }
      JobProgress p = args[0].equals("resume") ? jobs.resume(args[3]) : jobs.run(args[3]);
      System.out.println(args[4] + " finished: " + p.counts());
    }
  }

  /**
   * Loads and compiles the HTTP and database paths with calls that touch no limited lane, then
   * waits for the test's go, so that workers start together and warm, as long-running replicas do.
   */
  private static void warmUpAndWaitForTheOthers(
      SimFleet fleet, JobStore store, BulkJobs jobs, Path dir, String worker) {
    ThingsMobileClient client =
        fleet.provider("thingsmobile").orElseThrow().unwrap(ThingsMobileClient.class);
    for (int i = 0; i < 20; i++) {
      client.customPlanList();
      store.callLimits().release("warm-up", worker);
      jobs.jobs();
    }
    try {
      Files.createFile(dir.resolve(worker + ".ready"));
      while (!Files.exists(dir.resolve("go"))) {
        Thread.onSpinWait();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a worker process with this JVM's class path; its output goes to {@code log}. */
  static Process start(Path log, String... args) {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                javaBin,
                "-Xmx128m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                ChildWorker.class.getName()));
    command.addAll(List.of(args));
    try {
      return new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
