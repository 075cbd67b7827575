package io.simbridge.jobs.internal;

import io.simbridge.core.config.CallLimitStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Objects;

/**
 * Call-limit lanes in the journal's database ({@code sb_call_limit}), so that every process using
 * one account keeps its documented interval together. Times come from the database's clock. A
 * lane is free once nobody holds it and the interval has passed since the last completion; a
 * holder whose lease ended counts as having completed at the lease's end.
 */
public final class JdbcCallLimitStore implements CallLimitStore {
  private final Database db;
  private final String take;
  private final String release;
  private final String look;

  /** @param db the database */
  public JdbcCallLimitStore(Database db) {
    this.db = Objects.requireNonNull(db, "db");
    String now = db.dialect().nowMillis();
    // "free at": the later of the last completion and a dead holder's lease end, plus the interval.
    String freeAt =
        "(CASE WHEN holder IS NOT NULL AND lease_until > COALESCE(last_completion, 0) THEN lease_until"
            + " ELSE COALESCE(last_completion, 0) END) + ?";
    this.take =
        "UPDATE sb_call_limit SET holder = ?, lease_until = "
            + now
            + " + ? WHERE lane = ?"
            + " AND (holder IS NULL OR lease_until <= "
            + now
            + ") AND "
            + freeAt
            + " <= "
            + now;
    this.release =
        "UPDATE sb_call_limit SET holder = NULL, lease_until = NULL, last_completion = "
            + now
            + " WHERE lane = ? AND holder = ?";
    this.look =
        "SELECT holder, lease_until, last_completion, "
            + now
            + " FROM sb_call_limit WHERE lane = ?";
  }

  @Override
  public Duration tryAcquire(String lane, String holder, Duration interval, Duration lease) {
    long intervalMs = Math.max(1, interval.toMillis());
    return db.transaction(
        "take a call-limit turn",
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO sb_call_limit (lane) VALUES (?)"
                      + " ON CONFLICT (lane) DO NOTHING")) {
            p.setString(1, lane);
            p.executeUpdate();
          }
          try (PreparedStatement p = c.prepareStatement(take)) {
            p.setString(1, holder);
            p.setLong(2, lease.toMillis());
            p.setString(3, lane);
            p.setLong(4, intervalMs);
            if (p.executeUpdate() == 1) {
              return Duration.ZERO;
            }
          }
          try (PreparedStatement p = c.prepareStatement(look)) {
            p.setString(1, lane);
            try (ResultSet r = p.executeQuery()) {
              r.next();
              long now = r.getLong(4);
              long lastCompletion = r.getLong(3);
              if (r.getString(1) != null) {
                long leaseEnd = r.getLong(2);
                // Held: the holder completes at some point before its lease ends, and the lane is
                // free
                // one interval after that, so no sooner than one interval from now.
                return Duration.ofMillis(
                    leaseEnd <= now ? Math.max(1, leaseEnd + intervalMs - now) : intervalMs);
              }
              return Duration.ofMillis(Math.max(1, lastCompletion + intervalMs - now));
            }
          }
        });
  }

  @Override
  public void release(String lane, String holder) {
    db.transaction(
        "record the end of a call",
        c -> {
          try (PreparedStatement p = c.prepareStatement(release)) {
            p.setString(1, lane);
            p.setString(2, holder);
            return p.executeUpdate();
          }
        });
  }

  @Override
  public String toString() {
    return "JdbcCallLimitStore[" + db + "]";
  }
}
