package io.simbridge.jobs;

import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import io.simbridge.jobs.internal.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every statement on the job tables: each method is one short transaction, so a row's state is
 * committed before the caller acts on it.
 */
final class Journal {
  private final Database db;
  private final String now;

  Journal(Database db) {
    this.db = db;
    this.now = db.dialect().nowMillis();
  }

  /** A job's stored definition. */
  record Stored(String name, JobWrite write, String simsDigest, JobState state, int total) {}

  /** A row a worker claimed: it is IN_FLIGHT and its lease is the worker's. */
  record Claim(int seq, SimRef sim) {}

  /** A row to insert when a job is submitted. */
  record NewRow(SimRef sim, String provider, RowState state, String errorType, String error) {}

  Optional<Stored> find(String name) {
    return db.transaction("read job " + name, c -> find(c, name));
  }

  private static Optional<Stored> find(Connection c, String name) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT operation, arguments, sims_digest, state, total FROM sb_job"
                + " WHERE name = ?")) {
      p.setString(1, name);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        JobWrite write =
            JobWrite.of(
                WriteOperation.valueOf(r.getString(1)), JournalColumns.decode(r.getString(2)));
        return Optional.of(
            new Stored(name, write, r.getString(3), JobState.valueOf(r.getString(4)), r.getInt(5)));
      }
    }
  }

  /**
   * Stores a new job with its rows in one transaction, unless the name is taken.
   *
   * @return the job stored under that name: the new one, or the one that was there
   */
  Stored insert(JobSpec spec, String digest, List<NewRow> rows) {
    return db.transaction(
        "submit job " + spec.name(),
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO sb_job (name, operation, arguments, sims_digest,"
                      + " state, total, created_at) VALUES (?, ?, ?, ?, ?, ?, "
                      + now
                      + ") ON CONFLICT (name) DO NOTHING")) {
            p.setString(1, spec.name());
            p.setString(2, spec.write().operation().name());
            p.setString(3, JournalColumns.encode(spec.write().arguments()));
            p.setString(4, digest);
            p.setString(5, JobState.ACTIVE.name());
            p.setInt(6, rows.size());
            if (p.executeUpdate() == 0) {
              return find(c, spec.name()).orElseThrow();
            }
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO sb_job_row (job, seq, iccid, msisdn, account,"
                      + " provider, state, error_type, error, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ? THEN "
                      + now
                      + " END)")) {
            for (int i = 0; i < rows.size(); i++) {
              NewRow row = rows.get(i);
              p.setString(1, spec.name());
              p.setInt(2, i);
              p.setString(3, row.sim().iccid().map(Iccid::value).orElse(null));
              p.setString(4, row.sim().msisdn().map(Msisdn::value).orElse(null));
              p.setString(5, row.sim().account().orElse(null));
              p.setString(6, row.provider());
              p.setString(7, row.state().name());
              p.setString(8, row.errorType());
              p.setString(9, row.error());
              p.setBoolean(10, row.state().isFinal());
              p.addBatch();
            }
            p.executeBatch();
          }
          return new Stored(spec.name(), spec.write(), digest, JobState.ACTIVE, rows.size());
        });
  }

  /**
   * Takes the next pending row of a provider and commits it IN_FLIGHT under the worker's lease,
   * in one statement, so two workers never take the same row.
   */
  Optional<Claim> claim(String job, String provider, String worker, long leaseMs) {
    return db.transaction(
        "claim a row of job " + job, c -> claim(c, job, provider, worker, leaseMs));
  }

  /**
   * Records a row's outcome and claims the provider's next row in one commit: the outcome is
   * durable before the next request leaves, at the cost of one commit per SIM instead of two.
   */
  Optional<Claim> finishAndClaim(
      String job, int seq, Outcome outcome, String provider, String worker, long leaseMs) {
    return db.transaction(
        "record a row of job " + job + " and claim the next",
        c -> {
          finish(c, job, seq, worker, outcome);
          return claim(c, job, provider, worker, leaseMs);
        });
  }

  private Optional<Claim> claim(
      Connection c, String job, String provider, String worker, long leaseMs) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "UPDATE sb_job_row SET state = 'IN_FLIGHT', worker = ?,"
                + " lease_until = "
                + now
                + " + ?, started_at = "
                + now
                + " WHERE job = ? AND state = 'PENDING' AND seq ="
                + " (SELECT seq FROM sb_job_row WHERE job = ? AND provider = ? AND state = 'PENDING'"
                + " AND EXISTS (SELECT 1 FROM sb_job WHERE name = ? AND state = 'ACTIVE') ORDER BY seq LIMIT 1"
                + db.dialect().skipLocked()
                + ") RETURNING seq, iccid, msisdn, account")) {
      p.setString(1, worker);
      p.setLong(2, leaseMs);
      p.setString(3, job);
      p.setString(4, job);
      p.setString(5, provider);
      p.setString(6, job);
      try (ResultSet r = p.executeQuery()) {
        return r.next()
            ? Optional.of(
                new Claim(
                    r.getInt(1),
                    JournalColumns.sim(r.getString(2), r.getString(3), r.getString(4))))
            : Optional.empty();
      }
    }
  }

  /**
   * Records a claimed row's outcome, if the row is still the worker's (its lease may have ended and
   * another worker marked it AMBIGUOUS meanwhile: the outcome known here is then recorded anyway,
   * being better knowledge).
   */
  boolean finish(String job, int seq, String worker, Outcome outcome) {
    return db.transaction(
        "record the outcome of a row of job " + job, c -> finish(c, job, seq, worker, outcome));
  }

  private boolean finish(Connection c, String job, int seq, String worker, Outcome outcome)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "UPDATE sb_job_row SET state = ?, error_type = ?, error = ?,"
                + " lease_until = NULL, finished_at = "
                + now
                + " WHERE job = ? AND seq = ? AND worker = ?"
                + " AND (state = 'IN_FLIGHT' OR (state = 'AMBIGUOUS' AND error_type = 'WorkerLost'))")) {
      p.setString(1, outcome.state().name());
      p.setString(2, outcome.errorType());
      p.setString(3, outcome.error());
      p.setString(4, job);
      p.setInt(5, seq);
      p.setString(6, worker);
      return p.executeUpdate() == 1;
    }
  }

  /**
   * Turns IN_FLIGHT rows into AMBIGUOUS: those whose lease ended ({@code all} false), or every one
   * ({@code all} true: the caller knows their workers are gone).
   *
   * @return how many rows changed
   */
  int abandon(String job, boolean all) {
    return db.transaction(
        "settle the rows of lost workers of job " + job,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE sb_job_row SET state = 'AMBIGUOUS', error_type ="
                      + " 'WorkerLost', error = 'its worker stopped while the write was in flight; it may have been sent',"
                      + " finished_at = "
                      + now
                      + " WHERE job = ? AND state = 'IN_FLIGHT'"
                      + (all ? "" : " AND lease_until < " + now))) {
            p.setString(1, job);
            return p.executeUpdate();
          }
        });
  }

  /** Extends the leases of every row the worker holds. */
  void heartbeat(String worker, long leaseMs) {
    db.transaction(
        "renew the leases of worker " + worker,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE sb_job_row SET lease_until = "
                      + now
                      + " + ?"
                      + " WHERE worker = ? AND state = 'IN_FLIGHT'")) {
            p.setLong(1, leaseMs);
            p.setString(2, worker);
            return p.executeUpdate();
          }
        });
  }

  /** @return the providers that still have pending rows in the job */
  List<String> pendingProviders(String job) {
    return db.transaction(
        "read job " + job,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT DISTINCT provider FROM sb_job_row WHERE job = ?"
                      + " AND state = 'PENDING' ORDER BY provider")) {
            p.setString(1, job);
            List<String> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                out.add(r.getString(1));
              }
            }
            return out;
          }
        });
  }

  Optional<JobProgress> progress(String job) {
    return db.transaction(
        "read the progress of job " + job,
        c -> {
          Optional<Stored> stored = find(c, job);
          if (stored.isEmpty()) {
            return Optional.empty();
          }
          Map<RowState, Integer> counts = new EnumMap<>(RowState.class);
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT state, COUNT(*) FROM sb_job_row WHERE job = ?" + " GROUP BY state")) {
            p.setString(1, job);
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                counts.put(RowState.valueOf(r.getString(1)), r.getInt(2));
              }
            }
          }
          Stored s = stored.get();
          return Optional.of(new JobProgress(job, s.write(), s.state(), s.total(), counts));
        });
  }

  /** @return the names of every job, oldest first */
  List<String> names() {
    return db.transaction(
        "list jobs",
        c -> {
          List<String> out = new ArrayList<>();
          try (PreparedStatement p =
                  c.prepareStatement("SELECT name FROM sb_job ORDER BY created_at, name");
              ResultSet r = p.executeQuery()) {
            while (r.next()) {
              out.add(r.getString(1));
            }
          }
          return out;
        });
  }

  /** Sets the job's state; cancelling also skips its pending rows. Never revives a cancelled job. */
  void setState(String job, JobState state) {
    db.transaction(
        "change the state of job " + job,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE sb_job SET state = ? WHERE name = ?" + " AND state <> 'CANCELLED'")) {
            p.setString(1, state.name());
            p.setString(2, job);
            p.executeUpdate();
          }
          if (state == JobState.CANCELLED) {
            try (PreparedStatement p =
                c.prepareStatement(
                    "UPDATE sb_job_row SET state = 'SKIPPED', error_type ="
                        + " 'Cancelled', error = 'the job was cancelled before this SIM was sent the write', finished_at = "
                        + now
                        + " WHERE job = ? AND state = 'PENDING'")) {
              p.setString(1, job);
              p.executeUpdate();
            }
          }
          return null;
        });
  }

  /** Streams the job's rows in order, optionally only those in one state. */
  void forEachRow(String job, Optional<RowState> only, Consumer<JobRow> action) {
    db.transaction(
        "read the rows of job " + job,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT "
                      + JournalColumns.ROW_COLUMNS
                      + " FROM sb_job_row WHERE job = ?"
                      + (only.isPresent() ? " AND state = ?" : "")
                      + " ORDER BY seq")) {
            p.setFetchSize(500);
            p.setString(1, job);
            if (only.isPresent()) {
              p.setString(2, only.get().name());
            }
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                action.accept(JournalColumns.row(r));
              }
            }
          }
          return null;
        });
  }

  List<JobRow> rows(String job, Optional<RowState> only) {
    List<JobRow> out = new ArrayList<>();
    forEachRow(job, only, out::add);
    return out;
  }

  Optional<JobRow> row(String job, int seq) {
    return db.transaction(
        "read a row of job " + job,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT "
                      + JournalColumns.ROW_COLUMNS
                      + " FROM sb_job_row WHERE job = ?"
                      + " AND seq = ?")) {
            p.setString(1, job);
            p.setInt(2, seq);
            try (ResultSet r = p.executeQuery()) {
              return r.next() ? Optional.of(JournalColumns.row(r)) : Optional.empty();
            }
          }
        });
  }

  /** Settles an AMBIGUOUS row as DONE, its effect having been read back. */
  boolean settle(String job, int seq, String note) {
    return db.transaction(
        "settle a row of job " + job,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE sb_job_row SET state = 'DONE', note = ?, finished_at = "
                      + now
                      + " WHERE job = ? AND seq = ? AND state = 'AMBIGUOUS'")) {
            p.setString(1, note);
            p.setString(2, job);
            p.setInt(3, seq);
            return p.executeUpdate() == 1;
          }
        });
  }

  /** Takes an AMBIGUOUS row back IN_FLIGHT to send it again, committed before sending. */
  boolean reclaim(String job, int seq, String worker, long leaseMs, String note) {
    return db.transaction(
        "reclaim a row of job " + job,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE sb_job_row SET state = 'IN_FLIGHT', worker = ?,"
                      + " lease_until = "
                      + now
                      + " + ?, started_at = "
                      + now
                      + ", note = ? WHERE job = ? AND seq = ?"
                      + " AND state = 'AMBIGUOUS'")) {
            p.setString(1, worker);
            p.setLong(2, leaseMs);
            p.setString(3, note);
            p.setString(4, job);
            p.setInt(5, seq);
            return p.executeUpdate() == 1;
          }
        });
  }
}
