package io.simbridge.horisen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.horisen.model.ContTrafficReport;
import io.simbridge.horisen.model.ControlInvoiceTrafficReport;
import io.simbridge.horisen.model.CustTrafficReport;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.Grain;
import io.simbridge.horisen.model.OverallTraffic;
import io.simbridge.horisen.model.OverallTrafficRequest;
import io.simbridge.horisen.model.Pagination;
import io.simbridge.horisen.model.ReportPage;
import io.simbridge.horisen.model.TrafficReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One fixture per documented answer, every documented field read with its documented type. The
 * documentation's examples carry only placeholders ({@code "string"}, {@code 0}); the fixtures keep
 * their shape (every field, in order) with realistic values, so that each field's assertion can
 * tell it from its neighbours.
 */
class ResponseModelsTest extends WireMockSupport {
  private static final LocalDate OCT_1 = LocalDate.of(2024, 10, 1);
  private static final LocalDate OCT_31 = LocalDate.of(2024, 10, 31);

  @BeforeEach
  void token() {
    stubToken();
  }

  @Test
  void customerInvoiceTrafficReportModel42() {
    stubApi(
        "/customer-invoices/12345/traffic-reports",
        fixture("3.1-customer-invoice-traffic-reports.json"));

    ReportPage<TrafficReport> page =
        client().customerInvoiceTrafficReportsPage(12345, Filter.none(), 1);

    assertThat(page.data())
        .singleElement()
        .isEqualTo(
            new TrafficReport(
                OptionalLong.of(1001),
                OptionalLong.of(55),
                Optional.of("Standard EU"),
                OptionalLong.of(276),
                Optional.of("Germany"),
                Optional.of("DE"),
                OptionalLong.of(26201),
                Optional.of("Telekom Deutschland"),
                OptionalLong.of(15230),
                Optional.of(new BigDecimal("0.0065")),
                Optional.of(OffsetDateTime.parse("2024-09-01T00:00:00Z")),
                OptionalLong.of(978),
                Optional.of("EUR"),
                Optional.of("262"),
                Optional.of("01"),
                Optional.of(OffsetDateTime.parse("2024-10-01T00:00:00Z")),
                Optional.of(OffsetDateTime.parse("2024-10-31T23:59:59.427Z")),
                Optional.of(new BigDecimal("98.995"))));
    Pagination p = page.pagination().orElseThrow();
    assertThat(p.total()).hasValue(1);
    assertThat(p.count()).hasValue(1);
    assertThat(p.perPage()).hasValue(50);
    assertThat(p.currentPage()).hasValue(1);
    assertThat(p.totalPages()).hasValue(1);
    assertThat(p.links().first())
        .contains(
            "https://api.example.com/bulk/traffic-report/v2/customer-invoices/12345/traffic-reports?page_number=1");
    assertThat(p.links().prev()).isEmpty();
    assertThat(p.links().next()).isEmpty();

    var sent = onlyApiRequest();
    assertThat(sent.getUrl()).isEqualTo(API + "/customer-invoices/12345/traffic-reports");
    assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(sent.getHeader("Accept")).isEqualTo("application/json");
    assertThat(sent.getHeader("User-Agent")).startsWith("simbridge-java/");
  }

  @Test
  void customerTrafficReportModel44ReadsNumbersWrittenAsStringsAndBlankAsAbsent() {
    stubApi("/customer-traffic-reports", fixture("3.1-customer-traffic-reports.json"));

    ReportPage<CustTrafficReport> page =
        client().customerTrafficReportsPage(OCT_1, OCT_31, Filter.none(), 1);

    assertThat(page.data())
        .containsExactly(
            new CustTrafficReport(
                OptionalLong.of(1001),
                Optional.of("Acme, Inc."),
                Optional.of("ACME-01"),
                OptionalLong.of(55),
                Optional.of("Standard EU"),
                OptionalLong.of(276),
                Optional.of("Germany"),
                Optional.of("DE"),
                OptionalLong.of(26201),
                Optional.of("Telekom Deutschland"),
                Optional.of("262"),
                Optional.of("01"),
                Optional.of(OffsetDateTime.parse("2024-09-16T11:59:45.520Z")),
                Optional.of(OffsetDateTime.parse("2024-09-30T23:59:59+02:00")),
                OptionalLong.of(15230),
                OptionalLong.of(978),
                Optional.of("EUR"),
                Optional.of(new BigDecimal("0.0065")),
                Optional.of(new BigDecimal("98.995"))),
            new CustTrafficReport(
                OptionalLong.of(1002),
                Optional.of("Beta Telecom"),
                Optional.empty(),
                OptionalLong.of(56),
                Optional.of("Premium"),
                OptionalLong.of(756),
                Optional.of("Switzerland"),
                Optional.of("CH"),
                OptionalLong.of(22801),
                Optional.of("Swisscom"),
                Optional.of("228"),
                Optional.of("01"),
                Optional.of(OffsetDateTime.parse("2024-09-16T11:59:45.520Z")),
                Optional.of(OffsetDateTime.parse("2024-09-30T23:59:59Z")),
                OptionalLong.of(200),
                OptionalLong.of(756),
                Optional.of("CHF"),
                Optional.of(new BigDecimal("0.05")),
                Optional.of(new BigDecimal("10.00"))));
    assertThat(page.pagination().orElseThrow().links().next()).isEmpty();
    assertThat(rawQuery(onlyApiRequest())).isEqualTo("startDate=2024-10-01&endDate=2024-10-31");
  }

  @Test
  void controlInvoiceTrafficReport() {
    stubApi(
        "/control-invoices/987/traffic-reports",
        fixture("3.2-control-invoice-traffic-reports.json"));

    ReportPage<ControlInvoiceTrafficReport> page =
        client().controlInvoiceTrafficReportsPage(987, Filter.none(), 1);

    assertThat(page.data())
        .singleElement()
        .isEqualTo(
            new ControlInvoiceTrafficReport(
                OptionalLong.of(2001),
                OptionalLong.of(77),
                Optional.of("Carrier X wholesale"),
                OptionalLong.of(276),
                Optional.of("Germany"),
                Optional.of("DE"),
                OptionalLong.of(26202),
                Optional.of("Vodafone GmbH"),
                OptionalLong.of(15100),
                Optional.of(new BigDecimal("0.0041")),
                Optional.of(OffsetDateTime.parse("2023-02-23T13:39:35.437Z")),
                OptionalLong.of(978),
                Optional.of("EUR"),
                Optional.of("262"),
                Optional.of("02"),
                Optional.of(OffsetDateTime.parse("2024-10-01T00:00:00Z")),
                Optional.of(OffsetDateTime.parse("2024-10-31T23:59:59.437Z")),
                Optional.of(new BigDecimal("61.91"))));
    assertThat(page.pagination().orElseThrow().links()).isEqualTo(Pagination.Links.NONE);
    assertThat(onlyApiRequest().getUrl()).isEqualTo(API + "/control-invoices/987/traffic-reports");
  }

  @Test
  void controlTrafficReportModel46() {
    stubApi("/control-traffic-reports", fixture("3.2-control-traffic-reports.json"));

    ReportPage<ContTrafficReport> page =
        client().controlTrafficReportsPage(OCT_1, OCT_31, Filter.none(), 1);

    assertThat(page.data())
        .singleElement()
        .isEqualTo(
            new ContTrafficReport(
                OptionalLong.of(2001),
                Optional.of("Carrier X"),
                Optional.of("CX-9"),
                OptionalLong.of(77),
                Optional.of("Carrier X wholesale"),
                OptionalLong.of(276),
                Optional.of("Germany"),
                Optional.of("DE"),
                OptionalLong.of(26202),
                Optional.of("Vodafone GmbH"),
                Optional.of("262"),
                Optional.of("02"),
                Optional.of(OffsetDateTime.parse("2024-09-16T13:06:21.442Z")),
                Optional.of(OffsetDateTime.parse("2024-09-30T13:06:21.442Z")),
                OptionalLong.of(15100),
                OptionalLong.of(978),
                Optional.of("EUR"),
                Optional.of(new BigDecimal("0.0041")),
                Optional.of(new BigDecimal("61.91"))));
    assertThat(rawQuery(onlyApiRequest())).isEqualTo("startDate=2024-10-01&endDate=2024-10-31");
  }

  @Test
  void overallTrafficModel48WithCamelCasePagination() {
    stubApi("/overall-traffic-reports", fixture("3.3-overall-traffic-reports.json"));
    OverallTrafficRequest request =
        OverallTrafficRequest.builder(
                OffsetDateTime.parse("2024-10-22T00:00:00Z"),
                OffsetDateTime.parse("2024-10-23T00:00:00Z"))
            .grain(Grain.HOUR)
            .build();

    ReportPage<OverallTraffic> page = client().overallTrafficReportsPage(request, 1);

    OverallTraffic full = page.data().get(0);
    assertThat(full)
        .isEqualTo(
            new OverallTraffic(
                Optional.of(LocalDate.of(2024, 10, 22)),
                Optional.of(OffsetDateTime.parse("2024-10-22T13:00:00Z")),
                OptionalLong.of(11),
                OptionalLong.of(12),
                OptionalLong.of(13),
                OptionalLong.of(276),
                OptionalLong.of(14),
                OptionalLong.of(15),
                OptionalLong.of(16),
                decimal("0.0065"),
                decimal("6.5"),
                OptionalLong.of(978),
                Optional.of("EUR"),
                OptionalLong.of(1000),
                OptionalLong.of(990),
                decimal("0.0041"),
                decimal("4.059"),
                OptionalLong.of(840),
                Optional.of("USD"),
                OptionalLong.of(990),
                OptionalLong.of(985),
                Optional.of("978"),
                Optional.of("EUR"),
                decimal("6.5"),
                decimal("3.75"),
                decimal("0.25"),
                OptionalLong.of(40),
                decimal("2.5"),
                OptionalLong.of(3),
                OptionalLong.of(980),
                OptionalLong.of(5),
                OptionalLong.of(4),
                OptionalLong.of(2),
                OptionalLong.of(6),
                OptionalLong.of(1001),
                Optional.of("Acme, Inc."),
                OptionalLong.of(55),
                Optional.of("Standard EU"),
                OptionalLong.of(2001),
                Optional.of("Carrier X"),
                OptionalLong.of(77),
                Optional.of("Carrier X wholesale"),
                OptionalLong.of(301),
                Optional.of("acme-smpp-1"),
                OptionalLong.of(401),
                Optional.of("carrierx-gw-1"),
                Optional.of("Germany"),
                Optional.of("DE"),
                OptionalLong.of(26201),
                Optional.of("Telekom Deutschland"),
                Optional.of("262"),
                Optional.of("01"),
                Optional.of(true)));

    // Only the fields a request embeds are present; mnc may come as a number (the 4.8 table says
    // integer) and is kept as text; isMobile "no" is false.
    OverallTraffic sparse = page.data().get(1);
    assertThat(sparse.msgDt()).contains(OffsetDateTime.parse("2024-10-22T14:00:00+02:00"));
    assertThat(sparse.countryName()).contains("Switzerland");
    assertThat(sparse.inSmsCnt()).hasValue(5);
    assertThat(sparse.mnc()).contains("3");
    assertThat(sparse.isMobile()).contains(false);
    assertThat(sparse.sellAmount()).isEmpty();
    assertThat(sparse.customerId()).isEmpty();
    assertThat(sparse.outSmsCnt()).isEmpty();

    Pagination p = page.pagination().orElseThrow();
    assertThat(p)
        .isEqualTo(
            new Pagination(
                OptionalLong.of(2),
                OptionalInt.of(2),
                OptionalInt.of(100),
                OptionalInt.of(1),
                OptionalInt.of(1),
                Pagination.Links.NONE));
  }

  @Test
  void anAnswerWithoutPaginationIsOnePage() {
    stubApi("/control-traffic-reports", "{\"data\": [{\"supplierId\": 1}]}");

    ReportPage<ContTrafficReport> page =
        client().controlTrafficReportsPage(OCT_1, OCT_31, Filter.none(), 1);

    assertThat(page.data())
        .singleElement()
        .extracting(ContTrafficReport::supplierId)
        .isEqualTo(OptionalLong.of(1));
    assertThat(page.pagination()).isEmpty();
    assertThat(client().controlTrafficReports(OCT_1, OCT_31, Filter.none())).hasSize(1);
  }

  @Test
  void aValueOfTheWrongTypeIsAMalformedAnswerNamingTheField() {
    stubApi(
        "/customer-traffic-reports", "{\"data\": [{\"customerId\": 1, \"inSmsCnt\": \"many\"}]}");

    assertThatThrownBy(() -> client().customerTrafficReportsPage(OCT_1, OCT_31, Filter.none(), 1))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("inSmsCnt")
        .hasMessageContaining("many");
  }

  @Test
  void aFractionalCountIsRefusedNotTruncated() {
    stubApi("/customer-traffic-reports", "{\"data\": [{\"inSmsCnt\": 12.5}]}");

    assertThatThrownBy(() -> client().customerTrafficReportsPage(OCT_1, OCT_31, Filter.none(), 1))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("inSmsCnt")
        .hasMessageContaining("not a whole number");
  }

  @Test
  void aDateTimeWithoutOffsetIsRefused() {
    stubApi("/customer-traffic-reports", "{\"data\": [{\"startDt\": \"2024-09-16 11:59:45\"}]}");

    assertThatThrownBy(() -> client().customerTrafficReportsPage(OCT_1, OCT_31, Filter.none(), 1))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("startDt");
  }

  @Test
  void anAnswerWithoutDataIsMalformed() {
    stubApi("/customer-traffic-reports", "{\"meta\": {}}");

    assertThatThrownBy(() -> client().customerTrafficReportsPage(OCT_1, OCT_31, Filter.none(), 1))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("data")
        .hasMessageContaining("missing");
  }

  @Test
  void aNonJsonAnswerIsMalformed() {
    stubApi("/customer-traffic-reports", "<html>maintenance</html>");

    assertThatThrownBy(() -> client().customerTrafficReportsPage(OCT_1, OCT_31, Filter.none(), 1))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("maintenance");
  }

  private static Optional<BigDecimal> decimal(String v) {
    return Optional.of(new BigDecimal(v));
  }
}
