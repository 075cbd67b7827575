package io.simbridge.horisen;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.horisen.model.ControlInvoiceFilterField;
import io.simbridge.horisen.model.CustomerInvoiceFilterField;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.FilterOperator;
import io.simbridge.horisen.model.OverallField;
import io.simbridge.horisen.model.OverallTrafficRequest;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The URL filter language on the wire: {@code operator(field)=value}, {@code field=value}, {@code q}. */
class FilterQueryTest extends WireMockSupport {

  @BeforeEach
  void stubs() {
    stubToken();
    stubApi("/customer-invoices/12345/traffic-reports", emptyPage());
    stubApi("/control-invoices/12345/traffic-reports", emptyPage());
    stubApi("/overall-traffic-reports", emptyPage());
  }

  @Test
  void all18OperatorsAndTheGeneralSearchAreSentAsTheDocumentationWritesThem() {
    Filter<CustomerInvoiceFilterField> filter =
        Filter.on(CustomerInvoiceFilterField.class)
            .isNull(CustomerInvoiceFilterField.MCC)
            .isNotNull(CustomerInvoiceFilterField.MNC)
            .isEmpty(CustomerInvoiceFilterField.BILLING_ACCOUNT_NAME)
            .isNotEmpty(CustomerInvoiceFilterField.OPERATOR_NAME)
            .eq(CustomerInvoiceFilterField.COUNTRY_CODE2, "DE")
            .neq(CustomerInvoiceFilterField.COUNTRY_ID, "276")
            .startsWith(CustomerInvoiceFilterField.COUNTRY_NAME, "Ger")
            .contains(CustomerInvoiceFilterField.OPERATOR_NAME, "Tele kom")
            .endsWith(CustomerInvoiceFilterField.SELL_CURRENCY_CODE, "UR")
            .doesNotContain(CustomerInvoiceFilterField.BILLING_ACCOUNT_NAME, "Test")
            .lt(CustomerInvoiceFilterField.SELL_PRICE, "0.01")
            .lte(CustomerInvoiceFilterField.SELL_CURRENCY, "978")
            .gt(CustomerInvoiceFilterField.CUSTOMER_ID, "1000")
            .gte(CustomerInvoiceFilterField.OPERATOR_ID, "26201")
            .in(CustomerInvoiceFilterField.COUNTRY_ID, "276", "40")
            .notIn(CustomerInvoiceFilterField.OPERATOR_ID, List.of("1", "2", "3"))
            .between(CustomerInvoiceFilterField.SELL_PRICE_SINCE_DT, "2024-01-01", "2024-06-30")
            .notBetween(CustomerInvoiceFilterField.BILLING_ACCOUNT_ID, "10", "20")
            .search("acme & co+");
    assertThat(filter.conditions())
        .extracting(Filter.Condition::operator)
        .containsExactlyInAnyOrder(FilterOperator.values());

    client().customerInvoiceTrafficReportsPage(12345, filter, 1);

    var sent = onlyApiRequest();
    assertThat(rawQuery(sent))
        .isEqualTo(
            String.join(
                "&",
                "isnull(mcc)=",
                "isnotnull(mnc)=",
                "isempty(billingAccountName)=",
                "isnotempty(operatorName)=",
                "countryCode2=DE",
                "neq(countryId)=276",
                "startswith(countryName)=Ger",
                "contains(operatorName)=Tele%20kom",
                "endswith(sellCurrencyCode)=UR",
                "doesnotcontain(billingAccountName)=Test",
                "lt(sellPrice)=0.01",
                "lte(sellCurrency)=978",
                "gt(customerId)=1000",
                "gte(operatorId)=26201",
                "in(countryId)=276,40",
                "notin(operatorId)=1,2,3",
                "between(sellPriceSinceDt)=2024-01-01,2024-06-30",
                "notbetween(billingAccountId)=10,20",
                "q=acme%20%26%20co%2B"));
    assertThat(sent.queryParameter("q").firstValue()).isEqualTo("acme & co+");
    assertThat(sent.queryParameter("contains(operatorName)").firstValue()).isEqualTo("Tele kom");
  }

  @Test
  void reservedCharactersInASingleValueAreEncodedSoTheyCannotStartAnotherParameter() {
    Filter<ControlInvoiceFilterField> filter =
        Filter.on(ControlInvoiceFilterField.class)
            .eq(ControlInvoiceFilterField.BILLING_ACCOUNT_NAME, "A&B=C, (D)#1");

    client().controlInvoiceTrafficReportsPage(12345, filter, 1);

    var sent = onlyApiRequest();
    assertThat(rawQuery(sent)).isEqualTo("billingAccountName=A%26B%3DC%2C%20%28D%29%231");
    assertThat(sent.queryParameter("billingAccountName").firstValue()).isEqualTo("A&B=C, (D)#1");
  }

  @Test
  void overallFiltersFollowTheReportParameters() {
    OverallTrafficRequest request =
        OverallTrafficRequest.builder(
                OffsetDateTime.parse("2024-10-01T00:00:00Z"),
                OffsetDateTime.parse("2024-10-02T00:00:00Z"))
            .embed(OverallField.COUNTRY_NAME, OverallField.PROFIT)
            .filter(
                Filter.on(OverallField.class)
                    .gt(OverallField.PROFIT, "0")
                    .eq(OverallField.MCC, "262")
                    .between(OverallField.SELL_PRICE_SINCE_DT, "2024-01-01", "2024-02-01")
                    .search("DE"))
            .build();

    client().overallTrafficReportsPage(request, 1);

    assertThat(Arrays.asList(rawQuery(onlyApiRequest()).split("&")))
        .containsExactly(
            "startDt=2024-10-01T00:00:00Z",
            "endDt=2024-10-02T00:00:00Z",
            "embed=countryName,profit",
            "gt(profit)=0",
            "mcc=262",
            "between(sellPriceSinceDt)=2024-01-01,2024-02-01",
            "q=DE");
  }

  @Test
  void filtersAreImmutableAndComparable() {
    Filter<CustomerInvoiceFilterField> base =
        Filter.on(CustomerInvoiceFilterField.class).eq(CustomerInvoiceFilterField.MCC, "262");
    Filter<CustomerInvoiceFilterField> narrower = base.eq(CustomerInvoiceFilterField.MNC, "01");

    assertThat(base.conditions()).hasSize(1);
    assertThat(narrower.conditions()).hasSize(2);
    assertThat(base)
        .isEqualTo(
            Filter.on(CustomerInvoiceFilterField.class).eq(CustomerInvoiceFilterField.MCC, "262"));
    assertThat(narrower.search("x").search("y").search()).contains("y");
    assertThat(narrower).hasToString("Filter[eq(mcc)=262, eq(mnc)=01]");
  }
}
