package io.simbridge.horisen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.core.testing.LogCapture;
import io.simbridge.horisen.model.Filter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client secret and every token stay out of TRACE logs, exception messages and toString(). */
class RedactionTest extends WireMockSupport {
  private static final String TOKEN_1 = "tok-FIRST-6f1c2a9b8e";
  private static final String TOKEN_2 = "tok-SECOND-0d4e7b3c1a";
  private static final LocalDate FROM = LocalDate.of(2024, 10, 1);
  private static final LocalDate TO = LocalDate.of(2024, 10, 31);

  @RegisterExtension final LogCapture logs = new LogCapture();

  @Test
  void secretsAndTokensNeverReachTheLogsWhateverPathTheyTake() {
    server.stubFor(
        post(TOKEN_PATH)
            .inScenario("t")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                okJson(
                    "{\"access_token\": \""
                        + TOKEN_1
                        + "\", \"token_type\": \"Bearer\", \"expires_in\": 3600}"))
            .willSetStateTo("second"));
    server.stubFor(
        post(TOKEN_PATH)
            .inScenario("t")
            .whenScenarioStateIs("second")
            .willReturn(
                okJson(
                    "{\"access_token\": \""
                        + TOKEN_2
                        + "\", \"token_type\": \"Bearer\", \"expires_in\": 3600}")));
    // The first token is rejected (a 401 that even echoes it), so both tokens travel.
    server.stubFor(
        get(urlPathMatching(API + "/.*"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_1))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"Code\": \"NOT_AUTHORIZED\", \"Message\": \"token "
                            + TOKEN_1
                            + " expired\"}")));
    server.stubFor(
        get(urlPathMatching(API + "/.*"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_2))
            .willReturn(okJson(emptyPage())));
    HorisenClient client = client();

    client.customerTrafficReportsPage(FROM, TO, Filter.none(), 1);

    String text = logs.text();
    assertThat(text)
        .contains("TRACE") // headers and bodies were logged...
        .contains("grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret=***")
        .contains("\"access_token\": \"***\"")
        .contains("Authorization: ***")
        .contains("replaying once")
        .doesNotContain(CLIENT_SECRET) // ...but never a secret
        .doesNotContain(TOKEN_1)
        .doesNotContain(TOKEN_2)
        .doesNotContain("FIRST-6f1c")
        .doesNotContain("SECOND-0d4e");
  }

  @Test
  void aProviderMessageEchoingASecretIsRedactedInTheException() {
    stubToken();
    server.stubFor(
        get(urlPathMatching(API + "/.*"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"Code\": \"REQUEST_ERROR\", \"Message\": \"bad request from "
                            + CLIENT_SECRET
                            + " with "
                            + TOKEN
                            + "\"}")));

    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> client().customerTrafficReportsPage(FROM, TO, Filter.none(), 1));

    assertThat(e.getMessage())
        .contains("bad request from ***")
        .doesNotContain(CLIENT_SECRET)
        .doesNotContain(TOKEN);
    assertThat(e.providerMessage().orElseThrow())
        .doesNotContain(CLIENT_SECRET)
        .doesNotContain(TOKEN);
    assertThat(logs.text()).doesNotContain(CLIENT_SECRET).doesNotContain(TOKEN);
  }

  @Test
  void aFixedOrSuppliedTokenIsRedactedToo() {
    String fixed = "fixed-7a8b9c0d1e2f";
    String supplied = "supplied-3f4e5d6c7b";
    // Each client knows its own credential only: each answer echoes the token it was sent.
    for (String token : new String[] {fixed, supplied}) {
      server.stubFor(
          get(urlPathMatching(API + "/.*"))
              .withHeader("Authorization", equalTo("Bearer " + token))
              .willReturn(
                  aResponse()
                      .withStatus(400)
                      .withBody(
                          "{\"Code\": \"REQUEST_ERROR\", \"Message\": \"saw " + token + "\"}")));
    }
    HorisenClient withFixed =
        track(HorisenClient.builder().baseUrl(server.baseUrl() + API).accessToken(fixed).build());
    HorisenClient withSupplier =
        track(
            HorisenClient.builder()
                .baseUrl(server.baseUrl() + API)
                .accessTokenSupplier(() -> supplied)
                .build());

    InvalidRequestException first =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> withFixed.customerTrafficReportsPage(FROM, TO, Filter.none(), 1));
    InvalidRequestException second =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> withSupplier.customerTrafficReportsPage(FROM, TO, Filter.none(), 1));

    assertThat(first.getMessage()).doesNotContain(fixed);
    assertThat(second.getMessage()).doesNotContain(supplied);
    assertThat(logs.text()).doesNotContain(fixed).doesNotContain(supplied);
    assertThat(withFixed.toString()).doesNotContain(fixed);
  }

  @Test
  void toStringNamesTheClientButNoSecret() {
    HorisenClient client = client();

    assertThat(client.toString())
        .contains(server.baseUrl() + API)
        .contains(CLIENT_ID)
        .contains(TOKEN_PATH)
        .doesNotContain(CLIENT_SECRET);
    assertThat(client.asSimProvider().toString()).doesNotContain(CLIENT_SECRET);
  }
}
