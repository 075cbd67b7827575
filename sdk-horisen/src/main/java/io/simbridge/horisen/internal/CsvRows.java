package io.simbridge.horisen.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.error.TransportException;
import io.simbridge.core.internal.http.BodyReadException;
import io.simbridge.core.internal.http.Redactor;
import io.simbridge.core.internal.parse.Fields;
import io.simbridge.core.internal.parse.MalformedFieldException;
import io.simbridge.horisen.model.TrafficReportCsvRow;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a CSV report row by row from the answer's body stream with Jackson's CSV parser (quoted
 * fields, doubled quotes and line breaks inside quotes per RFC 4180), holding one row at a time:
 * memory does not grow with the report. Columns are found by their header name, in any order and
 * any case; unknown columns are ignored. The body is closed when the rows are exhausted, when
 * reading fails, or when the stream is closed, whichever comes first.
 */
final class CsvRows implements Iterator<TrafficReportCsvRow>, Closeable {
  private static final int SNIFF_BYTES = 8192;

  /** The longest header line read; the documented one is under 200 bytes. */
  private static final int MAX_HEADER_BYTES = 65_536;

  /** The most cells a line may have: the documented reports have 14 columns. */
  static final int MAX_CELLS = 256;

  /** The most characters a line's cells may hold together; documented rows hold under 300. */
  static final int MAX_ROW_CHARS = 1 << 20;

  // Positions in CsvLayout.columns(), the documented order.
  private static final int ID = 0;
  private static final int NAME = 1;
  private static final int REF = 2;
  private static final int PRICING_COND_ID = 3;
  private static final int PRICING_COND_NAME = 4;
  private static final int COUNTRY = 5;
  private static final int OPERATOR = 6;
  private static final int MCC = 7;
  private static final int MNC = 8;
  private static final int PRICE_PERIOD = 9;
  private static final int SMS_COUNT = 10;
  private static final int CURRENCY = 11;
  private static final int PRICE = 12;
  private static final int AMOUNT = 13;

  private static final CsvMapper CSV =
      CsvMapper.builder(
              CsvFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxStringLength(MAX_ROW_CHARS).build())
                  .build())
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .build();

  private final InputStream body;
  private final CsvSchema schema;
  private final int headerLines;
  // Created on the first row asked for, so that opening reads the header line and no further.
  private CsvParser cells;
  private final int[] at;
  private final int width;
  private final CsvLayout layout;
  private final ErrorDetails details;
  // A failure's message may quote a cell, and a cell may echo a secret.
  private final Redactor redactor;
  private TrafficReportCsvRow next;
  private int rowLine;
  private boolean closed;

  private CsvRows(
      InputStream body,
      CsvSchema schema,
      int headerLines,
      int[] at,
      int width,
      CsvLayout layout,
      ErrorDetails details,
      Redactor redactor) {
    this.body = body;
    this.schema = schema;
    this.headerLines = headerLines;
    this.at = at;
    this.width = width;
    this.layout = layout;
    this.details = details;
    this.redactor = redactor;
  }

  /**
   * Reads the header line, so that a wrong file fails before any row is handed out.
   *
   * @param body    the answer's body; closed here if reading the header fails
   * @param layout  the report's columns
   * @param details the call, for errors raised while the caller reads rows
   * @param redactor the client's, for the messages of those errors
   * @return the rows
   * @throws IOException if the header cannot be read
   */
  static CsvRows open(InputStream body, CsvLayout layout, ErrorDetails details, Redactor redactor)
      throws IOException {
    try {
      BufferedInputStream in = new BufferedInputStream(body, SNIFF_BYTES);
      // The header line is read byte by byte and parsed on its own: a parser over the stream
      // would look past it for the first row, which a slow server may not have sent yet.
      HeaderLine head = headerLine(in);
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator(head.bytes()));
      String[] names;
      try (CsvParser header = parser(schema, new ByteArrayInputStream(head.bytes()))) {
        // The API writes the header line even for a report without rows; no header at all is a
        // body that did not arrive as documented, never an empty report.
        if (header.nextToken() == null) {
          throw new MalformedFieldException("CSV header", "is missing: the answer has no lines");
        }
        names = cells(header, "CSV header");
      }
      return new CsvRows(
          in, schema, head.lines(), header(names, layout), names.length, layout, details, redactor);
    } catch (IOException | RuntimeException e) {
      closeQuietly(body);
      throw e;
    }
  }

  /** The header line's bytes, and how many lines of the body it took (blank lines before it included). */
  @SuppressWarnings(
      "ArrayRecordComponent") // carries one read to its caller, never compared or hashed
  private record HeaderLine(byte[] bytes, int lines) {}

  private static HeaderLine headerLine(BufferedInputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int lines = 1;
    boolean quoted = false;
    for (int b = in.read(); b >= 0; b = in.read()) {
      if (line.size() >= MAX_HEADER_BYTES) {
        throw new MalformedFieldException(
            "CSV header", "is longer than " + MAX_HEADER_BYTES + " bytes");
      }
      if (b == '\n' && line.size() == 0) {
        lines++; // a blank line before the header, skipped as the rows' parser skips them
        continue;
      }
      line.write(b);
      if (b == '"') {
        quoted = !quoted;
      } else if (b == '\n' && quoted) {
        lines++;
      } else if (!quoted && (b == '\n' || b == '\r')) {
        if (b == '\r' && in.available() > 0) {
          // Take the LF of a CRLF along, but only if it already arrived: never wait for it.
          in.mark(1);
          if (in.read() != '\n') {
            in.reset();
          }
        }
        break;
      }
    }
    return new HeaderLine(line.toByteArray(), lines);
  }

  /**
   * Reads the rest of a line cell by cell, never holding more than the bounds allow.
   *
   * @param cells the parser, at the start of a line
   * @param what  the line, for the message
   * @return its cells
   */
  private static String[] cells(CsvParser cells, String what) throws IOException {
    List<String> line = new ArrayList<>();
    long chars = 0;
    for (JsonToken t = cells.nextToken();
        t != JsonToken.END_ARRAY && t != null;
        t = cells.nextToken()) {
      if (line.size() == MAX_CELLS) {
        throw new MalformedFieldException(
            what, "has more than " + MAX_CELLS + " cells (the report has 14 columns)");
      }
      String cell = cells.getText();
      chars += cell.length();
      if (chars > MAX_ROW_CHARS) {
        throw new MalformedFieldException(what, "is longer than " + MAX_ROW_CHARS + " characters");
      }
      line.add(cell);
    }
    return line.toArray(String[]::new);
  }

  private static CsvParser parser(CsvSchema schema, InputStream in) throws IOException {
    CsvParser parser = CSV.getFactory().createParser(in);
    parser.setSchema(schema);
    return parser;
  }

  /**
   * The documentation says CSV; a comma is expected, but a header line separated by semicolons
   * (as European spreadsheet exports write) is read as such.
   */
  private static char separator(byte[] headerLine) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (byte b : headerLine) {
      if (b == '"') {
        quoted = !quoted;
      } else if (!quoted && b == ',') {
        commas++;
      } else if (!quoted && b == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  /**
   * @return for each documented column, in {@link CsvLayout#columns()} order, its index in the
   *     rows, or -1 when the header lacks it: found once, so that no row looks a name up
   */
  private static int[] header(String[] names, CsvLayout layout) {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      String name = names[i].replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT);
      byName.putIfAbsent(name, i);
    }
    List<String> documented = layout.columns();
    int[] at = new int[documented.size()];
    boolean any = false;
    for (int c = 0; c < at.length; c++) {
      at[c] = byName.getOrDefault(documented.get(c), -1);
      any |= at[c] >= 0;
    }
    if (!any) {
      throw new MalformedFieldException(
          "CSV header",
          "names none of the documented columns (" + String.join(", ", documented) + ")");
    }
    return at;
  }

  /** @return the rows as a lazy stream that must be closed */
  Stream<TrafficReportCsvRow> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (closed) {
      return false;
    }
    try {
      if (cells == null) {
        cells = parser(schema, body);
      }
      if (cells.nextToken() == null) {
        close();
        return false;
      }
      rowLine = line(cells.currentLocation().getLineNr());
      next = row(cells(cells, "row"));
      return true;
    } catch (IOException | MalformedFieldException e) {
      SimApiException failure = failure(e);
      close();
      throw failure;
    }
  }

  @Override
  public TrafficReportCsvRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    TrafficReportCsvRow row = next;
    next = null;
    return row;
  }

  private TrafficReportCsvRow row(String[] cells) {
    // A writer puts every separator on every line; a shorter row is a body cut mid-line. A longer
    // one (a column the API added at the end) is read as usual.
    if (cells.length < width) {
      throw new MalformedFieldException(
          "row", "has " + cells.length + " cells, the header names " + width);
    }
    return new TrafficReportCsvRow(
        Fields.optionalLong(layout.idColumn(), cell(cells, ID)),
        Fields.text(cell(cells, NAME)),
        Fields.text(cell(cells, REF)),
        Fields.optionalLong(CsvLayout.PRICING_COND_ID, cell(cells, PRICING_COND_ID)),
        Fields.text(cell(cells, PRICING_COND_NAME)),
        Fields.text(cell(cells, COUNTRY)),
        Fields.text(cell(cells, OPERATOR)),
        Fields.text(cell(cells, MCC)),
        Fields.text(cell(cells, MNC)),
        Fields.text(cell(cells, PRICE_PERIOD)),
        Fields.optionalLong(CsvLayout.SMS_COUNT, cell(cells, SMS_COUNT)),
        Fields.text(cell(cells, CURRENCY)),
        Fields.optionalDecimal(CsvLayout.PRICE, cell(cells, PRICE)),
        Fields.optionalDecimal(CsvLayout.AMOUNT, cell(cells, AMOUNT)));
  }

  /**
   * @param cells  a row
   * @param column a position in {@link CsvLayout#columns()}
   * @return the cell, {@code null} if the header lacks the column
   */
  private String cell(String[] cells, int column) {
    int i = at[column];
    return i < 0 ? null : cells[i];
  }

  private SimApiException failure(Exception e) {
    Optional<BodyReadException> lost = BodyReadException.in(e);
    if (lost.isPresent()) {
      // Jackson wraps the stream's failure in its own exception: the connection, not the format.
      return new TransportException(details, true, lost.get().getCause());
    }
    if (e instanceof JsonProcessingException j) {
      int line = line(j.getLocation() != null ? j.getLocation().getLineNr() : currentLine());
      // Jackson's exception is not kept as the cause: its own message quotes the same text
      // unredacted.
      return new MalformedResponseException(
          details,
          redactor.redact("not the documented CSV: " + j.getOriginalMessage() + " at line " + line),
          "",
          null);
    } else if (e instanceof MalformedFieldException) {
      return new MalformedResponseException(
          details, redactor.redact(e.getMessage()) + " in the row at line " + rowLine, "", null);
    }
    // Any other IOException is the decoder's over bytes that did arrive (an invalid UTF-8
    // sequence).
    return new MalformedResponseException(
        details,
        "the CSV could not be decoded: "
            + redactor.redact(e.getMessage())
            + " at line "
            + line(currentLine()),
        "",
        e);
  }

  private int currentLine() {
    return cells == null ? 1 : cells.currentLocation().getLineNr();
  }

  /**
   * @param rowsParserLine a line number of the rows' parser, which starts after the header
   * @return the line number in the body
   */
  private int line(int rowsParserLine) {
    return headerLines + rowsParserLine;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      next = null;
      try {
        if (cells != null) {
          cells.close();
        }
      } catch (IOException e) {
        // The body is discarded either way; closing it below releases the connection.
      }
      closeQuietly(body);
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // Nothing more to release: the connection is dropped with the stream.
    }
  }
}
