package io.simbridge.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** RFC 4180 CSV: a header row, then one line per row, volumes in bytes, lists joined by ';'. */
final class CsvRowWriter extends RowWriter {
  private final PrintWriter out;

  CsvRowWriter(PrintWriter out, List<String> columns) {
    super(columns);
    this.out = out;
    line(columns);
  }

  @Override
  void writeRow(Map<String, ?> row) {
    line(columns().stream().map(c -> Values.machine(row.get(c))).toList());
  }

  private void line(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(quote(cells.get(i)));
    }
    out.print(sb.append("\r\n"));
    out.flush();
  }

  private static String quote(String cell) {
    if (cell.indexOf(',') < 0
        && cell.indexOf('"') < 0
        && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  @Override
  public void close() {
    out.flush();
  }
}
