package io.simbridge.jobs.internal;

import java.util.Locale;

/** What differs between the two databases the journal runs on; everything else is plain SQL. */
public enum Dialect {
  /** The embedded default: one file, one process. */
  SQLITE("sqlite", "CAST(unixepoch('subsec') * 1000 AS INTEGER)", ""),
  /** Several processes: rows claimed with {@code FOR UPDATE SKIP LOCKED}. */
  POSTGRESQL(
      "postgresql",
      "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)",
      " FOR UPDATE SKIP LOCKED");

  private final String folder;
  private final String nowMillis;
  private final String skipLocked;

  Dialect(String folder, String nowMillis, String skipLocked) {
    this.folder = folder;
    this.nowMillis = nowMillis;
    this.skipLocked = skipLocked;
  }

  /**
   * The database's present time, read at the moment the statement runs (not when its transaction
   * began), so every process of a job measures leases and intervals on one clock.
   *
   * @return an SQL expression of milliseconds since the epoch
   */
  public String nowMillis() {
    return nowMillis;
  }

  /** @return the clause that makes concurrent claims pass over rows another worker is claiming */
  public String skipLocked() {
    return skipLocked;
  }

  /** @return the resource folder of this dialect's migrations */
  String folder() {
    return folder;
  }

  /**
   * @param productName the JDBC driver's database product name
   * @return the dialect
   * @throws io.simbridge.jobs.JobStoreException for any other database
   */
  static Dialect of(String productName) {
    String p = productName.toLowerCase(Locale.ROOT);
    if (p.contains("sqlite")) {
      return SQLITE;
    }
    if (p.contains("postgres")) {
      return POSTGRESQL;
    }
    throw new io.simbridge.jobs.JobStoreException(
        "the job store supports SQLite and PostgreSQL, not " + productName);
  }
}
