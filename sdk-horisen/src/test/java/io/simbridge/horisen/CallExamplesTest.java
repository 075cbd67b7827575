package io.simbridge.horisen;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.horisen.model.Grain;
import io.simbridge.horisen.model.OverallField;
import io.simbridge.horisen.model.OverallTrafficRequest;
import io.simbridge.horisen.model.Sort;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The four API call examples of section 1.1, each built with {@link OverallTrafficRequest} as its
 * prose describes it, sent to WireMock, and compared with the documented query string.
 *
 * <p>How they are compared: the documentation writes the sign of a negative offset as
 * {@code %2d} (an encoded {@code -}), which is the same character as a bare {@code -} once
 * decoded; simbridge sends it bare, like the dashes of the date itself. So each example is
 * compared twice: as (name, value) pairs after percent-decoding both sides, in order (parameter
 * order included); and as the raw query string, which must equal the documented one with
 * {@code %2d} written {@code -} (no other difference is allowed: commas, colons and parameter
 * names are sent exactly as documented).
 */
class CallExamplesTest extends WireMockSupport {

  @BeforeEach
  void stubs() {
    stubToken();
    stubApi(
        "/overall-traffic-reports",
        "{\"data\": [], \"meta\": {\"pagination\": {\"total\": 0, \"count\": 0,"
            + " \"perPage\": 100, \"currentPage\": 1, \"totalPages\": 1}}}");
  }

  @Test
  void example1ByHourCountryAndMessagesGroupedByCountry() {
    OverallTrafficRequest request =
        OverallTrafficRequest.builder(
                OffsetDateTime.parse("2024-10-01T00:00:00-02:00"),
                OffsetDateTime.parse("2024-10-03T00:00:00-02:00"))
            .grain(Grain.HOUR)
            .embed(OverallField.COUNTRY_NAME, OverallField.IN_SMS_CNT)
            .groupBy(OverallField.COUNTRY_NAME)
            .build();

    assertSentAsDocumented(
        request,
        "startDt=2024-10-01T00:00:00%2d02:00&endDt=2024-10-03T00:00:00%2d02:00"
            + "&grain=hour&embed=countryName,inSmsCnt&groupBy=countryName");
  }

  @Test
  void example2ByDayCountryDateAndMessagesGroupedAndSortedByCountryAndDate() {
    OverallTrafficRequest request =
        OverallTrafficRequest.builder(
                OffsetDateTime.parse("2024-11-01T00:00:00Z"),
                OffsetDateTime.parse("2024-11-15T00:00:00Z"))
            .grain(Grain.DAY)
            .embed(OverallField.COUNTRY_NAME, OverallField.MSG_DATE, OverallField.IN_SMS_CNT)
            .groupBy(OverallField.COUNTRY_NAME, OverallField.MSG_DATE)
            .sort(Sort.ascending(OverallField.COUNTRY_NAME), Sort.ascending(OverallField.MSG_DATE))
            .build();

    assertSentAsDocumented(
        request,
        "startDt=2024-11-01T00:00:00Z&endDt=2024-11-15T00:00:00Z&grain=day"
            + "&embed=countryName,msgDate,inSmsCnt&groupBy=countryName,msgDate&sort=countryName,msgDate");
  }

  @Test
  void example3ByDayCustomerAndSupplierPricesAndMessages() {
    OverallTrafficRequest request =
        OverallTrafficRequest.builder(
                OffsetDateTime.parse("2024-10-15T00:00:00-02:00"),
                OffsetDateTime.parse("2024-10-31T00:00:00-02:00"))
            .grain(Grain.DAY)
            .embed(
                OverallField.MSG_DATE,
                OverallField.CUSTOMER_BRIEF_NAME,
                OverallField.SELL_PRICE,
                OverallField.SELL_CURRENCY_CODE,
                OverallField.IN_SMS_CNT,
                OverallField.SUPPLIER_BRIEF_NAME,
                OverallField.BUY_PRICE,
                OverallField.BUY_CURRENCY_CODE,
                OverallField.OUT_SMS_CNT)
            .groupBy(
                OverallField.MSG_DATE,
                OverallField.CUSTOMER_BRIEF_NAME,
                OverallField.SELL_PRICE,
                OverallField.SELL_CURRENCY_CODE,
                OverallField.SUPPLIER_BRIEF_NAME,
                OverallField.BUY_PRICE,
                OverallField.BUY_CURRENCY_CODE)
            .build();

    assertSentAsDocumented(
        request,
        "startDt=2024-10-15T00:00:00%2d02:00&endDt=2024-10-31T00:00:00%2d02:00"
            + "&grain=day&embed=msgDate,customerBriefName,sellPrice,sellCurrencyCode,inSmsCnt,supplierBriefName,"
            + "buyPrice,buyCurrencyCode,outSmsCnt&groupBy=msgDate,customerBriefName,sellPrice,sellCurrencyCode,"
            + "supplierBriefName,buyPrice,buyCurrencyCode");
  }

  @Test
  void example4ByHourAmountsInPlatformCurrencyCostsAndProfit() {
    OverallTrafficRequest request =
        OverallTrafficRequest.builder(
                OffsetDateTime.parse("2024-10-22T01:00:00Z"),
                OffsetDateTime.parse("2024-10-22T08:00:00Z"))
            .grain(Grain.HOUR)
            .embed(
                OverallField.MSG_DATE,
                OverallField.CUSTOMER_BRIEF_NAME,
                OverallField.SELL_AMOUNT_IN_CURR,
                OverallField.SUPPLIER_BRIEF_NAME,
                OverallField.BUY_AMOUNT_IN_CURR,
                OverallField.INT_COST,
                OverallField.PROFIT,
                OverallField.CURRENCY)
            .groupBy(
                OverallField.MSG_DATE,
                OverallField.CUSTOMER_BRIEF_NAME,
                OverallField.SUPPLIER_BRIEF_NAME,
                OverallField.CURRENCY)
            .build();

    assertSentAsDocumented(
        request,
        "startDt=2024-10-22T01:00:00Z&endDt=2024-10-22T08:00:00Z&grain=hour"
            + "&embed=msgDate,customerBriefName,sellAmountInCurr,supplierBriefName,buyAmountInCurr,intCost,profit,"
            + "currency&groupBy=msgDate,customerBriefName,supplierBriefName,currency");
  }

  @Test
  void aPositiveOffsetIsSentWithItsPlusEncodedSoItIsNotReadAsASpace() {
    OverallTrafficRequest request =
        OverallTrafficRequest.builder(
                OffsetDateTime.parse("2024-10-01T00:00:00+02:00"),
                OffsetDateTime.parse("2024-10-02T00:00:00+05:30"))
            .build();

    client().overallTrafficReportsPage(request, 1);

    var sent = onlyApiRequest();
    assertThat(rawQuery(sent))
        .isEqualTo("startDt=2024-10-01T00:00:00%2B02:00&endDt=2024-10-02T00:00:00%2B05:30");
    assertThat(sent.queryParameter("startDt").firstValue()).isEqualTo("2024-10-01T00:00:00+02:00");
    assertThat(sent.queryParameter("endDt").firstValue()).isEqualTo("2024-10-02T00:00:00+05:30");
  }

  @Test
  void fractionsOfSecondsAreDroppedAndAnOffsetWithSecondsIsSentInUtc() {
    OverallTrafficRequest request =
        OverallTrafficRequest.builder(
                OffsetDateTime.parse("2024-10-01T00:00:00.999-02:00"),
                OffsetDateTime.parse("2024-10-02T00:00:00+00:30:15"))
            .build();

    assertThat(request.startDt()).isEqualTo(OffsetDateTime.parse("2024-10-01T00:00:00-02:00"));
    assertThat(request.endDt()).isEqualTo(OffsetDateTime.parse("2024-10-01T23:29:45Z"));
    client().overallTrafficReportsPage(request, 1);
    assertThat(rawQuery(onlyApiRequest()))
        .isEqualTo("startDt=2024-10-01T00:00:00-02:00&endDt=2024-10-01T23:29:45Z");
  }

  private void assertSentAsDocumented(OverallTrafficRequest request, String documented) {
    client().overallTrafficReportsPage(request, 1);

    var sent = onlyApiRequest();
    assertThat(sent.getUrl()).startsWith(API + "/overall-traffic-reports?");
    assertThat(decoded(rawQuery(sent))).containsExactlyElementsOf(decoded(documented));
    assertThat(rawQuery(sent)).isEqualTo(documented.replace("%2d", "-"));
  }

  private static List<Map.Entry<String, String>> decoded(String query) {
    return Arrays.stream(query.split("&"))
        .map(
            p -> {
              int eq = p.indexOf('=');
              return Map.entry(
                  URLDecoder.decode(p.substring(0, eq), StandardCharsets.UTF_8),
                  URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8));
            })
        .toList();
  }
}
