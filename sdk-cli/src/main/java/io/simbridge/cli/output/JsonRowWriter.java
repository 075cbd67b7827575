package io.simbridge.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.simbridge.core.model.DataVolume;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** JSON and JSON Lines: one object per row, keys in column order, volumes as bytes. */
final class JsonRowWriter extends RowWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private final PrintWriter out;
  private final boolean array;
  private int rows;

  JsonRowWriter(PrintWriter out, List<String> columns, boolean array) {
    super(columns);
    this.out = out;
    this.array = array;
  }

  @Override
  void writeRow(Map<String, ?> row) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.writeStartObject();
      for (String c : columns()) {
        g.writeFieldName(c);
        value(g, row.get(c));
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (array) {
      out.print(rows == 0 ? "[\n" : ",\n");
    }
    out.print(text);
    if (!array) {
      out.print('\n');
    }
    out.flush();
    rows++;
  }

  private static void value(JsonGenerator g, Object raw) throws IOException {
    Object v = Values.plain(raw);
    if (v == null) {
      g.writeNull();
    } else if (v instanceof DataVolume d) {
      g.writeNumber(d.bytes());
    } else if (v instanceof BigDecimal b) {
      g.writeNumber(b);
    } else if (v instanceof Long || v instanceof Integer) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object e : l) {
        value(g, e);
      }
      g.writeEndArray();
    } else {
      g.writeString(v.toString());
    }
  }

  @Override
  public void close() {
    if (array) {
      out.print(rows == 0 ? "[]\n" : "\n]\n");
      out.flush();
    }
  }
}
