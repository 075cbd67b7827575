package io.simbridge.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.model.SimRef;
import io.simbridge.fleet.SimFleet;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale-out test: three worker processes on one PostgreSQL run one job together,
 * sharing one Things Mobile account through the database's call-limit lanes. Things Mobile's
 * 5 s sendSms limit runs 2.5 times faster on the emulator's clock and the clients' (2 s). The
 * workers warm up first and start together, as long-running replicas would be.
 */
class ScaleOutTest {
  private static final Duration INTERVAL = Duration.ofSeconds(2);
  private static final int SIMS = 11;

  @TempDir Path dir;

  @Test
  void threeWorkersOnOneAccountKeepItsLimitSendEachSmsOnceAndTakeTheTimeTheLimitImplies()
      throws Exception {
    try (ThingsMobileEmulator tm =
        ThingsMobileEmulator.builder()
            .clock(new ScaledClock(2.5))
            .generatedSims(30)
            .cdrsPerSim(0)
            .build()
            .start()) {
      String url = Postgres.newDatabase();
      List<SimRef> sims = Emulated.activeSims(tm, SIMS);
      try (JobStore store = JobStore.jdbc(url);
          SimFleet fleet = Emulated.sharing(tm.baseUrl(), store.callLimits(), INTERVAL)) {
        BulkJobs jobs = BulkJobs.builder().store(store).fleet(fleet).build();
        jobs.submit(new JobSpec("sms", sims, JobWrite.sendSms("APN=iot.example")));

        List<Process> workers = new ArrayList<>();
        for (int w = 1; w <= 3; w++) {
          workers.add(
              ChildWorker.start(
                  dir.resolve("w" + w + ".log"),
                  "run",
                  url,
                  tm.baseUrl(),
                  "sms",
                  "w" + w,
                  String.valueOf(INTERVAL.toMillis()),
                  dir.toString()));
        }
        for (int w = 1; w <= 3; w++) {
          while (!Files.exists(dir.resolve("w" + w + ".ready"))) {
            assertThat(workers.get(w - 1).waitFor(20, TimeUnit.MILLISECONDS))
                .as("worker w" + w + " exited early")
                .isFalse();
          }
        }
        tm.reset();
        Files.createFile(dir.resolve("go"));
        for (int w = 0; w < 3; w++) {
          assertThat(workers.get(w).waitFor(90, TimeUnit.SECONDS)).isTrue();
          assertThat(workers.get(w).exitValue())
              .as(Files.readString(dir.resolve("w" + (w + 1) + ".log")))
              .isZero();
        }

        List<JobRow> rows = jobs.rows("sms");
        assertThat(rows).allSatisfy(r -> assertThat(r.state()).isEqualTo(RowState.DONE));
        assertThat(tm.rateLimitAnswers()).isZero();
        assertThat(Emulated.smsPerMsisdn(tm))
            .hasSize(SIMS)
            .allSatisfy((m, n) -> assertThat(n).isEqualTo(1L));
        List<Instant> done = rows.stream().map(r -> r.finishedAt().orElseThrow()).sorted().toList();
        Duration span = Duration.between(done.get(0), done.get(SIMS - 1));
        Duration bound = INTERVAL.multipliedBy(SIMS - 1L);
        System.out.println(
            "3 workers, "
                + SIMS
                + " SMS: "
                + span.toMillis()
                + " ms from the first done to the last;"
                + " the interval implies "
                + bound.toMillis()
                + " ms");
        assertThat(span)
            .as("from the first SMS done to the last")
            .isBetween(bound, bound.plus(bound.dividedBy(20)));
      }
    }
  }
}
