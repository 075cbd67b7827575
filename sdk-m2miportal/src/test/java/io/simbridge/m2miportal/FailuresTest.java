package io.simbridge.m2miportal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.config.RetryPolicy;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.error.ProviderErrorException;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.error.ServiceUnavailableException;
import io.simbridge.core.error.SimApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Failure answers, HTTP errors, malformed answers and hostile XML. */
class FailuresTest extends M2mTestSupport {

  @Test
  void theDocumentedFailureCarriesTheProvidersDescription() {
    answerFixture("query_last_mo_traffic", "m2miportal-query-last-mo-traffic/response-failure.xml");

    assertThatThrownBy(() -> client.queryLastMoTraffic(ICCID))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> {
              assertThat(e.provider()).isEqualTo("m2miportal");
              assertThat(e.operation()).isEqualTo("query_last_mo_traffic");
              assertThat(e.httpStatus()).hasValue(200);
              assertThat(e.providerMessage()).contains("Invalid authentication credentials");
              assertThat(e.providerCode()).isEmpty();
              assertThat(e)
                  .hasMessage(
                      "[m2miportal query_last_mo_traffic] HTTP 200: Invalid authentication credentials"
                          + " - api_outcome 'failure'");
            });
    // A refusal is an answer: reads are not retried on it.
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
  }

  /** The documented kinds of failure, and the keyword rules of Errors. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Invalid authentication credentials                      | AuthenticationException",
        "Username or password incorrect                          | AuthenticationException",
        "Invalid api_id                                          | AuthenticationException",
        "Insufficient permissions                                | AuthenticationException",
        "Too many requests, try later                            | RateLimitedException",
        "Unknown ICCID                                           | NotFoundException",
        "Invalid or unknown identifier (ICCID or MSISDN)         | NotFoundException",
        "SIM not found                                           | NotFoundException",
        "Invalid or missing parameters                           | InvalidRequestException",
        "Value not permitted for the specified SIM type          | InvalidRequestException",
        "Message text too long                                   | InvalidRequestException",
        "Not available for open user group SIM types             | InvalidRequestException",
        "Unknown error                                           | ProviderErrorException",
        "Internal failure, please contact support                | ProviderErrorException"
      })
  void aDescriptionThatMakesTheFailureClearMapsToItsType(String description, String type) {
    answer(
        "query_status",
        "<query_status_response api_id=\"778899\"><api_outcome>failure</api_outcome>"
            + "<error>"
            + description
            + "</error></query_status_response>");
    // Credentials other than the docs' "username" and "password", which the redactor hides as
    // words.
    try (M2mIportalClient c =
        builder().username("acme-api").password("s3cret-Pa55").apiId("778899").build()) {
      assertThatThrownBy(() -> c.queryStatus(ICCID))
          .isInstanceOfSatisfying(
              SimApiException.class,
              e -> {
                assertThat(e.getClass().getSimpleName()).isEqualTo(type);
                assertThat(e.providerMessage()).contains(description);
              });
    }
  }

  @Test
  void aProviderRateLimitWaitsAMinuteWhenNoWaitIsGivenAndIsNotRetriedBeyondTheBudget() {
    answer(
        "query_usage",
        "<query_usage_response api_id=\"123456\"><api_outcome>failure</api_outcome>"
            + "<error_description>Rate limit exceeded</error_description></query_usage_response>");

    assertThatThrownBy(() -> client.queryUsage(ICCID))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(1));
              assertThat(e.isClientSide()).isFalse();
            });
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void anErrorCodeElementIsTheProviderCodeAndEveryErrorElementJoinsTheMessage() {
    answer(
        "query_status",
        "<query_status_response api_id=\"123456\"><api_outcome>FAILED</api_outcome>"
            + "<error_code>E42</error_code><errors><error>first</error><error>second</error></errors>"
            + "</query_status_response>");

    assertThatThrownBy(() -> client.queryStatus(ICCID))
        .isInstanceOfSatisfying(
            ProviderErrorException.class,
            e -> {
              assertThat(e.providerCode()).contains("E42");
              assertThat(e.providerMessage()).contains("first; second");
            });
  }

  @Test
  void aFailureWithoutDescriptionIsStillAFailure() {
    answer(
        "query_status",
        "<query_status_response api_id=\"123456\"><api_outcome>failure</api_outcome>"
            + "<status>active</status></query_status_response>");

    assertThatThrownBy(() -> client.queryStatus(ICCID))
        .isExactlyInstanceOf(ProviderErrorException.class)
        .hasMessageEndingWith("api_outcome 'failure', no error description");
  }

  @Test
  void theProvidersMessageNeverCarriesACredential() {
    answer(
        "query_status",
        "<query_status_response api_id=\"123456\"><api_outcome>failure</api_outcome>"
            + "<error_description>Wrong password 'password' for user 'username' (api 123456)</error_description>"
            + "</query_status_response>");

    assertThatThrownBy(() -> client.queryStatus(ICCID))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> {
              assertThat(e.getMessage())
                  .doesNotContain("'password'", "'username'", "123456")
                  .contains("***");
              assertThat(e.providerMessage().orElseThrow())
                  .doesNotContain("'password'", "'username'", "123456");
            });
  }

  @Test
  void anHttpErrorWithoutAnAnswerMapsByStatus() {
    server.stubFor(
        post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(401).withBody("Unauthorized")));

    assertThatThrownBy(() -> client.queryStatus(ICCID)).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void anHttpErrorWithAFailureAnswerUsesItsDescription() {
    server.stubFor(
        post(urlPathEqualTo("/"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "<query_status_response><api_outcome>failure</api_outcome><error>Unknown ICCID</error></query_status_response>")));

    assertThatThrownBy(() -> client.queryStatus(ICCID))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.httpStatus()).hasValue(400));
  }

  @Test
  void aServerErrorOnAReadIsRetriedThenReported() {
    try (M2mIportalClient c =
        builder().retryPolicy(RetryPolicy.defaults().withJitter(() -> 0.0)).build()) {
      server.stubFor(
          post(urlPathEqualTo("/"))
              .willReturn(aResponse().withStatus(502).withBody("<html>bad gateway")));

      assertThatThrownBy(() -> c.queryContract(ICCID))
          .isInstanceOf(ServiceUnavailableException.class);
      assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(3);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "not xml at all                                                  | not the documented format",
        "<query_status_response><status>active</status></query_status_response> | field 'api_outcome' is missing",
        "<query_status_response api_id=\"1\"/>                           | field 'api_outcome' is missing",
        "<query_status_response><api_outcome>success</api_outcome>       | not the documented format"
      })
  void anUnreadableAnswerIsMalformed(String body, String problem) {
    answer("query_status", body);

    assertThatThrownBy(() -> client.queryStatus(ICCID))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining(problem);
  }

  @Test
  void anEmptyAnswerIsMalformed() {
    server.stubFor(post(urlPathEqualTo("/")).willReturn(ok()));

    assertThatThrownBy(() -> client.queryStatus(ICCID))
        .isInstanceOf(MalformedResponseException.class);
  }

  /**
   * The canary file holds a valid status: had the parser expanded the entity, the call would have
   * succeeded with ACTIVE instead of failing.
   */
  @Test
  void anAnswerDeclaringAnExternalFileEntityIsRefusedWithoutReadingIt(@TempDir Path dir)
      throws IOException {
    Path canary = Files.writeString(dir.resolve("canary.txt"), "active");
    answer(
        "query_status",
        fixture("security/answer-with-external-entity.xml")
            .replace("CANARY_URL", canary.toUri().toString()));

    assertThatThrownBy(() -> client.queryStatus(ICCID))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void anAnswerDeclaringARemoteEntityOrDtdIsRefusedWithoutFetchingIt() {
    server.stubFor(get(urlPathEqualTo("/canary")).willReturn(ok("active")));
    String canary = server.baseUrl() + "/canary";
    for (String name :
        new String[] {"answer-with-external-entity.xml", "answer-with-external-dtd.xml"}) {
      answer("query_status", fixture("security/" + name).replace("CANARY_URL", canary));

      assertThatThrownBy(() -> client.queryStatus(ICCID))
          .as(name)
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("DOCTYPE");
    }
    assertThat(server.findAll(anyRequestedFor(urlPathEqualTo("/canary")))).isEmpty();
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(2);
  }

  @Test
  void aFailureAnswerDeclaringADoctypeIsNotParsedEither(@TempDir Path dir) throws IOException {
    Path canary =
        Files.writeString(dir.resolve("canary.txt"), "Unknown ICCID", StandardCharsets.UTF_8);
    server.stubFor(
        post(urlPathEqualTo("/"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "<!DOCTYPE r [<!ENTITY c SYSTEM \""
                            + canary.toUri()
                            + "\">]><r><api_outcome>failure</api_outcome>"
                            + "<error>&c;</error></r>")));

    // Read as an answer without a usable body: the status decides, not the entity's content.
    assertThatThrownBy(() -> client.queryStatus(ICCID))
        .isExactlyInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(((SimApiException) e).providerMessage()).isEmpty());
  }
}
