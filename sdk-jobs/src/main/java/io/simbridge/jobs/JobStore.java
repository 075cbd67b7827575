package io.simbridge.jobs;

import io.simbridge.core.config.CallLimitStore;
import io.simbridge.jobs.internal.Database;
import io.simbridge.jobs.internal.JdbcCallLimitStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The database that holds job journals and shared call-limit lanes: a SQLite file by default
 * (created on first use, nothing to install, one process at a time), or PostgreSQL when several
 * processes share jobs or a provider account. Its schema is created and migrated on opening.
 *
 * <p>Neither {@link #toString()}, nor a log line, nor a {@link JobStoreException} ever shows a
 * database password, whether it came in the URL or in the properties. Thread-safe.
 *
 * <pre>{@code
 * try (JobStore store = JobStore.sqlite(Path.of("simbridge-jobs.db"))) { ... }
 * try (JobStore store = JobStore.jdbc("jdbc:postgresql://db:5432/ops", props)) { ... }
 * }</pre>
 */
public final class JobStore implements AutoCloseable {
  private final Database db;
  private final CallLimitStore callLimits;

  private JobStore(Database db) {
    this.db = db;
    this.callLimits = new JdbcCallLimitStore(db);
  }

  /**
   * @param file the SQLite file, created with its folders if absent
   * @return the store
   * @throws JobStoreException if the file cannot be created or opened
   */
  public static JobStore sqlite(Path file) {
    Objects.requireNonNull(file, "file");
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new JobStoreException(
          "cannot create the folder of the job store " + file + ": " + e.getMessage());
    }
    return jdbc("jdbc:sqlite:" + file.toAbsolutePath(), new Properties());
  }

  /**
   * @param url a JDBC URL of SQLite ({@code jdbc:sqlite:...}) or PostgreSQL
   *            ({@code jdbc:postgresql://...}); a password in it never shows
   * @return the store
   */
  public static JobStore jdbc(String url) {
    return jdbc(url, new Properties());
  }

  /**
   * @param url        a JDBC URL of SQLite or PostgreSQL
   * @param properties driver properties, such as {@code user} and {@code password}
   * @return the store
   */
  public static JobStore jdbc(String url, Properties properties) {
    return new JobStore(Database.ofUrl(url, properties));
  }

  /**
   * @param dataSource your data source (and pool) of SQLite or PostgreSQL, left open on
   *                   {@link #close()}
   * @return the store
   */
  public static JobStore of(DataSource dataSource) {
    return new JobStore(Database.of(dataSource));
  }

  /**
   * The call-limit lanes in this database, to give every client that shares a provider account
   * ({@code ThingsMobileClient.builder().callLimitStore(store.callLimits())}).
   *
   * @return the shared call-limit store
   */
  public CallLimitStore callLimits() {
    return callLimits;
  }

  Database database() {
    return db;
  }

  /** Closes the store's own connections; afterwards every use fails with {@link JobStoreException}. */
  @Override
  public void close() {
    db.close();
  }

  @Override
  public String toString() {
    return "JobStore[" + db + "]";
  }
}
