package io.simbridge.jobs;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import io.simbridge.fleet.SimFleet;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Durable bulk writes over a fleet: a job is a named write on many SIMs, with a journal row per
 * SIM in a {@link JobStore}, so that a crash, a redeploy or a stop at any instant loses nothing
 * and sends nothing twice.
 *
 * <pre>{@code
 * try (JobStore store = JobStore.sqlite(Path.of("jobs.db"))) {
 *   BulkJobs jobs = BulkJobs.builder().store(store).fleet(fleet).build();
 *   JobSpec spec = new JobSpec("apn-2026-12", sims, JobWrite.sendSms("APN=iot.example"));
 *   System.out.println(jobs.plan(spec).minimum());   // dry run: nothing sent
 *   jobs.submit(spec);                               // same name again: the same job, never a second
 *   JobProgress p = jobs.run("apn-2026-12");         // after a crash: jobs.resume("apn-2026-12")
 *   jobs.exportCsv("apn-2026-12", writer);
 * }
 * }</pre>
 *
 * <p>Each row moves PENDING → IN_FLIGHT → DONE, FAILED or AMBIGUOUS, or to SKIPPED when refused
 * before sending. IN_FLIGHT is committed before the request leaves. Writes run one at a time per
 * provider and process, providers side by side; each provider client keeps its call limits (share
 * them across processes with {@link JobStore#callLimits()}).
 *
 * <p>Thread-safe. Several processes may run one job together on PostgreSQL: each takes rows no
 * other holds, and keeps its rows' leases alive while it runs.
 */
public final class BulkJobs {
  /** How long a worker's rows stay its own after its last sign of life: 60 s. */
  public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);

  private final SimFleet fleet;
  private final Journal journal;
  private final String worker;
  private final Duration lease;
  private final Planner planner;

  private BulkJobs(Builder b) {
    this.fleet = Objects.requireNonNull(b.fleet, "fleet");
    this.journal = new Journal(Objects.requireNonNull(b.store, "store").database());
    this.worker = b.worker;
    this.lease = b.lease;
    this.planner = new Planner(fleet, b.intervals);
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return this process's worker id, as rows it takes record it */
  public String workerId() {
    return worker;
  }

  /**
   * The dry run: routes every SIM, checks its provider's capability, counts the calls per provider
   * and the least time their call limits imply. Sends nothing and stores nothing.
   *
   * @param spec the job
   * @return the plan
   */
  public JobPlan plan(JobSpec spec) {
    return planner.plan(Objects.requireNonNull(spec, "spec"));
  }

  /**
   * Stores a job, its SIMs routed and checked: SIMs no provider owns or whose provider lacks the
   * capability are SKIPPED at once. Submitting the same job again under the same name returns
   * the stored one and never starts a second.
   *
   * @param spec the job
   * @return its progress
   * @throws InvalidInputException if the name is taken by a job with other SIMs or another write
   */
  public JobProgress submit(JobSpec spec) {
    Objects.requireNonNull(spec, "spec");
    String digest = digest(spec.sims());
    Optional<Journal.Stored> existing = journal.find(spec.name());
    Journal.Stored stored =
        existing.isPresent() ? existing.get() : journal.insert(spec, digest, planner.rows(spec));
    if (!stored.write().equals(spec.write()) || !stored.simsDigest().equals(digest)) {
      throw new InvalidInputException(
          "name",
          "'"
              + spec.name()
              + "' already names a job with "
              + (stored.write().equals(spec.write())
                  ? "other SIMs"
                  : "another write (" + stored.write().operation() + ")"),
          "a new name, or the same SIMs and write to get the existing job");
    }
    return progress(spec.name());
  }

  /**
   * Runs a job's pending rows in this process until none is left: rows of workers whose lease
   * ended first turn AMBIGUOUS. Returns when the job is finished for this process's providers,
   * paused, or cancelled; a paused job is made active again first.
   *
   * @param name the job's name
   * @return its progress
   * @throws JobStoreException if the database fails: the job stops; what was committed stays
   */
  public JobProgress run(String name) {
    return run(name, false);
  }

  /**
   * Picks a job up after its worker stopped (a crash, a redeploy): every row it left IN_FLIGHT
   * turns AMBIGUOUS, never sent again on its own, and the pending rows run. Use it when no other
   * worker runs the job; while others do, {@link #run} waits for their leases instead.
   *
   * @param name the job's name
   * @return its progress
   */
  public JobProgress resume(String name) {
    return run(name, true);
  }

  private JobProgress run(String name, boolean abandonAll) {
    Journal.Stored job = stored(name);
    if (job.state() == JobState.CANCELLED) {
      return progress(name);
    }
    if (job.state() == JobState.PAUSED) {
      journal.setState(name, JobState.ACTIVE);
    }
    journal.abandon(name, abandonAll);
    new JobWorker(journal, fleet, worker, lease).run(name, job.write());
    // Settles the rows of workers that died meanwhile, now that their leases may have ended.
    journal.abandon(name, false);
    return progress(name);
  }

  /**
   * Settles AMBIGUOUS rows whose write can be read back (activate, suspend, resume: the SIM's
   * state; rename, tag, change plan: the provider's SIM list): DONE where the effect is there.
   * Where it is absent, the row is sent again only if {@code resendAbsent}; additive writes (top
   * up, SMS) and writes that cannot be read back are never sent again, only listed.
   *
   * @param name         the job's name
   * @param resendAbsent whether to send again the writes whose effect is absent
   * @return what was settled, resent, and left for a person
   */
  public ReconcileReport reconcile(String name, boolean resendAbsent) {
    return new Reconciler(journal, fleet, worker, lease)
        .reconcile(name, stored(name).write(), resendAbsent);
  }

  /**
   * @param name the job's name
   * @return its progress
   */
  public JobProgress progress(String name) {
    return journal.progress(name).orElseThrow(() -> unknown(name));
  }

  /** @return the names of every job in the store, oldest first */
  public List<String> jobs() {
    return journal.names();
  }

  /**
   * Stops a job's workers after the row each holds; {@link #run} starts it again.
   *
   * @param name the job's name
   */
  public void pause(String name) {
    stored(name);
    journal.setState(name, JobState.PAUSED);
  }

  /**
   * Stops a job for good: its pending rows become SKIPPED; rows in flight finish.
   *
   * @param name the job's name
   */
  public void cancel(String name) {
    stored(name);
    journal.setState(name, JobState.CANCELLED);
  }

  /**
   * @param name the job's name
   * @return every row, in the order of the job's SIMs
   */
  public List<JobRow> rows(String name) {
    stored(name);
    return journal.rows(name, Optional.empty());
  }

  /**
   * Writes every row as CSV with a header: index, iccid, msisdn, account, provider, state,
   * error_type, error, note, started_at, finished_at. Rows are read one at a time.
   *
   * @param name the job's name
   * @param out  where to write
   */
  public void exportCsv(String name, Appendable out) {
    stored(name);
    Export.csvHeader(out);
    journal.forEachRow(name, Optional.empty(), r -> Export.csv(r, out));
  }

  /**
   * Writes every row as one JSON object per line, with the same fields as {@link #exportCsv}.
   *
   * @param name the job's name
   * @param out  where to write
   */
  public void exportJsonLines(String name, Appendable out) {
    stored(name);
    journal.forEachRow(name, Optional.empty(), r -> Export.jsonLine(r, out));
  }

  private Journal.Stored stored(String name) {
    Objects.requireNonNull(name, "name");
    return journal.find(name).orElseThrow(() -> unknown(name));
  }

  private static InvalidInputException unknown(String name) {
    return new InvalidInputException(
        "name", "no job is named '" + name + "'", "the name of a submitted job");
  }

  private static String digest(List<SimRef> sims) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (SimRef s : sims) {
        sha.update(
            (s.iccid().map(Iccid::value).orElse("")
                    + "|"
                    + s.msisdn().map(Msisdn::value).orElse("")
                    + "|"
                    + s.account().orElse("")
                    + "\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "BulkJobs[worker=" + worker + ", lease=" + lease + ", " + fleet + "]";
  }

  /** Builds {@link BulkJobs}. */
  public static final class Builder {
    private JobStore store;
    private SimFleet fleet;
    private String worker =
        ManagementFactory.getRuntimeMXBean().getName()
            + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private Duration lease = DEFAULT_LEASE;
    private final Map<String, Duration> intervals = new HashMap<>();

    private Builder() {}

    /**
     * @param store where jobs are journalled
     * @return this builder
     */
    public Builder store(JobStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * @param fleet the providers the writes go to
     * @return this builder
     */
    public Builder fleet(SimFleet fleet) {
      this.fleet = Objects.requireNonNull(fleet, "fleet");
      return this;
    }

    /**
     * @param id this process's worker id, recorded on the rows it takes (default: pid@host and a
     *           random suffix); unique among the workers of a job
     * @return this builder
     */
    public Builder workerId(String id) {
      if (id == null || id.isBlank()) {
        throw new InvalidInputException(
            "workerId", id == null ? "is missing" : "is blank", "a non-blank id");
      }
      this.worker = id;
      return this;
    }

    /**
     * @param lease how long the rows of a worker that stopped renewing stay its own before other
     *              workers turn them AMBIGUOUS; renewed every third of it (default 60 s, at least 1 s)
     * @return this builder
     */
    public Builder lease(Duration lease) {
      Objects.requireNonNull(lease, "lease");
      if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new InvalidInputException("lease", lease.toString(), "1 second or more");
      }
      this.lease = lease;
      return this;
    }

    /**
     * Sets the interval the dry run assumes between two writes of one operation on one provider,
     * for example when you set a shorter call interval on the client than the documented one.
     *
     * @param providerId the provider
     * @param operation  the write
     * @param interval   the interval, zero or more
     * @return this builder
     */
    public Builder plannedInterval(String providerId, WriteOperation operation, Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative()) {
        throw new InvalidInputException(
            "interval", interval.toString(), "zero or a positive duration");
      }
      intervals.put(
          Planner.key(
              Objects.requireNonNull(providerId, "providerId"),
              Objects.requireNonNull(operation, "operation")),
          interval);
      return this;
    }

    /** @return the jobs */
    public BulkJobs build() {
      return new BulkJobs(this);
    }
  }
}
