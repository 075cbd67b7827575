package io.simbridge.horisen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.horisen.model.ControlReportFilterField;
import io.simbridge.horisen.model.CustomerReportFilterField;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.TrafficReportCsvRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code outputFormat=csv} on the customer (3.1) and control (3.2) traffic reports. */
class CsvReportsTest extends WireMockSupport {
  private static final LocalDate FROM = LocalDate.of(2024, 10, 1);
  private static final LocalDate TO = LocalDate.of(2024, 10, 31);
  private static final String HEADER =
      "CUSTOMER_ID,CUSTOMER_NAME,CUSTOMER_REF_ID,PRICING_COND_ID,PRICING_COND_NAME,"
          + "COUNTRY,OPERATOR,MCC,MNC,PRICE_PERIOD,SMS_COUNT,CURRENCY,PRICE,AMOUNT";

  @BeforeEach
  void token() {
    stubToken();
  }

  private static void stubCsv(String path, byte[] body) {
    server.stubFor(
        get(urlPathEqualTo(API + path))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/csv; charset=utf-8")
                    .withBody(body)));
  }

  private static void stubCsv(String path, String body) {
    stubCsv(path, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void customerCsvWithQuotedCommasQuotesAndLineBreaksInNames() {
    stubCsv("/customer-traffic-reports", fixture("3.1-customer-traffic-reports.csv"));

    List<TrafficReportCsvRow> rows;
    try (Stream<TrafficReportCsvRow> csv =
        client()
            .customerTrafficReportsCsv(
                FROM,
                TO,
                Filter.on(CustomerReportFilterField.class)
                    .eq(CustomerReportFilterField.COUNTRY_NAME, "Germany"))) {
      rows = csv.toList();
    }

    assertThat(rows)
        .containsExactly(
            new TrafficReportCsvRow(
                OptionalLong.of(1001),
                Optional.of("Acme, Inc."),
                Optional.of("ACME-01"),
                OptionalLong.of(55),
                Optional.of("Standard \"EU\" rates"),
                Optional.of("Germany"),
                Optional.of("Telekom Deutschland"),
                Optional.of("262"),
                Optional.of("01"),
                Optional.of("2024-10-01 - 2024-10-31"),
                OptionalLong.of(15230),
                Optional.of("EUR"),
                Optional.of(new BigDecimal("0.0065")),
                Optional.of(new BigDecimal("98.995"))),
            new TrafficReportCsvRow(
                OptionalLong.of(1002),
                Optional.of("Müller \"Mobile\" GmbH"),
                Optional.empty(),
                OptionalLong.of(56),
                Optional.of("Premium"),
                Optional.of("Switzerland"),
                Optional.of("Swisscom, Ltd"),
                Optional.of("228"),
                Optional.of("01"),
                Optional.of("2024-10-01 - 2024-10-31"),
                OptionalLong.of(200),
                Optional.of("CHF"),
                Optional.of(new BigDecimal("0.05")),
                Optional.of(new BigDecimal("10.00"))),
            new TrafficReportCsvRow(
                OptionalLong.of(1003),
                Optional.of("Line\nBreak Corp"),
                Optional.of("LB-7"),
                OptionalLong.of(55),
                Optional.of("Standard EU"),
                Optional.of("Austria"),
                Optional.of("A1"),
                Optional.of("232"),
                Optional.of("01"),
                Optional.of("2024-10"),
                OptionalLong.of(0),
                Optional.of("EUR"),
                Optional.of(new BigDecimal("0.0070")),
                Optional.of(new BigDecimal("0"))));

    var sent = onlyApiRequest();
    assertThat(rawQuery(sent))
        .isEqualTo("startDate=2024-10-01&endDate=2024-10-31&outputFormat=csv&countryName=Germany");
    assertThat(sent.getHeader("Accept")).startsWith("text/csv");
    assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void controlCsvWithCrLfLineEnds() {
    stubCsv("/control-traffic-reports", fixture("3.2-control-traffic-reports.csv"));

    List<TrafficReportCsvRow> rows;
    try (Stream<TrafficReportCsvRow> csv =
        client()
            .controlTrafficReportsCsv(
                FROM,
                TO,
                Filter.on(ControlReportFilterField.class)
                    .startsWith(ControlReportFilterField.SUPPLIER_BRIEF_NAME, "Carrier"))) {
      rows = csv.toList();
    }

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .isEqualTo(
            new TrafficReportCsvRow(
                OptionalLong.of(2001),
                Optional.of("Carrier \"X\", Ltd"),
                Optional.of("CX-9"),
                OptionalLong.of(77),
                Optional.of("Wholesale, EU"),
                Optional.of("Germany"),
                Optional.of("Vodafone GmbH"),
                Optional.of("262"),
                Optional.of("02"),
                Optional.of("2024-10-01 - 2024-10-31"),
                OptionalLong.of(15100),
                Optional.of("EUR"),
                Optional.of(new BigDecimal("0.0041")),
                Optional.of(new BigDecimal("61.91"))));
    assertThat(rows.get(1).counterpartyRef()).isEmpty();
    assertThat(rows.get(1).amount()).contains(new BigDecimal("0.07"));
    assertThat(rawQuery(onlyApiRequest()))
        .isEqualTo(
            "startDate=2024-10-01&endDate=2024-10-31&outputFormat=csv&startswith(supplierBriefName)=Carrier");
  }

  @Test
  void columnsAreFoundByNameInAnyOrderAndCaseAndUnknownColumnsAreIgnored() {
    stubCsv(
        "/customer-traffic-reports",
        "\uFEFFamount,Customer_Name,EXTRA,SMS_COUNT\n12.50,Acme,x,3\n");

    try (Stream<TrafficReportCsvRow> csv =
        client().customerTrafficReportsCsv(FROM, TO, Filter.none())) {
      TrafficReportCsvRow row = csv.findFirst().orElseThrow();
      assertThat(row.amount()).contains(new BigDecimal("12.50"));
      assertThat(row.counterpartyName()).contains("Acme");
      assertThat(row.smsCount()).hasValue(3);
      assertThat(row.counterpartyId()).isEmpty();
      assertThat(row.country()).isEmpty();
    }
  }

  @Test
  void aSemicolonSeparatedFileIsReadToo() {
    stubCsv(
        "/customer-traffic-reports",
        "CUSTOMER_ID;CUSTOMER_NAME;AMOUNT\n7;\"Gamma; Delta, AG\";1.5\n");

    try (Stream<TrafficReportCsvRow> csv =
        client().customerTrafficReportsCsv(FROM, TO, Filter.none())) {
      assertThat(csv.toList())
          .singleElement()
          .satisfies(
              row -> {
                assertThat(row.counterpartyId()).hasValue(7);
                assertThat(row.counterpartyName()).contains("Gamma; Delta, AG");
                assertThat(row.amount()).contains(new BigDecimal("1.5"));
              });
    }
  }

  @Test
  void anEmptyReportHasNoRows() {
    stubCsv("/customer-traffic-reports", HEADER + "\n");

    try (Stream<TrafficReportCsvRow> csv =
        client().customerTrafficReportsCsv(FROM, TO, Filter.none())) {
      assertThat(csv).isEmpty();
    }
  }

  @Test
  void anEmptyBodyIsMalformedNotAnEmptyReport() {
    // The API writes the header even when there are no rows: no header at all is a body that got
    // lost.
    stubCsv("/customer-traffic-reports", "");

    assertThatThrownBy(() -> client().customerTrafficReportsCsv(FROM, TO, Filter.none()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("CSV header")
        .hasMessageContaining("no lines");
  }

  @Test
  void aRowCutShortFailsTheStreamAfterTheWholeRows() {
    stubCsv(
        "/customer-traffic-reports",
        HEADER + "\n1,A,,55,S,DE,T,262,01,p,10,EUR,1,1\n2,B,,55,S,DE,T,262\n");

    try (Stream<TrafficReportCsvRow> csv =
        client().customerTrafficReportsCsv(FROM, TO, Filter.none())) {
      Iterator<TrafficReportCsvRow> it = csv.iterator();
      assertThat(it.next().counterpartyId()).hasValue(1);
      assertThatThrownBy(it::next)
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("has 8 cells, the header names 14")
          .hasMessageContaining("line 3");
    }
  }

  @Test
  void aRowWithAColumnMoreThanTheHeaderIsRead() {
    stubCsv("/customer-traffic-reports", HEADER + "\n1,A,,55,S,DE,T,262,01,p,10,EUR,1,1,extra\n");

    try (Stream<TrafficReportCsvRow> csv =
        client().customerTrafficReportsCsv(FROM, TO, Filter.none())) {
      assertThat(csv.toList())
          .singleElement()
          .satisfies(r -> assertThat(r.amount()).hasValue(BigDecimal.ONE));
    }
  }

  /**
   * 60,000 rows (about 5 MB) through a client that refuses to hold more than 64 KiB of any answer
   * in memory: the rows can only all arrive if the body is streamed, never buffered.
   */
  @Test
  void aReportLargerThanTheInMemoryLimitIsStreamed() {
    StringBuilder body = new StringBuilder(HEADER).append('\n');
    int rows = 60_000;
    for (int i = 1; i <= rows; i++) {
      body.append(i)
          .append(",\"Customer ")
          .append(i)
          .append(", Ltd\",REF-")
          .append(i)
          .append(
              ",55,Standard EU,Germany,Telekom Deutschland,262,01,2024-10,10,EUR,0.0065,0.065\n");
    }
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(4_000_000);
    stubCsv("/customer-traffic-reports", bytes);
    HorisenClient client = track(builder().maxResponseBytes(64 * 1024).build());

    AtomicLong count = new AtomicLong();
    AtomicLong lastId = new AtomicLong();
    try (Stream<TrafficReportCsvRow> csv =
        client.customerTrafficReportsCsv(FROM, TO, Filter.none())) {
      csv.forEach(
          r -> {
            count.incrementAndGet();
            lastId.set(r.counterpartyId().getAsLong());
          });
    }

    assertThat(count).hasValue(rows);
    assertThat(lastId).hasValue(rows);
  }

  @Test
  void closingAStreamEarlyReleasesTheConnectionForTheNextCall() {
    StringBuilder body = new StringBuilder(HEADER).append('\n');
    for (int i = 1; i <= 20_000; i++) {
      body.append(i).append(",Acme,,55,Standard,Germany,T,262,01,2024-10,1,EUR,1,1\n");
    }
    stubCsv("/customer-traffic-reports", body.toString());
    HorisenClient client = client();

    for (int call = 0; call < 3; call++) {
      try (Stream<TrafficReportCsvRow> csv =
          client.customerTrafficReportsCsv(FROM, TO, Filter.none())) {
        Iterator<TrafficReportCsvRow> it = csv.iterator();
        assertThat(it.next().counterpartyId()).hasValue(1);
      }
    }
    assertThat(apiRequests()).hasSize(3);
  }

  @Test
  void anErrorAnswerIsRaisedByTheCallNotByTheStream() {
    server.stubFor(
        get(urlPathEqualTo(API + "/control-traffic-reports"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"Code\": \"REQUEST_ERROR\", \"Message\": \"Query parameter: 'startDate' error: 'bad date'\"}")));

    assertThatThrownBy(() -> client().controlTrafficReportsCsv(FROM, TO, Filter.none()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("REQUEST_ERROR");
  }

  @Test
  void aJsonAnswerToACsvRequestIsNotTakenForCsv() {
    stubApi("/customer-traffic-reports", emptyPage());

    assertThatThrownBy(() -> client().customerTrafficReportsCsv(FROM, TO, Filter.none()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("asked for CSV");
  }

  @Test
  void aFileWithoutTheDocumentedHeaderIsRefusedBeforeAnyRow() {
    stubCsv("/customer-traffic-reports", "1001,Acme,ACME-01\n");

    assertThatThrownBy(() -> client().customerTrafficReportsCsv(FROM, TO, Filter.none()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("CSV header")
        .hasMessageContaining("CUSTOMER_ID");
  }

  @Test
  void aBadCellFailsTheStreamNamingTheColumnAndLine() {
    stubCsv(
        "/customer-traffic-reports",
        HEADER + "\n1,A,,55,S,DE,T,262,01,p,10,EUR,1,1\n2,B,,55,S,DE,T,262,01,p,ten,EUR,1,1\n");

    try (Stream<TrafficReportCsvRow> csv =
        client().customerTrafficReportsCsv(FROM, TO, Filter.none())) {
      Iterator<TrafficReportCsvRow> it = csv.iterator();
      assertThat(it.next().smsCount()).hasValue(10);
      assertThatThrownBy(it::next)
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("SMS_COUNT")
          .hasMessageContaining("ten")
          .hasMessageContaining("line 3")
          .hasMessageContaining("customerTrafficReports");
      assertThat(it.hasNext()).isFalse();
    }
  }

  @Test
  void anUnterminatedQuoteIsAMalformedAnswer() {
    stubCsv("/customer-traffic-reports", HEADER + "\n1,\"Acme, Inc.,ACME-01\n");

    try (Stream<TrafficReportCsvRow> csv =
        client().customerTrafficReportsCsv(FROM, TO, Filter.none())) {
      assertThatThrownBy(csv::toList)
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("CSV");
    }
  }
}
