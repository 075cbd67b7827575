package io.simbridge.jobs;

import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Writes a job's rows as CSV (RFC 4180, with a header) or as JSON lines, one row at a time. */
final class Export {
  static final List<String> COLUMNS =
      List.of(
          "index",
          "iccid",
          "msisdn",
          "account",
          "provider",
          "state",
          "error_type",
          "error",
          "note",
          "started_at",
          "finished_at");

  private Export() {}

  static void csvHeader(Appendable out) {
    write(out, String.join(",", COLUMNS) + "\r\n");
  }

  static void csv(JobRow row, Appendable out) {
    List<String> values = values(row);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      sb.append(i == 0 ? "" : ",");
      if (v != null) {
        sb.append(v.matches("[^\",\r\n]*") ? v : '"' + v.replace("\"", "\"\"") + '"');
      }
    }
    write(out, sb.append("\r\n").toString());
  }

  static void jsonLine(JobRow row, Appendable out) {
    List<String> values = values(row);
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < values.size(); i++) {
      sb.append(i == 0 ? "" : ",").append('"').append(COLUMNS.get(i)).append("\":");
      String v = values.get(i);
      if (v == null) {
        sb.append("null");
      } else if (i == 0) {
        sb.append(v);
      } else {
        quote(v, sb);
      }
    }
    write(out, sb.append("}\n").toString());
  }

  private static List<String> values(JobRow r) {
    return java.util.Arrays.asList(
        String.valueOf(r.index()),
        r.sim().iccid().map(Iccid::value).orElse(null),
        r.sim().msisdn().map(Msisdn::value).orElse(null),
        r.sim().account().orElse(null),
        r.provider().orElse(null),
        r.state().name(),
        r.errorType().orElse(null),
        r.error().orElse(null),
        r.note().orElse(null),
        time(r.startedAt()),
        time(r.finishedAt()));
  }

  private static String time(Optional<Instant> t) {
    return t.map(Instant::toString).orElse(null);
  }

  private static void quote(String v, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  private static void write(Appendable out, String s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
