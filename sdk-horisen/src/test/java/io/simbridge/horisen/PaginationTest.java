package io.simbridge.horisen;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.Page;
import io.simbridge.core.PagedIterable;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.horisen.model.ContTrafficReport;
import io.simbridge.horisen.model.CustTrafficReport;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.OverallField;
import io.simbridge.horisen.model.OverallTraffic;
import io.simbridge.horisen.model.OverallTrafficRequest;
import io.simbridge.horisen.model.TrafficReport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lazy paging. The Traffic Report document does not name its pagination parameters: the client
 * follows {@code meta.pagination.links.next} when an answer gives one, and otherwise asks for the
 * next page with {@code page_number} (and {@code page_size} when set), as other HORISEN APIs do.
 */
class PaginationTest extends WireMockSupport {
  private static final LocalDate FROM = LocalDate.of(2024, 10, 1);
  private static final LocalDate TO = LocalDate.of(2024, 10, 31);
  private static final String FIRST_QUERY = "startDate=2024-10-01&endDate=2024-10-31";

  @BeforeEach
  void token() {
    stubToken();
  }

  private static String customerPage(int page, int totalPages, String next, String... names) {
    StringBuilder rows = new StringBuilder();
    for (String name : names) {
      rows.append(rows.length() == 0 ? "" : ",")
          .append("{\"customerBriefName\": \"")
          .append(name)
          .append("\"}");
    }
    return "{\"data\": ["
        + rows
        + "], \"meta\": {\"pagination\": {\"total\": 5, \"count\": "
        + names.length
        + ", \"per_page\": 2, \"current_page\": "
        + page
        + ", \"total_pages\": "
        + totalPages
        + ", \"links\": {"
        + (next == null ? "" : "\"next\": \"" + next + "\"")
        + "}}}}";
  }

  private static void stubCustomerPage(String cursorParam, String body) {
    var mapping = get(urlPathEqualTo(API + "/customer-traffic-reports"));
    mapping =
        cursorParam == null
            ? mapping.withQueryParam("cursor", absent()).withQueryParam("page_number", absent())
            : mapping.withQueryParam("cursor", equalTo(cursorParam));
    server.stubFor(mapping.willReturn(okJson(body)));
  }

  private static List<String> queriesSent() {
    return apiRequests().stream().map(WireMockSupport::rawQuery).toList();
  }

  @Test
  void followsLinksNextVerbatimAbsoluteOrRelative() {
    String base = server.baseUrl() + API + "/customer-traffic-reports?" + FIRST_QUERY;
    stubCustomerPage(null, customerPage(1, 3, base + "&cursor=p2", "A", "B"));
    stubCustomerPage(
        "p2",
        customerPage(
            2, 3, API + "/customer-traffic-reports?" + FIRST_QUERY + "&cursor=p3", "C", "D"));
    stubCustomerPage("p3", customerPage(3, 3, null, "E"));

    List<String> names =
        client().customerTrafficReports(FROM, TO, Filter.none()).stream()
            .map(r -> r.customerBriefName().orElseThrow())
            .toList();

    assertThat(names).containsExactly("A", "B", "C", "D", "E");
    assertThat(queriesSent())
        .containsExactly(FIRST_QUERY, FIRST_QUERY + "&cursor=p2", FIRST_QUERY + "&cursor=p3");
  }

  @Test
  void asksForTheNextPageByNumberWhenThereIsNoLinkAsTheOverallReportWritesIt() {
    OverallTrafficRequest request =
        OverallTrafficRequest.builder(
                OffsetDateTime.parse("2024-10-01T00:00:00Z"),
                OffsetDateTime.parse("2024-10-02T00:00:00Z"))
            .embed(OverallField.COUNTRY_NAME)
            .build();
    for (int page = 1; page <= 3; page++) {
      var mapping =
          get(urlPathEqualTo(API + "/overall-traffic-reports"))
              .withQueryParam("page_size", equalTo("2"));
      mapping =
          page == 1
              ? mapping.withQueryParam("page_number", absent())
              : mapping.withQueryParam("page_number", equalTo(String.valueOf(page)));
      server.stubFor(
          mapping.willReturn(
              okJson(
                  "{\"data\": [{\"countryName\": \"C"
                      + page
                      + "a\"}, {\"countryName\": \"C"
                      + page
                      + "b\"}], \"meta\": {\"pagination\": {\"total\": 6, \"count\": 2, \"perPage\": 2, \"currentPage\": "
                      + page
                      + ", \"totalPages\": 3}}}")));
    }
    HorisenClient client = track(builder().pageSize(2).build());

    PagedIterable<OverallTraffic> all = client.overallTrafficReports(request);
    List<Page<OverallTraffic>> pages = new ArrayList<>();
    all.byPage().forEach(pages::add);

    assertThat(pages).extracting(Page::number).containsExactly(1, 2, 3);
    assertThat(pages).extracting(Page::hasNext).containsExactly(true, true, false);
    assertThat(pages).extracting(Page::size).containsOnly(2);
    assertThat(pages).extracting(Page::totalItems).containsOnly(OptionalLong.of(6));
    assertThat(all.stream().map(r -> r.countryName().orElseThrow()))
        .containsExactly("C1a", "C1b", "C2a", "C2b", "C3a", "C3b");
    String first = "startDt=2024-10-01T00:00:00Z&endDt=2024-10-02T00:00:00Z&embed=countryName";
    assertThat(queriesSent().subList(0, 3))
        .containsExactly(
            first + "&page_size=2",
            first + "&page_number=2&page_size=2",
            first + "&page_number=3&page_size=2");
  }

  @Test
  void aLinkToAnotherOriginIsNotFollowedAndThePageIsAskedForByNumber() {
    stubCustomerPage(
        null, customerPage(1, 2, "https://elsewhere.example/steal?" + FIRST_QUERY, "A"));
    server.stubFor(
        get(urlPathEqualTo(API + "/customer-traffic-reports"))
            .withQueryParam("page_number", equalTo("2"))
            .willReturn(okJson(customerPage(2, 2, null, "B"))));

    List<CustTrafficReport> rows =
        client().customerTrafficReports(FROM, TO, Filter.none()).stream().toList();

    assertThat(rows).hasSize(2);
    assertThat(queriesSent()).containsExactly(FIRST_QUERY, FIRST_QUERY + "&page_number=2");
  }

  /**
   * 4.11 CollectionMetaPagination: {@code current_page} equal to {@code total_pages} is the last
   * page, whatever {@code links.next} (4.12) says; a link back to page 1 is not followed.
   */
  @Test
  void pagination4_11_theLastPageEndsTheReportEvenWhenLinksNextPointsBack() {
    String base = server.baseUrl() + API + "/customer-traffic-reports?" + FIRST_QUERY;
    stubCustomerPage(null, customerPage(1, 2, base + "&cursor=p2", "A", "B"));
    stubCustomerPage("p2", customerPage(2, 2, base, "C"));

    PagedIterable<CustTrafficReport> all = client().customerTrafficReports(FROM, TO, Filter.none());
    List<String> names = all.stream().map(r -> r.customerBriefName().orElseThrow()).toList();

    assertThat(names).containsExactly("A", "B", "C");
    assertThat(queriesSent()).containsExactly(FIRST_QUERY, FIRST_QUERY + "&cursor=p2");
    List<Page<CustTrafficReport>> pages = new ArrayList<>();
    client().customerTrafficReports(FROM, TO, Filter.none()).byPage().forEach(pages::add);
    assertThat(pages).extracting(Page::hasNext).containsExactly(true, false);
  }

  /** 4.11: a link back to an earlier page before the last one never delivers a row twice. */
  @Test
  void pagination4_11_aLinkBackBeforeTheLastPageIsRefusedRatherThanDeliveringRowsTwice() {
    String base = server.baseUrl() + API + "/customer-traffic-reports?" + FIRST_QUERY;
    stubCustomerPage(null, customerPage(1, 3, base + "&cursor=p2", "A", "B"));
    stubCustomerPage("p2", customerPage(2, 3, base, "C", "D"));
    List<String> names = new ArrayList<>();

    assertThatThrownBy(
            () ->
                client()
                    .customerTrafficReports(FROM, TO, Filter.none())
                    .forEach(r -> names.add(r.customerBriefName().orElseThrow())))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("asked for page 3");
    assertThat(names).containsExactly("A", "B", "C", "D");
  }

  @Test
  void nothingIsFetchedUntilConsumedAndEachPageOnlyWhenTheOneBeforeIsUsedUp() {
    String base = server.baseUrl() + API + "/customer-traffic-reports?" + FIRST_QUERY;
    stubCustomerPage(null, customerPage(1, 2, base + "&cursor=p2", "A", "B"));
    stubCustomerPage("p2", customerPage(2, 2, null, "C"));

    PagedIterable<CustTrafficReport> rows =
        client().customerTrafficReports(FROM, TO, Filter.none());
    assertThat(allRequests()).isZero();

    Iterator<CustTrafficReport> it = rows.iterator();
    it.next();
    it.next();
    assertThat(apiRequests()).hasSize(1);
    it.next();
    assertThat(apiRequests()).hasSize(2);
    assertThat(it.hasNext()).isFalse();
  }

  @Test
  void eachIterationStartsAgainFromTheFirstPage() {
    String base = server.baseUrl() + API + "/customer-traffic-reports?" + FIRST_QUERY;
    stubCustomerPage(null, customerPage(1, 2, base + "&cursor=p2", "A"));
    stubCustomerPage("p2", customerPage(2, 2, null, "B"));
    PagedIterable<CustTrafficReport> rows =
        client().customerTrafficReports(FROM, TO, Filter.none());

    assertThat(rows.stream().count()).isEqualTo(2);
    assertThat(rows.stream().count()).isEqualTo(2);
    assertThat(queriesSent())
        .containsExactly(
            FIRST_QUERY, FIRST_QUERY + "&cursor=p2", FIRST_QUERY, FIRST_QUERY + "&cursor=p2");
  }

  @Test
  void theInvoiceEndpointsPageToo() {
    server.stubFor(
        get(urlPathEqualTo(API + "/customer-invoices/7/traffic-reports"))
            .withQueryParam("page_number", absent())
            .willReturn(
                okJson(
                    "{\"data\": [{\"customerId\": 1}], \"meta\": {\"pagination\": {\"current_page\": 1,"
                        + " \"total_pages\": 2, \"links\": {\"previous\": null}}}}")));
    server.stubFor(
        get(urlPathEqualTo(API + "/customer-invoices/7/traffic-reports"))
            .withQueryParam("page_number", equalTo("2"))
            .willReturn(
                okJson(
                    "{\"data\": [{\"customerId\": 2}], \"meta\": {\"pagination\": {\"current_page\": 2,"
                        + " \"total_pages\": 2, \"links\": {\"previous\": \""
                        + server.baseUrl()
                        + API
                        + "/customer-invoices/7/traffic-reports\"}}}}")));
    stubApi(
        "/control-invoices/8/traffic-reports",
        "{\"data\": [{\"supplierId\": 3}], \"meta\": {\"pagination\": {"
            + "\"current_page\": 1, \"total_pages\": 1}}}");

    HorisenClient client = client();
    assertThat(
            client.customerInvoiceTrafficReports(7, Filter.none()).stream()
                .map(TrafficReport::customerId))
        .containsExactly(OptionalLong.of(1), OptionalLong.of(2));
    assertThat(
            client
                .customerInvoiceTrafficReportsPage(7, Filter.none(), 2)
                .pagination()
                .orElseThrow()
                .links()
                .prev())
        .contains(server.baseUrl() + API + "/customer-invoices/7/traffic-reports");
    assertThat(client.controlInvoiceTrafficReports(8, Filter.none())).hasSize(1);
  }

  @Test
  void theControlReportPagesToo() {
    server.stubFor(
        get(urlPathEqualTo(API + "/control-traffic-reports"))
            .withQueryParam("page_number", absent())
            .willReturn(
                okJson(
                    "{\"data\": [{\"supplierId\": 1}], \"meta\": {\"pagination\": {\"current_page\": 1,"
                        + " \"total_pages\": 2}}}")));
    server.stubFor(
        get(urlPathEqualTo(API + "/control-traffic-reports"))
            .withQueryParam("page_number", equalTo("2"))
            .willReturn(
                okJson(
                    "{\"data\": [{\"supplierId\": 2}], \"meta\": {\"pagination\": {\"current_page\": 2,"
                        + " \"total_pages\": 2}}}")));

    assertThat(
            client().controlTrafficReports(FROM, TO, Filter.none()).stream()
                .map(ContTrafficReport::supplierId))
        .containsExactly(OptionalLong.of(1), OptionalLong.of(2));
  }

  @Test
  void aServerThatIgnoresThePageNumberIsDetectedInsteadOfLoopingForever() {
    server.stubFor(
        get(urlPathEqualTo(API + "/customer-traffic-reports"))
            .willReturn(okJson(customerPage(1, 3, null, "A"))));

    assertThatThrownBy(
            () -> client().customerTrafficReports(FROM, TO, Filter.none()).stream().count())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("asked for page 2, the answer is page 1");
    assertThat(apiRequests()).hasSize(2);
  }

  @Test
  void aPageByNumber() {
    server.stubFor(
        get(urlPathEqualTo(API + "/customer-traffic-reports"))
            .withQueryParam("page_number", equalTo("3"))
            .willReturn(okJson(customerPage(3, 3, null, "E"))));

    var page = client().customerTrafficReportsPage(FROM, TO, Filter.none(), 3);

    assertThat(page.data()).hasSize(1);
    assertThat(page.pagination().orElseThrow().currentPage()).hasValue(3);
    assertThatThrownBy(() -> client().customerTrafficReportsPage(FROM, TO, Filter.none(), 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Invalid pageNumber: is 0; allowed: 1 or more");
    assertThat(apiRequests()).hasSize(1);
  }
}
