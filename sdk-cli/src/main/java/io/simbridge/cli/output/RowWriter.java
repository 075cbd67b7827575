package io.simbridge.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes result rows to standard output as they arrive, in one {@link Format}. Every row of one
 * command has the same columns, declared up front, so CSV headers and JSON keys never depend on
 * the data: a column without a value is written as JSON {@code null}, an empty CSV cell or a dash.
 *
 * <p>Rows are flushed as they are written (tables in blocks), so a long listing streams instead
 * of waiting for its end. Call {@link #close()} once at the end: it finishes the JSON array or the
 * last table block. It does not close the underlying writer.
 */
public abstract class RowWriter implements AutoCloseable {
  private final List<String> columns;

  RowWriter(List<String> columns) {
    this.columns = List.copyOf(columns);
  }

  /**
   * @param format  the format
   * @param out     where to write
   * @param columns the columns, in order
   * @return a writer
   */
  public static RowWriter open(Format format, PrintWriter out, List<String> columns) {
    Objects.requireNonNull(out, "out");
    return switch (format) {
      case TABLE -> new TableRowWriter(out, columns);
      case JSON -> new JsonRowWriter(out, columns, true);
      case JSONL -> new JsonRowWriter(out, columns, false);
      case CSV -> new CsvRowWriter(out, columns);
    };
  }

  /** @return the columns, in order */
  public List<String> columns() {
    return columns;
  }

  /**
   * Writes one row.
   *
   * @param row values by column; values may be {@code Optional}s, volumes, times or lists
   * @throws IllegalArgumentException if the row has a column that was not declared
   */
  public final void write(Map<String, ?> row) {
    for (String key : row.keySet()) {
      if (!columns.contains(key)) {
        throw new IllegalArgumentException("undeclared column " + key + "; declared: " + columns);
      }
    }
    writeRow(row);
  }

  abstract void writeRow(Map<String, ?> row);

  /** Finishes the output (closing bracket, last table block). */
  @Override
  public abstract void close();
}
