package io.simbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.simbridge.core.time.ManualClock;
import io.simbridge.testkit.horisen.HorisenEmulator;
import io.simbridge.testkit.internal.Http;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HorisenEmulatorTest {
  static final ManualClock CLOCK = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
  static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static EmulatorExtension<HorisenEmulator> horisen =
      EmulatorExtension.of(
          () ->
              HorisenEmulator.builder().clock(CLOCK).tokenLifetime(Duration.ofMinutes(5)).build());

  private String token;

  @BeforeEach
  void authenticate() throws Exception {
    Http.Reply r =
        Http.form(
            horisen.emulator().tokenUrl(),
            Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                HorisenEmulator.CLIENT_ID,
                "client_secret",
                HorisenEmulator.CLIENT_SECRET));
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.get("expires_in").asInt()).isEqualTo(300);
    token = body.get("access_token").asText();
  }

  private JsonNode get(String pathAndQuery) throws Exception {
    Http.Reply r =
        Http.get(
            horisen.emulator().baseUrl() + "/bulk/traffic-report/v2" + pathAndQuery,
            "Authorization",
            "Bearer " + token);
    return JSON.readTree(r.body());
  }

  @Test
  void tokensExpireOnTheEmulatorClock() throws Exception {
    assertThat(get("/customer-traffic-reports?startDate=2024-10-01&endDate=2024-10-31").has("data"))
        .isTrue();

    CLOCK.advance(Duration.ofMinutes(5));

    Http.Reply r =
        Http.get(
            horisen.emulator().baseUrl()
                + "/customer-traffic-reports?startDate=2024-10-01"
                + "&endDate=2024-10-31",
            "Authorization",
            "Bearer " + token);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(r.body()).get("Code").asText()).isEqualTo("NOT_AUTHORIZED");
  }

  @Test
  void wrongClientCredentialsGetNoToken() {
    Http.Reply r =
        Http.form(
            horisen.emulator().tokenUrl(),
            Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                HorisenEmulator.CLIENT_ID,
                "client_secret",
                "wrong"));

    assertThat(r.statusCode()).isEqualTo(401);
  }

  @Test
  void reportsPageWithSnakeCaseMetaAndNextLinks() throws Exception {
    JsonNode page1 = get("/customer-traffic-reports?startDate=2024-10-01&endDate=2024-10-31");
    JsonNode pagination = page1.get("meta").get("pagination");

    assertThat(page1.get("data")).hasSize(10);
    assertThat(pagination.get("total").asInt()).isEqualTo(25);
    assertThat(pagination.get("total_pages").asInt()).isEqualTo(3);
    String next = pagination.get("links").get("next").asText();
    assertThat(next).startsWith(horisen.emulator().baseUrl()).contains("page_number=2");

    JsonNode page3 =
        JSON.readTree(
            Http.get(
                    next.replace("page_number=2", "page_number=3"),
                    "Authorization",
                    "Bearer " + token)
                .body());
    assertThat(page3.get("data")).hasSize(5);
    assertThat(page3.get("meta").get("pagination").get("links").get("next").isNull()).isTrue();
  }

  @Test
  void filtersUseTheUrlFilterLanguage() throws Exception {
    JsonNode swiss =
        get(
            "/control-traffic-reports?startDate=2024-10-01&endDate=2024-10-31&page_size=100"
                + "&startswith(countryName)=swi");
    JsonNode notSwiss =
        get(
            "/control-traffic-reports?startDate=2024-10-01&endDate=2024-10-31&page_size=100"
                + "&notin(countryCode2)=CH,DE");
    JsonNode between =
        get(
            "/control-traffic-reports?startDate=2024-10-01&endDate=2024-10-31&page_size=100"
                + "&between(outSmsCnt)=100,200");

    assertThat(swiss.get("data"))
        .allSatisfy(r -> assertThat(r.get("countryName").asText()).isEqualTo("Switzerland"));
    assertThat(notSwiss.get("data"))
        .allSatisfy(r -> assertThat(r.get("countryCode2").asText()).isEqualTo("RS"));
    assertThat(between.get("data"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("outSmsCnt").asLong()).isBetween(100L, 200L));
  }

  @Test
  void csvQuotesNamesWithCommasAndQuotes() {
    Http.Reply r =
        Http.get(
            horisen.emulator().baseUrl()
                + "/customer-traffic-reports?startDate=2024-10-01"
                + "&endDate=2024-10-31&outputFormat=csv",
            "Authorization",
            "Bearer " + token);

    assertThat(r.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    String[] lines = r.body().split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "CUSTOMER_ID,CUSTOMER_NAME,CUSTOMER_REF_ID,PRICING_COND_ID,PRICING_COND_NAME,"
                + "COUNTRY,OPERATOR,MCC,MNC,PRICE_PERIOD,SMS_COUNT,CURRENCY,PRICE,AMOUNT");
    assertThat(lines).hasSize(26);
    assertThat(lines[1]).startsWith("101,\"Acme, \"\"Intl\"\" Ltd\",ACME-1,");
  }

  @Test
  void overallReportAddsTheDocumentedGroupByFields() throws Exception {
    JsonNode r =
        get(
            "/overall-traffic-reports?startDt=2024-10-01T00:00:00Z&endDt=2024-10-03T00:00:00Z&grain=day"
                + "&embed=countryName,sellAmount&groupBy=countryName&sort=-sellAmount");

    JsonNode rows = r.get("data");
    assertThat(rows).hasSize(3);
    // sellAmount without a sell currency in groupBy: the API adds sellCurrencyCode itself.
    assertThat(rows).allSatisfy(row -> assertThat(row.has("sellCurrencyCode")).isTrue());
    assertThat(rows.get(0).get("sellAmount").decimalValue())
        .isGreaterThanOrEqualTo(rows.get(2).get("sellAmount").decimalValue());
    assertThat(r.get("meta").get("pagination").has("totalPages")).isTrue();
  }

  @Test
  void overallReportErrorsAreNamed() throws Exception {
    assertThat(get("/overall-traffic-reports?endDt=2024-10-03T00:00:00Z").get("Code").asText())
        .isEqualTo("BULK_TRAFFIC_REPORT_API_V2:START_DT_MISSING");
    assertThat(
            get("/overall-traffic-reports?startDt=2024-10-03T00:00:00Z&endDt=2024-10-01T00:00:00Z")
                .get("Code")
                .asText())
        .isEqualTo("BULK_TRAFFIC_REPORT_API_V2:START_DT_AFTER_END_DT");
    assertThat(
            get("/overall-traffic-reports?startDt=2024-10-01T00:00:00Z&endDt=2024-10-03T00:00:00Z&grain=week")
                .get("Code")
                .asText())
        .isEqualTo("BULK_TRAFFIC_REPORT_API_V2:UNSUPPORTED_GRAIN");
    assertThat(
            get("/overall-traffic-reports?startDt=2024-10-01T00:00:00Z&endDt=2024-10-03T00:00:00Z&embed=msgDt")
                .get("Code")
                .asText())
        .isEqualTo("BULK_TRAFFIC_REPORT_API_V2:UNSUPPORTED_EMBEDDED_FIELD");
  }

  @Test
  void invoiceReportsArePerInvoice() throws Exception {
    assertThat(get("/customer-invoices/1/traffic-reports?page_size=100").get("data")).hasSize(25);
    assertThat(get("/control-invoices/99/traffic-reports").get("data")).isEmpty();
  }
}
