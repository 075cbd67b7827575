package io.simbridge.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table, so that each example shows what its calls returned at a glance. */
final class Table {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  private Table(List<String> headers) {
    this.headers = headers;
  }

  static Table of(String... headers) {
    return new Table(List.of(headers));
  }

  Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "expected " + headers.size() + " cells, got " + cells.length);
    }
    rows.add(Arrays.stream(cells).map(Table::text).toList());
    return this;
  }

  private static String text(Object cell) {
    if (cell instanceof java.util.Optional<?> o) {
      return o.map(Table::text).orElse("-");
    }
    if (cell instanceof java.util.OptionalLong o) {
      return o.isPresent() ? String.valueOf(o.getAsLong()) : "-";
    }
    if (cell instanceof io.simbridge.core.model.DataVolume v) {
      return String.format("%,d B", v.bytes());
    }
    if (cell instanceof java.util.List<?> l) {
      return l.stream().map(Table::text).toList().toString();
    }
    return cell == null ? "-" : String.valueOf(cell);
  }

  void print(PrintStream out) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> r : rows) {
        widths[i] = Math.min(48, Math.max(widths[i], r.get(i).length()));
      }
    }
    out.println(line(headers, widths));
    StringBuilder rule = new StringBuilder();
    for (int w : widths) {
      rule.append(rule.length() == 0 ? "" : "-+-").append("-".repeat(w));
    }
    out.println(rule);
    rows.forEach(r -> out.println(line(r, widths)));
    out.println();
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      String c = cells.get(i);
      c = c.length() > widths[i] ? c.substring(0, widths[i] - 1) + "…" : c;
      sb.append(i == 0 ? "" : " | ").append(String.format("%-" + widths[i] + "s", c));
    }
    return sb.toString().stripTrailing();
  }

  static void heading(PrintStream out, String title) {
    out.println();
    out.println("== " + title);
    out.println();
  }
}
