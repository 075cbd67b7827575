package io.simbridge.jobs;

import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How {@link Journal} stores values in the job tables' columns and reads them back: a row's
 * columns as a {@link JobRow}, a SIM from its three columns, and a write's arguments in one text
 * column. Apart from the journal so that its statements read as statements, not as decoding.
 */
final class JournalColumns {
  /** The columns of {@code sb_job_row} that {@link #row} reads, in its order. */
  static final String ROW_COLUMNS =
      "seq, iccid, msisdn, account, provider, state, error_type, error, note,"
          + " started_at, finished_at";

  private JournalColumns() {}

  /** The row under the cursor, read from the columns {@link #ROW_COLUMNS} names. */
  static JobRow row(ResultSet r) throws SQLException {
    return new JobRow(
        r.getInt(1),
        sim(r.getString(2), r.getString(3), r.getString(4)),
        Optional.ofNullable(r.getString(5)),
        RowState.valueOf(r.getString(6)),
        Optional.ofNullable(r.getString(7)),
        Optional.ofNullable(r.getString(8)),
        Optional.ofNullable(r.getString(9)),
        instant(r, 10),
        instant(r, 11));
  }

  private static Optional<Instant> instant(ResultSet r, int column) throws SQLException {
    long ms = r.getLong(column);
    return r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(ms));
  }

  /** A SIM from its {@code iccid}, {@code msisdn} and {@code account} columns, each nullable. */
  static SimRef sim(String iccid, String msisdn, String account) {
    return new SimRef(
        Optional.ofNullable(iccid).map(Iccid::new),
        Optional.ofNullable(msisdn).map(Msisdn::new),
        Optional.ofNullable(account));
  }

  /** A write's arguments as its {@code arguments} column: URL-encoded pairs, in order. */
  static String encode(Map<String, String> arguments) {
    StringBuilder sb = new StringBuilder();
    arguments.forEach(
        (k, v) ->
            sb.append(sb.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return sb.toString();
  }

  /** The arguments {@link #encode} stored, in their order. */
  static Map<String, String> decode(String encoded) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!encoded.isEmpty()) {
      for (String pair : encoded.split("&", -1)) {
        int eq = pair.indexOf('=');
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
