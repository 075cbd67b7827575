package io.simbridge.jobs.internal;

import io.simbridge.jobs.JobStoreException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The journal's database: where connections come from, one transaction at a time per unit of
 * work, and errors turned into {@link JobStoreException}s that carry no secret.
 *
 * <p>Connections: a SQLite URL gets one connection shared by the process's threads in turn
 * (SQLite writes one transaction at a time anyway); another URL gets a small pool of its own; a
 * {@link DataSource} is the user's, asked for a connection per unit of work.
 */
public final class Database implements AutoCloseable {
  private static final Pattern URL_SECRETS =
      Pattern.compile("(?i)(password|passwd|pwd|sslpassword|secret)=([^&;]*)");

  /**
   * A unit of work inside one transaction.
   *
   * @param <T> what it returns
   */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * @param c the connection, in a transaction
     * @return the result
     * @throws SQLException when a statement fails; the transaction is then rolled back
     */
    T run(Connection c) throws SQLException;
  }

  private final Connections connections;
  private final String description;
  private final List<String> secrets;
  private final Dialect dialect;
  private volatile boolean closed;

  private Database(Connections connections, String description, List<String> secrets) {
    this.connections = connections;
    this.description = description;
    this.secrets = List.copyOf(secrets);
    this.dialect =
        transaction(
            "open the job store", c -> Dialect.of(c.getMetaData().getDatabaseProductName()));
    Migrations.apply(this);
  }

  /**
   * @param url        a JDBC URL of SQLite or PostgreSQL; a password in it never shows
   * @param properties driver properties, such as {@code user} and {@code password}
   * @return the database, migrated to the journal's latest schema
   */
  public static Database ofUrl(String url, Properties properties) {
    Objects.requireNonNull(url, "url");
    Properties props = new Properties();
    props.putAll(Objects.requireNonNull(properties, "properties"));
    List<String> secrets = new ArrayList<>();
    Matcher m = URL_SECRETS.matcher(url);
    while (m.find()) {
      secrets.add(m.group(2));
    }
    props.stringPropertyNames().stream()
        .filter(k -> URL_SECRETS.matcher(k + "=").find() || k.equals("password"))
        .forEach(k -> secrets.add(props.getProperty(k)));
    String description = describe(url);
    Connections source =
        url.startsWith("jdbc:sqlite:")
            ? new Connections.Single(() -> sqlite(DriverManager.getConnection(url, props)))
            : new Connections.Pool(() -> DriverManager.getConnection(url, props));
    return new Database(source, description, secrets);
  }

  /**
   * @param dataSource the user's data source (and pool)
   * @return the database, migrated to the journal's latest schema
   */
  public static Database of(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return new Database(
        new Connections.Borrowed(dataSource),
        "a DataSource (" + dataSource.getClass().getSimpleName() + ")",
        List.of());
  }

  private static Connection sqlite(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      // WAL lets readers (progress, export) run beside the worker; FULL makes each commit survive
      // a power cut, since an IN_FLIGHT row lost to one would let a write be sent twice.
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=FULL");
      s.execute("PRAGMA busy_timeout=10000");
    }
    return c;
  }

  /** A URL without credentials or parameters: what error messages and toString() may show. */
  private static String describe(String url) {
    String noQuery = url.replaceAll("[?;].*$", "");
    return noQuery.replaceAll("//[^/@]*@", "//");
  }

  /** @return the dialect */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Runs a unit of work in one transaction, committed when it returns.
   *
   * @param what  what is being done, for the error message
   * @param work  the work
   * @param <T>   what it returns
   * @return what the work returned
   * @throws JobStoreException if the store is closed or the database failed; the transaction was
   *     rolled back
   */
  public <T> T transaction(String what, Work<T> work) {
    if (closed) {
      throw new JobStoreException("cannot " + what + ": the job store is closed");
    }
    Connection c;
    try {
      c = connections.borrow();
    } catch (SQLException e) {
      throw failure(what, e);
    }
    boolean broken = false;
    try {
      c.setAutoCommit(false);
      T result = work.run(c);
      c.commit();
      return result;
    } catch (SQLException e) {
      broken = true;
      rollback(c);
      throw failure(what, e);
    } catch (RuntimeException | Error e) {
      rollback(c);
      throw e;
    } finally {
      connections.giveBack(c, broken);
    }
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // The connection is given back as broken; the database rolls back on its own.
    }
  }

  private JobStoreException failure(String what, SQLException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    for (String s : secrets) {
      if (!s.isEmpty()) {
        message = message.replace(s, "***");
      }
    }
    message = URL_SECRETS.matcher(message).replaceAll("$1=***");
    return new JobStoreException(
        "cannot "
            + what
            + " in "
            + description
            + ": "
            + message
            + (e.getSQLState() == null ? "" : " [SQLState " + e.getSQLState() + "]"));
  }

  /** Closes the store's own connections; a user's DataSource stays open. Idempotent. */
  @Override
  public void close() {
    closed = true;
    connections.close();
  }

  @Override
  public String toString() {
    return description;
  }
}
