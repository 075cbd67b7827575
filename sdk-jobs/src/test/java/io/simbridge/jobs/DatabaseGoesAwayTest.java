package io.simbridge.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.fleet.RoutingRule;
import io.simbridge.fleet.SimFleet;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The database goes away in the middle of a job (PostgreSQL behind a relay the test cuts right
 * after the third SIM's write was sent): the job stops, nothing committed is lost, and once the
 * database is back, resuming finishes the job without sending any write twice.
 */
class DatabaseGoesAwayTest {
  private static final ManualClock CLOCK = new ManualClock(Instant.parse("2026-06-01T00:00:00Z"));

  @Test
  void theJobStopsNothingIsLostAndResumeFinishesItOnceTheDatabaseIsBack() throws Exception {
    try (ThingsMobileEmulator tm =
            ThingsMobileEmulator.builder()
                .clock(CLOCK)
                .generatedSims(20)
                .cdrsPerSim(0)
                .build()
                .start();
        TcpProxy proxy = new TcpProxy(Postgres.server().getPort())) {
      String direct = Postgres.newDatabase();
      String relayed =
          direct.replace(":" + Postgres.server().getPort() + "/", ":" + proxy.port() + "/");
      List<SimRef> sims = Emulated.activeSims(tm, 6);
      SimProvider real =
          Emulated.thingsMobile(tm).clock(CLOCK).sleeper(CLOCK).build().asSimProvider();
      AtomicInteger writes = new AtomicInteger();
      SimProvider cutting =
          new Relay(real) {
            @Override
            public void suspend(SimRef sim) {
              real.suspend(sim);
              if (writes.incrementAndGet() == 3) {
                proxy.cut();
              }
            }
          };
      try (JobStore store = JobStore.jdbc(relayed);
          SimFleet fleet =
              SimFleet.builder()
                  .provider(cutting)
                  .route(RoutingRule.msisdnPrefix("88236", "thingsmobile"))
                  .build()) {
        BulkJobs jobs = BulkJobs.builder().store(store).fleet(fleet).build();
        jobs.submit(new JobSpec("suspend", sims, JobWrite.suspend()));

        assertThatThrownBy(() -> jobs.run("suspend")).isInstanceOf(JobStoreException.class);
        assertThatThrownBy(() -> jobs.progress("suspend")).isInstanceOf(JobStoreException.class);
        proxy.restore();
        JobProgress resumed = jobs.resume("suspend");

        List<JobRow> rows = jobs.rows("suspend");
        assertThat(resumed.isFinished()).isTrue();
        assertThat(rows)
            .extracting(JobRow::state)
            .containsExactly(
                RowState.DONE,
                RowState.DONE,
                RowState.AMBIGUOUS,
                RowState.DONE,
                RowState.DONE,
                RowState.DONE);
        assertThat(tm.requests("blockSim")).isEqualTo(sims.size());
        assertThat(jobs.reconcile("suspend", false).settled()).hasSize(1);
      }
    }
  }

  /** A provider view that hands every call to another, for a test to add a side effect to one. */
  private static class Relay implements SimProvider {
    private final SimProvider real;

    Relay(SimProvider real) {
      this.real = real;
    }

    @Override
    public String providerId() {
      return real.providerId();
    }

    @Override
    public Set<Capability> capabilities() {
      return real.capabilities();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      return real.unwrap(type);
    }

    @Override
    public io.simbridge.core.model.SimStatus state(SimRef sim) {
      return real.state(sim);
    }

    @Override
    public void close() {
      real.close();
    }
  }
}
