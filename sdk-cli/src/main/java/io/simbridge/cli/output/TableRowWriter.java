package io.simbridge.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Aligned columns for people. Widths come from the first block of rows, so that a long listing
 * starts printing before it ends; later cells longer than their column are cut with an ellipsis.
 * Columns whose name ends in {@code Bytes} hold volumes and drop the suffix in the header, since
 * the cells carry their unit.
 */
final class TableRowWriter extends RowWriter {
  static final int BLOCK = 50;
  private static final int MAX_WIDTH = 48;

  private final PrintWriter out;
  private final List<List<String>> pending = new ArrayList<>();
  private int[] widths;

  TableRowWriter(PrintWriter out, List<String> columns) {
    super(columns);
    this.out = out;
  }

  @Override
  void writeRow(Map<String, ?> row) {
    List<String> cells = columns().stream().map(c -> Values.human(row.get(c))).toList();
    if (widths != null) {
      print(cells);
      out.flush();
      return;
    }
    pending.add(cells);
    if (pending.size() >= BLOCK) {
      flushBlock();
    }
  }

  private void flushBlock() {
    List<String> headers =
        columns().stream()
            .map(c -> c.endsWith("Bytes") ? c.substring(0, c.length() - 5) : c)
            .toList();
    widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> r : pending) {
        widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i], r.get(i).length()));
      }
    }
    print(headers);
    StringBuilder rule = new StringBuilder();
    for (int w : widths) {
      rule.append(rule.length() == 0 ? "" : "-+-").append("-".repeat(w));
    }
    out.println(rule);
    pending.forEach(this::print);
    pending.clear();
    out.flush();
  }

  private void print(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      String c = cells.get(i);
      c = c.length() > widths[i] ? c.substring(0, widths[i] - 1) + "…" : c;
      sb.append(i == 0 ? "" : " | ").append(c).append(" ".repeat(widths[i] - c.length()));
    }
    out.println(sb.toString().stripTrailing());
  }

  @Override
  public void close() {
    if (widths == null) {
      flushBlock();
    }
    out.flush();
  }
}
