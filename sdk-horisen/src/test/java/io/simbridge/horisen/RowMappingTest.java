package io.simbridge.horisen;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.horisen.model.ContTrafficReport;
import io.simbridge.horisen.model.ControlInvoiceTrafficReport;
import io.simbridge.horisen.model.CustTrafficReport;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.OverallTraffic;
import io.simbridge.horisen.model.OverallTrafficRequest;
import io.simbridge.horisen.model.TrafficReport;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every member of every report row lands in the record component of the same name, and nowhere
 * else. The rows are generated from the records themselves, one distinct value per member, so a
 * member added to a record without its JSON binding, or two members swapped, fails here even where
 * the documented examples repeat a value.
 */
class RowMappingTest extends WireMockSupport {
  private static final LocalDate FROM = LocalDate.of(2024, 10, 1);
  private static final LocalDate TO = LocalDate.of(2024, 10, 31);
  private static final OffsetDateTime T0 = OffsetDateTime.parse("2024-10-01T00:00:00Z");
  private static final OverallTrafficRequest OVERALL =
      OverallTrafficRequest.builder(T0, T0.plusDays(1)).build();

  @BeforeEach
  void token() {
    stubToken();
  }

  /** A report endpoint: its row record, its path and a call that returns the rows of its first page. */
  private record Report(
      Class<? extends Record> type,
      String path,
      Function<HorisenClient, List<? extends Record>> call) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  static Stream<Arguments> reports() {
    List<Report> reports =
        List.of(
            new Report(
                TrafficReport.class,
                "/customer-invoices/1/traffic-reports",
                c -> c.customerInvoiceTrafficReportsPage(1, Filter.none(), 1).data()),
            new Report(
                ControlInvoiceTrafficReport.class,
                "/control-invoices/1/traffic-reports",
                c -> c.controlInvoiceTrafficReportsPage(1, Filter.none(), 1).data()),
            new Report(
                CustTrafficReport.class,
                "/customer-traffic-reports",
                c -> c.customerTrafficReportsPage(FROM, TO, Filter.none(), 1).data()),
            new Report(
                ContTrafficReport.class,
                "/control-traffic-reports",
                c -> c.controlTrafficReportsPage(FROM, TO, Filter.none(), 1).data()),
            new Report(
                OverallTraffic.class,
                "/overall-traffic-reports",
                c -> c.overallTrafficReportsPage(OVERALL, 1).data()));
    // Numbers as JSON numbers, then as numeric strings (the customer report's example does both).
    return Stream.of(false, true)
        .flatMap(strings -> reports.stream().map(r -> Arguments.of(r, strings)));
  }

  @ParameterizedTest(name = "{0}, numbers as strings: {1}")
  @MethodSource("reports")
  void everyMemberLandsInItsComponent(Report report, boolean numbersAsStrings) throws Exception {
    Map<String, String> json = new LinkedHashMap<>();
    Map<String, Object> expected = new LinkedHashMap<>();
    RecordComponent[] components = report.type().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      switch (components[i].getGenericType().getTypeName()) {
        case "java.util.OptionalLong" -> {
          json.put(name, quotedIf(numbersAsStrings, String.valueOf(1000 + i)));
          expected.put(name, OptionalLong.of(1000 + i));
        }
        case "java.util.Optional<java.math.BigDecimal>" -> {
          // The scale as written is kept: 3.10, not 3.1.
          json.put(name, quotedIf(numbersAsStrings, i + ".10"));
          expected.put(name, Optional.of(new BigDecimal(i + ".10")));
        }
        case "java.util.Optional<java.lang.String>" -> {
          json.put(name, "\"text of " + name + "\"");
          expected.put(name, Optional.of("text of " + name));
        }
        case "java.util.Optional<java.time.OffsetDateTime>" -> {
          json.put(name, "\"" + T0.plusHours(i) + "\"");
          expected.put(name, Optional.of(T0.plusHours(i)));
        }
        case "java.util.Optional<java.time.LocalDate>" -> {
          json.put(name, "\"" + FROM.plusDays(i) + "\"");
          expected.put(name, Optional.of(FROM.plusDays(i)));
        }
        case "java.util.Optional<java.lang.Boolean>" -> {
          json.put(name, "\"no\"");
          expected.put(name, Optional.of(false));
        }
        default ->
            throw new AssertionError(
                "no test value for " + name + ": " + components[i].getGenericType());
      }
    }
    StringBuilder row = new StringBuilder("{");
    json.forEach(
        (k, v) ->
            row.append(row.length() == 1 ? "" : ", ")
                .append('"')
                .append(k)
                .append("\": ")
                .append(v));
    stubApi(report.path(), "{\"data\": [" + row + "}]}");

    List<? extends Record> rows = report.call().apply(client());

    assertThat(rows).hasSize(1);
    Map<String, Object> actual = new LinkedHashMap<>();
    for (RecordComponent c : components) {
      actual.put(c.getName(), c.getAccessor().invoke(rows.get(0)));
    }
    assertThat(actual).containsExactlyEntriesOf(expected);
  }

  private static String quotedIf(boolean quoted, String number) {
    return quoted ? "\"" + number + "\"" : number;
  }
}
