package io.simbridge.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.testing.LogCapture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Drives requests carrying secrets in every place they travel (header, form field, JSON key,
 * XML element and attribute) at TRACE, and asserts that no secret reaches a log line or an
 * exception message.
 */
class RedactionTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension final LogCapture logs = new LogCapture();

  private static final String TOKEN = "91c6ce3c-a848-4f0e-bfca-ab9eeff5d1e6";
  private static final String AUTH_KEY = "authkey-Zr81q";
  private static final String PASSWORD = "p<a&ss\"word";
  private static final String BASIC = "Basic dGVzdDpUaGluZ3Ntb2JpbDM=";
  private static final List<String> SECRETS =
      List.of(TOKEN, AUTH_KEY, PASSWORD, BASIC, "dGVzdDpUaGluZ3Ntb2JpbDM=", "424242");

  private final Redactor redactor = Redactor.of(false, "token", "authKey", "password", "api_id");
  private final HttpExecutor executor =
      HttpExecutor.create("test", TransportOptions.defaults(), redactor);

  RedactionTest() {
    // A provider registers every configured credential; tokens obtained later are added too.
    redactor.addSecret(TOKEN);
    redactor.addSecret(PASSWORD);
  }

  @Test
  void noSecretReachesALogLineOrAnExceptionMessage() {
    // The provider echoes every secret back in its error answer.
    server.stubFor(
        post(urlPathEqualTo("/x"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"authKey\":\""
                            + AUTH_KEY
                            + "\",\"message\":\"bad token "
                            + TOKEN
                            + "\"}"
                            + "<auth api_id=\"424242\"><password>"
                            + PASSWORD
                            + "</password></auth>")));
    ResponseHandler<String> handler =
        r -> {
          r.bytes();
          throw r.errorForStatus("E1", "token " + TOKEN + " rejected", null);
        };

    OutboundRequest form =
        OutboundRequest.post(server.baseUrl() + "/x?token=" + TOKEN)
            .header("Authorization", BASIC)
            .urlEncodedForm()
            .field("username", "TMTEST")
            .field("token", TOKEN)
            .build();
    OutboundRequest json =
        OutboundRequest.post(server.baseUrl() + "/x")
            .body(
                ("{\"authKey\": \"" + AUTH_KEY + "\", \"account\": \"09012345678\"}")
                    .getBytes(StandardCharsets.UTF_8),
                "application/json")
            .build();
    OutboundRequest xml =
        OutboundRequest.post(server.baseUrl() + "/x")
            .body(
                ("<query api_id=\"424242\"><authentication><username>u</username><password>p&lt;a&amp;ss\"word"
                        + "</password></authentication></query>")
                    .getBytes(StandardCharsets.UTF_8),
                "application/xml")
            .build();

    StringBuilder messages = new StringBuilder();
    for (OutboundRequest request : List.of(form, json, xml)) {
      InvalidRequestException e =
          catchThrowableOfType(
              InvalidRequestException.class,
              () -> executor.execute(OperationSpec.read("op"), request, handler));
      messages.append(e.getMessage()).append('\n');
    }

    String logged = logs.text();
    assertThat(logged)
        .contains(
            "-> [test op] POST",
            "<- [test op] HTTP 400",
            "token=***",
            "\"authKey\":\"***\"",
            "<password>***",
            "api_id=\"***\"",
            "Authorization: ***");
    for (String secret : SECRETS) {
      assertThat(logged).doesNotContain(secret);
      assertThat(messages.toString()).doesNotContain(secret);
    }
    assertThat(messages.toString()).contains("token *** rejected");
  }

  @Test
  void aSecretAcrossTheCutOfAnExcerptOrATraceBodyIsHiddenBeforeTheCut() {
    String secret = "k3y-0123456789abcdef";
    redactor.addSecret(secret);
    ResponseHandler<String> handler =
        r -> {
          r.bytes();
          throw r.malformed("not the documented format");
        };
    // The old cuts: the excerpt read 640 bytes, the TRACE body 16,384 bytes, both before hiding.
    for (String body :
        List.of(" ".repeat(630) + secret + " rest", "a".repeat(16_384 - 8) + secret + " rest")) {
      server.stubFor(
          post(urlPathEqualTo("/cut")).willReturn(aResponse().withStatus(200).withBody(body)));

      MalformedResponseException e =
          catchThrowableOfType(
              MalformedResponseException.class,
              () ->
                  executor.execute(
                      OperationSpec.read("cut"),
                      OutboundRequest.post(server.baseUrl() + "/cut").build(),
                      handler));

      assertThat(e.getMessage()).doesNotContain(secret.substring(0, 4));
      assertThat(logs.text()).contains("<- [test cut] body").doesNotContain(secret.substring(0, 4));
    }
  }

  @Test
  void subscriberIdsAreMaskedExceptTheirLastFourDigits() {
    Redactor masking = Redactor.of(true);

    assertThat(masking.redact("msisdn=882360001975037&iccid=8944501312167518236&page=500&ts=2018"))
        .isEqualTo("msisdn=…5037&iccid=…8236&page=500&ts=2018");
    assertThat(masking.redact("phone 09012345678")).isEqualTo("phone …5678");
  }

  @Test
  void aSecretIsHiddenInEveryEscapedFormItTravelsIn() {
    Redactor r = Redactor.of(false);
    r.addSecret("p<a&ss\"wo'rd");

    assertThat(
            r.redact(
                "xml p&lt;a&amp;ss\"wo'rd | attr p&lt;a&amp;ss&quot;wo&apos;rd | json p<a&ss\\\"wo'rd"
                    + " | url p%3Ca%26ss%22wo%27rd"))
        .isEqualTo("xml *** | attr *** | json *** | url ***");
  }

  @Test
  void aSecretEchoedWithNumericCharacterReferencesInAnyMixIsHidden() {
    Redactor r = Redactor.of(false);
    r.addSecret("p<a&ss\"wo'rd");

    assertThat(
            r.redact(
                "p&lt;a&amp;ss&#34;wo&#39;rd | p&#x3C;a&#38;ss&#x22;wo&#X27;rd | p<a&amp;ss&quot;wo'rd"))
        .isEqualTo("*** | *** | ***");
  }

  @Test
  void shortValuesAreNotTreatedAsSecrets() {
    Redactor r = Redactor.of(false);
    r.addSecret("ab");

    assertThat(r.redact("about")).isEqualTo("about");
  }
}
