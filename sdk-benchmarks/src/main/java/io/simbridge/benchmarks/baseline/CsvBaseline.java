package io.simbridge.benchmarks.baseline;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.simbridge.horisen.model.TrafficReportCsvRow;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A HORISEN customer traffic report in CSV read by hand with OkHttp and Jackson's CSV parser into
 * the same {@link TrafficReportCsvRow} records simbridge hands out: either the way most
 * hand-written clients do it, reading the whole body first ({@link #readWholeBody}), or streamed
 * from the body ({@link #stream}).
 */
public final class CsvBaseline {
  private final OkHttpClient http;
  private final CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
  private final String url;
  private final String authorization;

  /**
   * @param http    the user's OkHttp client
   * @param baseUrl the API's base URL
   * @param token   the bearer token
   */
  public CsvBaseline(OkHttpClient http, String baseUrl, String token) {
    this.http = http;
    this.url =
        baseUrl
            + "/customer-traffic-reports?startDate=2024-10-01&endDate=2024-10-31&outputFormat=csv";
    this.authorization = "Bearer " + token;
  }

  /**
   * Reads the whole answer into memory, then parses it.
   *
   * @param sink receives each row
   * @return the number of rows
   * @throws IOException if the call fails
   */
  public long readWholeBody(Consumer<TrafficReportCsvRow> sink) throws IOException {
    try (Response response = call()) {
      byte[] body = response.body().bytes();
      return parse(csv.readerFor(String[].class).readValues(body), sink);
    }
  }

  /**
   * Parses the answer as it arrives.
   *
   * @param sink receives each row
   * @return the number of rows
   * @throws IOException if the call fails
   */
  public long stream(Consumer<TrafficReportCsvRow> sink) throws IOException {
    try (Response response = call();
        InputStream in = response.body().byteStream()) {
      return parse(csv.readerFor(String[].class).readValues(in), sink);
    }
  }

  private Response call() throws IOException {
    Request request =
        new Request.Builder()
            .url(url)
            .header("Authorization", authorization)
            .header("Accept", "text/csv")
            .build();
    Response response = http.newCall(request).execute();
    if (!response.isSuccessful()) {
      response.close();
      throw new IOException("HTTP " + response.code());
    }
    return response;
  }

  private static long parse(MappingIterator<String[]> lines, Consumer<TrafficReportCsvRow> sink)
      throws IOException {
    try (lines) {
      if (!lines.hasNextValue()) {
        return 0;
      }
      Columns c = new Columns(lines.nextValue());
      long n = 0;
      while (lines.hasNextValue()) {
        String[] cells = lines.nextValue();
        sink.accept(
            new TrafficReportCsvRow(
                number(cells, c.id),
                text(cells, c.name),
                text(cells, c.ref),
                number(cells, c.pricingCondId),
                text(cells, c.pricingCondName),
                text(cells, c.country),
                text(cells, c.operator),
                text(cells, c.mcc),
                text(cells, c.mnc),
                text(cells, c.pricePeriod),
                number(cells, c.smsCount),
                text(cells, c.currency),
                text(cells, c.price).map(BigDecimal::new),
                text(cells, c.amount).map(BigDecimal::new)));
        n++;
      }
      return n;
    }
  }

  private static Optional<String> text(String[] cells, int i) {
    return i < 0 || i >= cells.length ? Optional.empty() : Values.text(cells[i]);
  }

  private static OptionalLong number(String[] cells, int i) {
    Optional<String> t = text(cells, i);
    return t.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(t.get()));
  }

  /** Column positions, found by name in the header line. */
  private static final class Columns {
    final int id;
    final int name;
    final int ref;
    final int pricingCondId;
    final int pricingCondName;
    final int country;
    final int operator;
    final int mcc;
    final int mnc;
    final int pricePeriod;
    final int smsCount;
    final int currency;
    final int price;
    final int amount;

    Columns(String[] header) {
      java.util.List<String> names = java.util.Arrays.stream(header).map(String::strip).toList();
      id = names.indexOf("CUSTOMER_ID");
      name = names.indexOf("CUSTOMER_NAME");
      ref = names.indexOf("CUSTOMER_REF_ID");
      pricingCondId = names.indexOf("PRICING_COND_ID");
      pricingCondName = names.indexOf("PRICING_COND_NAME");
      country = names.indexOf("COUNTRY");
      operator = names.indexOf("OPERATOR");
      mcc = names.indexOf("MCC");
      mnc = names.indexOf("MNC");
      pricePeriod = names.indexOf("PRICE_PERIOD");
      smsCount = names.indexOf("SMS_COUNT");
      currency = names.indexOf("CURRENCY");
      price = names.indexOf("PRICE");
      amount = names.indexOf("AMOUNT");
    }
  }
}
