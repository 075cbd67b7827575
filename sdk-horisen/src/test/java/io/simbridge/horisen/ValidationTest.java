package io.simbridge.horisen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.horisen.model.ControlReportFilterField;
import io.simbridge.horisen.model.CustomerInvoiceFilterField;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.FilterOperator;
import io.simbridge.horisen.model.Grain;
import io.simbridge.horisen.model.OverallField;
import io.simbridge.horisen.model.OverallTrafficRequest;
import io.simbridge.horisen.model.Sort;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input the documentation forbids is refused before anything is sent, with a message naming the
 * field, the problem and what is allowed. After each case, WireMock has received no request at
 * all (not even for a token).
 */
class ValidationTest extends WireMockSupport {
  private static final OffsetDateTime START = OffsetDateTime.parse("2024-10-01T00:00:00Z");
  private static final OffsetDateTime END = OffsetDateTime.parse("2024-10-02T00:00:00Z");
  private static final LocalDate OCT_1 = LocalDate.of(2024, 10, 1);
  private static final LocalDate OCT_31 = LocalDate.of(2024, 10, 31);

  private HorisenClient client;

  @BeforeEach
  void setUp() {
    stubToken();
    client = client();
  }

  @AfterEach
  void nothingWasSent() {
    assertThat(allRequests()).as("requests that reached WireMock").isZero();
  }

  static Stream<Arguments> refusedInputs() {
    return Stream.of(
        // Overall report
        input(
            "startDt after endDt",
            "startDt",
            "is after endDt",
            c -> OverallTrafficRequest.builder(END, START).build()),
        input(
            "msgDt embedded without grain=hour",
            "embed",
            "msgDt is available only with grain=hour",
            c -> OverallTrafficRequest.builder(START, END).embed(OverallField.MSG_DT).build()),
        input(
            "msgDt grouped at grain=day",
            "groupBy",
            "msgDt is available only with grain=hour",
            c ->
                OverallTrafficRequest.builder(START, END)
                    .grain(Grain.DAY)
                    .groupBy(OverallField.MSG_DT)
                    .build()),
        input(
            "msgDt sorted without grain",
            "sort",
            "msgDt is available only with grain=hour",
            c ->
                OverallTrafficRequest.builder(START, END)
                    .sort(Sort.descending(OverallField.MSG_DT))
                    .build()),
        input(
            "an aggregated field grouped",
            "groupBy",
            "inSmsCnt cannot be grouped by",
            c ->
                OverallTrafficRequest.builder(START, END).groupBy(OverallField.IN_SMS_CNT).build()),
        input(
            "a filter-only field embedded",
            "embed",
            "sellPriceSinceDt cannot be embedded",
            c ->
                OverallTrafficRequest.builder(START, END)
                    .embed(OverallField.SELL_PRICE_SINCE_DT)
                    .build()),
        input(
            "isMobile sorted",
            "sort",
            "isMobile cannot be sorted on",
            c -> Sort.ascending(OverallField.IS_MOBILE)),
        input(
            "a field embedded twice",
            "embed",
            "countryName is listed twice",
            c ->
                OverallTrafficRequest.builder(START, END)
                    .embed(OverallField.COUNTRY_NAME, OverallField.COUNTRY_NAME)
                    .build()),
        input(
            "msgDate filtered on",
            "filter eq(msgDate)",
            "not a filterable attribute",
            c -> Filter.on(OverallField.class).eq(OverallField.MSG_DATE, "2024-10-01")),
        input(
            "isMobile filtered on",
            "filter isnull(isMobile)",
            "not a filterable attribute",
            c -> Filter.on(OverallField.class).isNull(OverallField.IS_MOBILE)),
        input(
            "overall page 0",
            "pageNumber",
            "is 0",
            c -> c.overallTrafficReportsPage(OverallTrafficRequest.builder(START, END).build(), 0)),
        // Filter value rules
        input(
            "isnull with a value",
            "filter isnull(mcc)",
            "1 value given",
            c ->
                Filter.on(CustomerInvoiceFilterField.class)
                    .where(CustomerInvoiceFilterField.MCC, FilterOperator.IS_NULL, "262")),
        input(
            "in without values",
            "filter in(countryId)",
            "0 values given",
            c ->
                Filter.on(CustomerInvoiceFilterField.class)
                    .in(CustomerInvoiceFilterField.COUNTRY_ID)),
        input(
            "in with a value holding a comma",
            "filter in(countryName)",
            "contains a comma",
            c ->
                Filter.on(CustomerInvoiceFilterField.class)
                    .in(CustomerInvoiceFilterField.COUNTRY_NAME, "Korea, Republic of", "Germany")),
        input(
            "between with one value",
            "filter between(sellPrice)",
            "1 value given",
            c ->
                Filter.on(CustomerInvoiceFilterField.class)
                    .where(CustomerInvoiceFilterField.SELL_PRICE, FilterOperator.BETWEEN, "0.01")),
        input(
            "notbetween with three values",
            "filter notbetween(sellPrice)",
            "3 values given",
            c ->
                Filter.on(CustomerInvoiceFilterField.class)
                    .where(
                        CustomerInvoiceFilterField.SELL_PRICE,
                        FilterOperator.NOT_BETWEEN,
                        "1",
                        "2",
                        "3")),
        input(
            "eq with an empty value",
            "filter eq(mnc)",
            "a value is empty",
            c ->
                Filter.on(CustomerInvoiceFilterField.class).eq(CustomerInvoiceFilterField.MNC, "")),
        input(
            "gt with two values",
            "filter gt(customerId)",
            "2 values given",
            c ->
                Filter.on(CustomerInvoiceFilterField.class)
                    .where(CustomerInvoiceFilterField.CUSTOMER_ID, FilterOperator.GT, "1", "2")),
        input(
            "two conditions with one operator on one field",
            "filter startswith(supplierBriefName)",
            "already has a startswith condition",
            c ->
                Filter.on(ControlReportFilterField.class)
                    .startsWith(ControlReportFilterField.SUPPLIER_BRIEF_NAME, "A")
                    .startsWith(ControlReportFilterField.SUPPLIER_BRIEF_NAME, "B")),
        input("a blank search", "filter q", "blank", c -> Filter.none().search("  ")),
        // Customer and control reports
        input(
            "customer report start after end",
            "startDate",
            "is after endDate",
            c -> c.customerTrafficReports(OCT_31, OCT_1, Filter.none())),
        input(
            "control CSV start after end",
            "startDate",
            "is after endDate",
            c -> c.controlTrafficReportsCsv(OCT_31, OCT_1, Filter.none())),
        input(
            "control report page 0",
            "pageNumber",
            "is 0",
            c -> c.controlTrafficReportsPage(OCT_1, OCT_31, Filter.none(), 0)),
        // Invoices
        input(
            "customer invoice ID 0",
            "invoiceId",
            "is 0",
            c -> c.customerInvoiceTrafficReports(0, Filter.none())),
        input(
            "control invoice ID negative",
            "invoiceId",
            "is -5",
            c -> c.controlInvoiceTrafficReportsPage(-5, Filter.none(), 1)));
  }

  private interface Call {
    Object call(HorisenClient client);
  }

  private static Arguments input(String name, String field, String problem, Call call) {
    return Arguments.of(name, field, problem, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedInputs")
  void isRefusedBeforeSending(String name, String field, String problem, Call call) {
    ThrowingCallable attempt = () -> call.call(client);

    assertThatThrownBy(attempt)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Invalid " + field + ": ")
        .hasMessageContaining(problem)
        .hasMessageContaining("; allowed: ")
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo(field);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullArguments")
  void nullArgumentsAreRefused(String name, Call call) {
    assertThatThrownBy(() -> call.call(client)).isInstanceOf(NullPointerException.class);
  }

  static List<Arguments> nullArguments() {
    return List.of(
        Arguments.of("null filter", (Call) c -> c.customerTrafficReports(OCT_1, OCT_31, null)),
        Arguments.of(
            "null start date", (Call) c -> c.controlTrafficReports(null, OCT_31, Filter.none())),
        Arguments.of("null overall request", (Call) c -> c.overallTrafficReports(null)),
        Arguments.of("null startDt", (Call) c -> OverallTrafficRequest.builder(null, END).build()));
  }
}
