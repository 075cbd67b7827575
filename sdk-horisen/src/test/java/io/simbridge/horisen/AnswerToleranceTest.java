package io.simbridge.horisen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.OverallTraffic;
import io.simbridge.horisen.model.OverallTrafficRequest;
import io.simbridge.horisen.model.Pagination;
import io.simbridge.horisen.model.ReportPage;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How loosely each kind of member is read, and where that stops: the answers' values are read the
 * same way whatever the report, so one member of each kind of the overall report stands for all.
 */
class AnswerToleranceTest extends WireMockSupport {
  private static final LocalDate FROM = LocalDate.of(2024, 10, 1);
  private static final LocalDate TO = LocalDate.of(2024, 10, 31);
  private static final OverallTrafficRequest OVERALL =
      OverallTrafficRequest.builder(
              OffsetDateTime.parse("2024-10-01T00:00:00Z"),
              OffsetDateTime.parse("2024-10-02T00:00:00Z"))
          .build();

  @BeforeEach
  void token() {
    stubToken();
  }

  private ReportPage<OverallTraffic> overall(String answer) {
    stubApi("/overall-traffic-reports", answer);
    return client().overallTrafficReportsPage(OVERALL, 1);
  }

  private Object member(String name, String json) throws Exception {
    OverallTraffic row = overall("{\"data\": [{\"" + name + "\": " + json + "}]}").data().get(0);
    for (RecordComponent c : OverallTraffic.class.getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c.getAccessor().invoke(row);
      }
    }
    throw new AssertionError("no component " + name);
  }

  @ParameterizedTest(name = "{0}: {1} is {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      inSmsCnt   | 12                        | OptionalLong[12]
      inSmsCnt   | 12.0                      | OptionalLong[12]
      inSmsCnt   | 1e2                       | OptionalLong[100]
      inSmsCnt   | -9223372036854775808      | OptionalLong[-9223372036854775808]
      inSmsCnt   | "12"                      | OptionalLong[12]
      inSmsCnt   | " +12 "                   | OptionalLong[12]
      inSmsCnt   | ""                        | OptionalLong.empty
      inSmsCnt   | null                      | OptionalLong.empty
      mnc        | "01"                      | Optional[01]
      mnc        | " 01 "                    | Optional[01]
      mnc        | 3                         | Optional[3]
      mnc        | -0                        | Optional[0]
      mnc        | 5.50                      | Optional[5.50]
      mnc        | 1e999999999               | Optional[1e999999999]
      mnc        | true                      | Optional[true]
      mnc        | "  "                      | Optional.empty
      mnc        | null                      | Optional.empty
      sellPrice  | 10.00                     | Optional[10.00]
      sellPrice  | "0.050"                   | Optional[0.050]
      sellPrice  | 7                         | Optional[7]
      sellPrice  | 1E+2                      | Optional[1E+2]
      sellPrice  | ""                        | Optional.empty
      msgDt      | "2024-10-22T14:00:00+02:00" | Optional[2024-10-22T14:00+02:00]
      msgDt      | " 2024-10-22T13:00:00Z "  | Optional[2024-10-22T13:00Z]
      msgDt      | ""                        | Optional.empty
      msgDate    | "2024-10-22"              | Optional[2024-10-22]
      msgDate    | null                      | Optional.empty
      isMobile   | "yes"                     | Optional[true]
      isMobile   | " NO "                    | Optional[false]
      isMobile   | 1                         | Optional[true]
      isMobile   | 0                         | Optional[false]
      isMobile   | false                     | Optional[false]
      isMobile   | "true"                    | Optional[true]
      isMobile   | ""                        | Optional.empty
      """)
  void readsLooselyWhereTheMeaningIsPlain(String name, String json, String expected)
      throws Exception {
    assertThat(member(name, json)).hasToString(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      inSmsCnt   | 12.5                      | is not a whole number of at most 64 bits: 12.5
      inSmsCnt   | 1e30                      | is not a whole number of at most 64 bits
      inSmsCnt   | 9223372036854775808       | is not a whole number of at most 64 bits
      inSmsCnt   | "many"                    | is not a whole number: 'many'
      inSmsCnt   | "1e2"                     | is not a whole number: '1e2'
      inSmsCnt   | true                      | is boolean, not a whole number
      inSmsCnt   | {"value": 1}              | is object, not a whole number
      mnc        | {}                        | is object, not a text
      mnc        | ["01"]                    | is array, not a text
      sellPrice  | "abc"                     | is not a decimal number: 'abc'
      sellPrice  | 1e999999999               | has an implausible precision
      sellPrice  | "1e999999999"             | has an implausible precision
      sellPrice  | false                     | is boolean, not a number
      msgDt      | "2024-10-22 13:00:00"     | is not an ISO date-time with offset
      msgDt      | 5                         | is number, not an ISO date-time
      msgDate    | "2024-10-22T13:00:00Z"    | is not an ISO date (yyyy-MM-dd)
      isMobile   | "maybe"                   | is not a flag
      isMobile   | 2                         | is not a flag
      isMobile   | 1.0                       | is number, not yes or no
      """)
  void refusesWhatItWouldHaveToGuess(String name, String json, String problem) {
    assertThatThrownBy(() -> member(name, json))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("field '" + name + "' " + problem);
  }

  @Test
  void aRefusedMemberIsLocatedInTheAnswer() {
    // The answer's excerpt shows only its beginning: the location finds the row in a long page.
    assertThatThrownBy(() -> overall("{\"data\": [{\"inSmsCnt\": 1},\n{\"inSmsCnt\": \"many\"}]}"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining(
            "field 'inSmsCnt' is not a whole number: 'many' at line 2, column 14");
  }

  @Test
  void unknownMembersAreIgnoredWhateverTheirShape() {
    OverallTraffic row =
        overall(
                "{\"data\": [{\"future\": {\"nested\": [1, {\"deep\": null}]}, \"countryName\": \"CH\","
                    + " \"other\": [\"x\"]}], \"extra\": {\"a\": 1}, \"meta\": {\"pagination\": {\"currentPage\": 1,"
                    + " \"cursor\": {}}, \"more\": []}}")
            .data()
            .get(0);

    assertThat(row.countryName()).contains("CH");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"meta\": \"none\"",
        "\"meta\": [1]",
        "\"meta\": null",
        "\"meta\": {\"pagination\": []}",
        "\"meta\": {\"pagination\": \"\"}",
        "\"meta\": {}"
      })
  void metadataThatIsNotAnObjectMeansNoPagination(String meta) {
    ReportPage<OverallTraffic> page =
        overall("{\"data\": [{\"countryName\": \"CH\"}], " + meta + "}");

    assertThat(page.data()).hasSize(1);
    assertThat(page.pagination()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"x\"", "[]", "null", "{}"})
  void linksThatAreNotAnObjectMeanNoLinks(String links) {
    ReportPage<OverallTraffic> page =
        overall(
            "{\"data\": [], \"meta\": {\"pagination\": {\"total\": 0,"
                + " \"links\": "
                + links
                + "}}}");

    assertThat(page.pagination().orElseThrow().links()).isEqualTo(Pagination.Links.NONE);
  }

  @Test
  void paginationNumbersMayBeStringsAndTheSnakeCaseSpellingWinsOverTheCamelCaseOne() {
    stubApi(
        "/customer-traffic-reports",
        "{\"data\": [], \"meta\": {\"pagination\": {\"total\": \"10\", \"count\": 0.0,"
            + " \"per_page\": \"2\", \"perPage\": 3, \"current_page\": null, \"currentPage\": 1, \"total_pages\": \"\","
            + " \"totalPages\": 5, \"links\": {\"prev\": null, \"previous\": \"p\", \"next\": \" n \", \"first\": \" \"}}}}");

    Pagination p =
        client().customerTrafficReportsPage(FROM, TO, Filter.none(), 1).pagination().orElseThrow();

    assertThat(p)
        .isEqualTo(
            new Pagination(
                OptionalLong.of(10),
                OptionalInt.of(0),
                OptionalInt.of(2),
                OptionalInt.of(1),
                OptionalInt.of(5),
                new Pagination.Links(
                    Optional.empty(), Optional.empty(), Optional.of("p"), Optional.of("n"))));
  }

  @Test
  void aPageNumberBeyond32BitsIsRefused() {
    assertThatThrownBy(
            () ->
                overall(
                    "{\"data\": [], \"meta\": {\"pagination\": {\"currentPage\": 3000000000}}}"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("field 'currentPage' is out of range");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      {"data": {}}                        | field 'data' is not an array
      {"data": "rows"}                    | field 'data' is not an array
      {"data": null}                      | field 'data' is not an array
      {"data": [{}, null]}                | field 'data[1]' is not an object
      {"data": [{}, {}, "row"]}           | field 'data[2]' is not an object
      {"data": [[]]}                      | field 'data[0]' is not an object
      {"code": "REQUEST_ERROR", "data": null} | field 'data' is not an array
      []                                  | the answer is not a JSON object
      "data"                              | the answer is not a JSON object
      {"data": []} {}                     | Trailing token
      """)
  void theRowsMustBeAnArrayOfObjects(String answer, String problem) {
    assertThatThrownBy(() -> overall(answer))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining(problem);
  }

  @Test
  void anEmptyAnswerIsMalformed() {
    server.stubFor(
        get(urlPathEqualTo(API + "/overall-traffic-reports"))
            .willReturn(aResponse().withStatus(200)));

    assertThatThrownBy(() -> client().overallTrafficReportsPage(OVERALL, 1))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("the answer is not a JSON object");
  }

  @Test
  void anErrorWithLowerCaseKeysInASuccessfulAnswerWithoutRowsIsStillAnError() {
    stubApi(
        "/customer-traffic-reports",
        "{\"code\": \"REQUEST_ERROR\", \"message\": \"bad filter\", \"meta\": \"x\"}");

    assertThatThrownBy(() -> client().customerTrafficReportsPage(FROM, TO, Filter.none(), 1))
        .isExactlyInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("bad filter");
  }
}
