package io.simbridge.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.model.SimRef;
import io.simbridge.fleet.SimFleet;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test: a worker process sending an SMS to every SIM (the write that must never
 * go twice) is killed in the middle of the job, and a new process resumes it from the SQLite
 * file. Things Mobile's 5 s sendSms limit runs ten times faster on the emulator's clock and the
 * clients', so the test takes seconds; the emulator still checks it by arrival.
 */
class CrashResumeTest {
  private static final Duration INTERVAL = Duration.ofMillis(500);

  @TempDir Path dir;

  @Test
  void aKilledWorkerLosesNothingAndResumingSendsNoSmsTwice() throws Exception {
    try (ThingsMobileEmulator tm =
        ThingsMobileEmulator.builder()
            .clock(new ScaledClock(10))
            .generatedSims(20)
            .cdrsPerSim(0)
            .build()
            .start()) {
      String url = "jdbc:sqlite:" + dir.resolve("jobs.db");
      List<SimRef> sims = Emulated.activeSims(tm, 10);
      List<Integer> inFlightAtKill;
      try (JobStore store = JobStore.jdbc(url);
          SimFleet fleet = Emulated.sharing(tm.baseUrl(), store.callLimits(), INTERVAL)) {
        BulkJobs jobs = BulkJobs.builder().store(store).fleet(fleet).build();
        jobs.submit(new JobSpec("sms", sims, JobWrite.sendSms("APN=iot.example")));

        Process first =
            ChildWorker.start(
                dir.resolve("first.log"),
                "run",
                url,
                tm.baseUrl(),
                "sms",
                "first",
                String.valueOf(INTERVAL.toMillis()));
        JobProgress p = jobs.progress("sms");
        while (first.isAlive()
            && !(p.count(RowState.DONE) >= 3 && p.count(RowState.IN_FLIGHT) == 1)) {
          first.waitFor(20, TimeUnit.MILLISECONDS);
          p = jobs.progress("sms");
        }
        assertThat(first.isAlive()).as("the worker is still running at the kill").isTrue();
        first.destroyForcibly().waitFor();
        inFlightAtKill =
            jobs.rows("sms").stream()
                .filter(r -> r.state() == RowState.IN_FLIGHT)
                .map(JobRow::index)
                .toList();

        Process second =
            ChildWorker.start(
                dir.resolve("second.log"),
                "resume",
                url,
                tm.baseUrl(),
                "sms",
                "second",
                String.valueOf(INTERVAL.toMillis()));
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(dir.resolve("second.log"))).isZero();

        List<JobRow> rows = jobs.rows("sms");
        Map<String, Long> sms = Emulated.smsPerMsisdn(tm);
        assertThat(inFlightAtKill).hasSize(1);
        assertThat(rows).allSatisfy(r -> assertThat(r.state().isFinal()).isTrue());
        assertThat(rows)
            .filteredOn(r -> inFlightAtKill.contains(r.index()))
            .allSatisfy(r -> assertThat(r.state()).isEqualTo(RowState.AMBIGUOUS));
        assertThat(rows)
            .filteredOn(r -> r.state() == RowState.DONE)
            .hasSize(sims.size() - 1)
            .allSatisfy(r -> assertThat(sms.get(r.sim().msisdn().get().value())).isEqualTo(1L));
        assertThat(sms.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
        assertThat(tm.rateLimitAnswers()).isZero();
      }
    }
  }
}
