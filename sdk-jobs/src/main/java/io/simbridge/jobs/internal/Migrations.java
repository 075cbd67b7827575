package io.simbridge.jobs.internal;

import io.simbridge.jobs.JobStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a database to the journal's latest schema with versioned SQL files, one folder per
 * dialect ({@code migrations/<dialect>/V<n>__<what>.sql}), recording each applied version in
 * {@code sb_schema_version}.
 *
 * <p>Why not Flyway: the journal has a handful of tables in two dialects. Flyway would add a
 * runtime dependency of several megabytes with its own logging and database-support policy to
 * every user of the embedded default; forty lines and a version table do the same job here.
 * PostgreSQL migrates inside one transaction under an advisory lock, so processes starting
 * together migrate once; a failed migration leaves the previous version intact.
 */
final class Migrations {
  /** Every migration, in order; a released one is never edited, only followed by a new one. */
  static final List<String> FILES = List.of("V1__journal");

  private static final long ADVISORY_LOCK = 0x5173_6272_6964_6765L;

  private Migrations() {}

  static void apply(Database db) {
    db.transaction(
        "migrate the job store",
        c -> {
          try (Statement s = c.createStatement()) {
            if (db.dialect() == Dialect.POSTGRESQL) {
              s.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK + ")");
            }
            s.execute(
                "CREATE TABLE IF NOT EXISTS sb_schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    + " applied_at BIGINT NOT NULL)");
          }
          int current = current(c);
          if (current > FILES.size()) {
            throw new JobStoreException(
                "the job store's schema is version "
                    + current
                    + ", newer than this simbridge"
                    + " knows ("
                    + FILES.size()
                    + "): upgrade simbridge");
          }
          for (int v = current + 1; v <= FILES.size(); v++) {
            String name = FILES.get(v - 1);
            for (String statement : statements(db.dialect(), name)) {
              try (Statement s = c.createStatement()) {
                s.execute(statement);
              }
            }
            try (PreparedStatement p =
                c.prepareStatement(
                    "INSERT INTO sb_schema_version (version, name, applied_at)"
                        + " VALUES (?, ?, "
                        + db.dialect().nowMillis()
                        + ")")) {
              p.setInt(1, v);
              p.setString(2, name);
              p.executeUpdate();
            }
          }
          return null;
        });
  }

  private static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT MAX(version) FROM sb_schema_version")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  private static List<String> statements(Dialect dialect, String name) {
    String path = "migrations/" + dialect.folder() + "/" + name + ".sql";
    try (InputStream in = Migrations.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing migration " + path);
      }
      String sql =
          new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
      return java.util.Arrays.stream(sql.split(";\\s*(\\n|$)"))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + path, e);
    }
  }
}
