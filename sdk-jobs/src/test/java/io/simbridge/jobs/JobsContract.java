package io.simbridge.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.fleet.SimFleet;
import io.simbridge.testkit.EmulatorFault;
import io.simbridge.testkit.m2miportal.M2mIportalEmulator;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every job store does, SQLite and PostgreSQL alike, against the Things Mobile and M2M
 * iPortal emulators on a manual clock (the documented call limits pass in virtual time, and the
 * emulator would answer error 60 if a client called too early).
 */
abstract class JobsContract {
  static final ManualClock CLOCK = new ManualClock(Instant.parse("2026-06-01T00:00:00Z"));
  static ThingsMobileEmulator tm;
  static M2mIportalEmulator m2m;

  JobStore store;
  SimFleet fleet;
  BulkJobs jobs;

  /** @return a new, empty store */
  abstract JobStore open();

  @BeforeAll
  static void startEmulators() {
    tm =
        ThingsMobileEmulator.builder().clock(CLOCK).generatedSims(40).cdrsPerSim(0).build().start();
    m2m = M2mIportalEmulator.builder().clock(CLOCK).generatedSims(4).build().start();
  }

  @AfterAll
  static void stopEmulators() {
    tm.stop();
    m2m.stop();
  }

  @BeforeEach
  void setUp() {
    tm.reset();
    m2m.reset();
    store = open();
    fleet = Emulated.fleet(tm, CLOCK);
    jobs = BulkJobs.builder().store(store).fleet(fleet).workerId("test-worker").build();
  }

  @AfterEach
  void tearDown() {
    fleet.close();
    store.close();
    assertThat(tm.rateLimitAnswers()).isZero();
  }

  private List<SimRef> sims(int n) {
    return Emulated.activeSims(tm, n);
  }

  @Test
  void everyRowReachesItsOutcomeAndEveryRowIsExported() {
    List<SimRef> sims = sims(5);
    jobs.submit(new JobSpec("suspend-5", sims, JobWrite.suspend()));

    JobProgress p = jobs.run("suspend-5");

    assertThat(p.isFinished()).isTrue();
    assertThat(p.count(RowState.DONE)).isEqualTo(5);
    sims.forEach(s -> assertThat(tm.statusOf(s.msisdn().get().value())).isEqualTo("suspended"));
    StringWriter csv = new StringWriter();
    jobs.exportCsv("suspend-5", csv);
    assertThat(csv.toString().split("\r\n"))
        .hasSize(6)
        .startsWith(
            "index,iccid,msisdn,account,provider,state,error_type,error,note,started_at,finished_at");
    assertThat(csv.toString())
        .contains("," + sims.get(4).msisdn().get().value() + ",,thingsmobile,DONE,");
    StringWriter jsonl = new StringWriter();
    jobs.exportJsonLines("suspend-5", jsonl);
    assertThat(jsonl.toString().split("\n"))
        .hasSize(5)
        .allSatisfy(
            line ->
                assertThat(line)
                    .startsWith("{\"index\":")
                    .contains("\"state\":\"DONE\"", "\"error_type\":null"));
  }

  @Test
  void submittingTheSameJobTwiceReturnsTheStoredJobAndNeverSendsTwice() {
    List<SimRef> sims = sims(3);
    JobSpec spec = new JobSpec("tag-3", sims, JobWrite.tag("fleet-z"));
    jobs.submit(spec);
    jobs.run("tag-3");
    int sent = tm.requests("updateSimTag");

    JobProgress again = jobs.submit(spec);
    jobs.run("tag-3");

    assertThat(again.count(RowState.DONE)).isEqualTo(3);
    assertThat(tm.requests("updateSimTag")).isEqualTo(sent).isEqualTo(3);
    assertThat(jobs.jobs()).containsExactly("tag-3");
  }

  @Test
  void aNameTakenByAnotherJobIsRefused() {
    jobs.submit(new JobSpec("taken", sims(2), JobWrite.tag("a")));

    assertThatThrownBy(() -> jobs.submit(new JobSpec("taken", sims(2), JobWrite.tag("b"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("another write");
    assertThatThrownBy(() -> jobs.submit(new JobSpec("taken", sims(3), JobWrite.tag("a"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("other SIMs");
  }

  @Test
  void anUnknownSimAndAProviderWithoutTheCapabilityAreSkippedBeforeSending() {
    SimFleet mixed = Emulated.mixed(tm, m2m, CLOCK);
    BulkJobs mixedJobs = BulkJobs.builder().store(store).fleet(mixed).build();
    SimRef m2mSim = SimRef.iccid(m2m.iccids().get(0));
    SimRef unknown = SimRef.msisdn("447700900123");
    List<SimRef> sims = List.of(sims(1).get(0), m2mSim, unknown);

    JobPlan plan = mixedJobs.plan(new JobSpec("rename", sims, JobWrite.rename("edge-1")));
    mixedJobs.submit(new JobSpec("rename", sims, JobWrite.rename("edge-1")));
    List<JobRow> rows = mixedJobs.run("rename").isFinished() ? mixedJobs.rows("rename") : List.of();

    assertThat(plan.calls()).isEqualTo(1);
    assertThat(plan.sims().get(1).refusal())
        .get()
        .asString()
        .contains("UnsupportedCapabilityException");
    assertThat(plan.sims().get(2).refusal()).get().asString().contains("UnknownSimException");
    assertThat(rows)
        .extracting(JobRow::state)
        .containsExactly(RowState.DONE, RowState.SKIPPED, RowState.SKIPPED);
    assertThat(rows.get(1).errorType()).contains("UnsupportedCapabilityException");
    assertThat(rows.get(2).errorType()).contains("UnknownSimException");
    assertThat(rows.get(2).provider()).isEmpty();
    assertThat(m2m.totalRequests()).isZero();
    mixed.close();
  }

  @Test
  void theDryRunCountsCallsAndTheTimeTheLimitsImplyAndSendsNothing() {
    JobPlan plan = jobs.plan(new JobSpec("sms", sims(7), JobWrite.sendSms("APN=iot")));

    assertThat(plan.calls()).isEqualTo(7);
    assertThat(plan.providers().get("thingsmobile"))
        .isEqualTo(new JobPlan.ProviderPlan(7, Duration.ofSeconds(5), Duration.ofSeconds(30)));
    assertThat(plan.minimum()).isEqualTo(Duration.ofSeconds(30));
    assertThat(tm.totalRequests()).isZero();
    assertThat(jobs.jobs()).isEmpty();
  }

  @Test
  void aWriteWhoseAnswerWasLostIsAmbiguousAndReconcileSettlesItFromTheSimState() {
    List<SimRef> sims = sims(3);
    tm.faults().inject("blockSim", EmulatorFault.connectionReset().times(1));
    jobs.submit(new JobSpec("suspend-lost", sims, JobWrite.suspend()));

    JobProgress p = jobs.run("suspend-lost");
    ReconcileReport report = jobs.reconcile("suspend-lost", false);

    assertThat(p.count(RowState.AMBIGUOUS)).isEqualTo(1);
    assertThat(tm.requests("blockSim")).isEqualTo(3);
    assertThat(report.settled())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.state()).isEqualTo(RowState.DONE);
              assertThat(r.note()).get().asString().contains("read back");
            });
    assertThat(jobs.progress("suspend-lost").count(RowState.DONE)).isEqualTo(3);
  }

  @Test
  void anAdditiveWriteIsNeverSentAgainEvenOnRequest() {
    List<SimRef> sims = sims(2);
    tm.faults().inject("sendSms", EmulatorFault.connectionReset().times(1));
    jobs.submit(new JobSpec("sms-lost", sims, JobWrite.sendSms("hello")));
    jobs.run("sms-lost");

    ReconcileReport report = jobs.reconcile("sms-lost", true);

    assertThat(report.unresolved())
        .singleElement()
        .extracting(JobRow::state)
        .isEqualTo(RowState.AMBIGUOUS);
    assertThat(report.resent()).isEmpty();
    assertThat(tm.requests("sendSms")).isEqualTo(2);
  }

  @Test
  void resumeTurnsRowsLeftInFlightIntoAmbiguousAndReconcileResendsAbsentEffectsOnlyOnRequest() {
    List<SimRef> sims = sims(4);
    jobs.submit(new JobSpec("crashed", sims, JobWrite.suspend()));
    // A worker committed row 0 IN_FLIGHT and died before sending.
    new Journal(store.database()).claim("crashed", "thingsmobile", "dead-worker", 60_000);

    JobProgress resumed = jobs.resume("crashed");
    JobRow left = jobs.rows("crashed").get(0);
    ReconcileReport unasked = jobs.reconcile("crashed", false);
    ReconcileReport asked = jobs.reconcile("crashed", true);

    assertThat(resumed.count(RowState.AMBIGUOUS)).isEqualTo(1);
    assertThat(resumed.count(RowState.DONE)).isEqualTo(3);
    assertThat(left.errorType()).contains("WorkerLost");
    assertThat(unasked.unresolved()).hasSize(1);
    assertThat(asked.resent())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.index()).isZero();
              assertThat(r.state()).isEqualTo(RowState.DONE);
            });
    assertThat(tm.requests("blockSim")).isEqualTo(4);
  }

  @Test
  void runLeavesTheRowsOfALiveWorkerAloneAndSettlesThoseWhoseLeaseEnded() {
    jobs.submit(new JobSpec("peers", sims(3), JobWrite.resume()));
    Journal journal = new Journal(store.database());
    journal.claim("peers", "thingsmobile", "live-peer", 600_000);
    journal.claim("peers", "thingsmobile", "dead-peer", -1_000);

    JobProgress p = jobs.run("peers");

    assertThat(p.count(RowState.IN_FLIGHT)).isEqualTo(1);
    assertThat(p.count(RowState.AMBIGUOUS)).isEqualTo(1);
    assertThat(p.count(RowState.DONE)).isEqualTo(1);
    assertThat(tm.requests("unblockSim")).isEqualTo(1);
  }

  @Test
  void cancelSkipsThePendingRowsForGoodAndPauseHoldsUntilTheNextRun() {
    jobs.submit(new JobSpec("cancelled", sims(3), JobWrite.disconnect()));
    jobs.submit(new JobSpec("paused", sims(2), JobWrite.disconnect()));

    jobs.cancel("cancelled");
    jobs.pause("paused");
    JobProgress cancelled = jobs.run("cancelled");
    JobState whilePaused = jobs.progress("paused").state();
    JobProgress paused = jobs.run("paused");

    assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
    assertThat(cancelled.count(RowState.SKIPPED)).isEqualTo(3);
    assertThat(jobs.rows("cancelled"))
        .allSatisfy(r -> assertThat(r.errorType()).contains("Cancelled"));
    assertThat(whilePaused).isEqualTo(JobState.PAUSED);
    assertThat(paused.count(RowState.DONE)).isEqualTo(2);
    assertThat(tm.requests("disconnectSim")).isEqualTo(2);
  }

  @Test
  void aClosedStoreRefusesEveryUse() {
    jobs.submit(new JobSpec("closed", sims(1), JobWrite.suspend()));
    store.close();

    assertThatThrownBy(() -> jobs.run("closed"))
        .isInstanceOf(JobStoreException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(
            () ->
                store
                    .callLimits()
                    .tryAcquire("lane", "h", Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .isInstanceOf(JobStoreException.class);
    assertThat(tm.totalRequests()).isZero();
  }

  @Test
  void anUnknownJobNameIsRefused() {
    assertThatThrownBy(() -> jobs.run("nope"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no job is named 'nope'");
  }

  @Test
  void everyWriteTakesItsTypedArgumentsThroughTheJournal() {
    List<JobWrite> writes =
        List.of(
            JobWrite.activate(),
            JobWrite.suspend(),
            JobWrite.resume(),
            JobWrite.disconnect(),
            JobWrite.rename("n=1&x"),
            JobWrite.tag("t"),
            JobWrite.setExpiry(java.time.LocalDate.of(2027, 1, 31), true),
            JobWrite.setDataLimits(
                new io.simbridge.core.model.DataLimits(
                    new io.simbridge.core.model.DataLimit(
                        io.simbridge.core.model.DataVolume.ofBytes(1_048_576), true),
                    new io.simbridge.core.model.DataLimit(
                        io.simbridge.core.model.DataVolume.ofBytes(2_097_152), false),
                    new io.simbridge.core.model.DataLimit(
                        io.simbridge.core.model.DataVolume.ofBytes(3_145_728), true))),
            JobWrite.topUp(io.simbridge.core.model.DataVolume.ofBytes(10_485_760)),
            JobWrite.sendSms("hé \"you\""),
            JobWrite.changePlan("2"));
    assertThat(writes).extracting(JobWrite::operation).containsExactly(WriteOperation.values());
    for (JobWrite w : writes) {
      jobs.submit(new JobSpec("w-" + w.operation(), sims(1), w));
      assertThat(jobs.progress("w-" + w.operation()).write()).isEqualTo(w);
    }
    assertThat(Optional.of(jobs.jobs().size())).contains(writes.size());
  }
}
