package io.simbridge.m2miportal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okXml;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.simbridge.core.config.RetryPolicy;
import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.m2miportal.model.DataCoding;
import io.simbridge.m2miportal.model.SendSmsRequest;
import io.simbridge.m2miportal.model.SettableStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/** The three commands: the exact documents sent, escaping, and write semantics. */
class CommandsTest extends M2mTestSupport {
  private static final String AUTH =
      "<authentication><username>username</username><password>password</password>"
          + "</authentication><iccid>1234567890123456789</iccid>";

  @ParameterizedTest
  @CsvSource({"ACTIVE, active", "DE_ACTIVATED, de-activated"})
  void setStatusSendsTheDocumentedValue(SettableStatus status, String wire) {
    answerFixture("set_status", "m2miportal-more-operations/set_status-response.xml");

    client.setStatus(ICCID, status);

    assertThat(onlyRequest().getBodyAsString())
        .isEqualTo(
            "<set_status version=\"1\" api_id=\"123456\">"
                + AUTH
                + "<status>"
                + wire
                + "</status></set_status>");
  }

  @Test
  void setGroupSendsTheGroupCode() {
    answerFixture("set_group", "m2miportal-more-operations/set_group-response.xml");

    client.setGroup(ICCID, "GRP-01");

    assertThat(onlyRequest().getBodyAsString())
        .isEqualTo(
            "<set_group version=\"1\" api_id=\"123456\">"
                + AUTH
                + "<group>GRP-01</group></set_group>");
  }

  @Test
  void sendSmsWithOnlyTheTextSendsNoOptionalElement() {
    answerFixture("send_sms", "m2miportal-more-operations/send_sms-response.xml");

    client.sendSms(ICCID, SendSmsRequest.of("PING"));

    assertThat(onlyRequest().getBodyAsString())
        .isEqualTo(
            "<send_sms version=\"1\" api_id=\"123456\">"
                + AUTH
                + "<message_text>PING</message_text></send_sms>");
  }

  @Test
  void sendSmsEscapesTheTextAndSendsEveryElementInDocumentedOrder() {
    answerFixture("send_sms", "m2miportal-more-operations/send_sms-response.xml");
    String text = "Tom & Jerry <3 \"quoted\" 'single' > {x}\r\nline2";

    client.sendSms(
        ICCID,
        SendSmsRequest.builder(text)
            .dataCoding(DataCoding.DEFAULT)
            .origin("447700900123")
            .smsUid("job42")
            .build());

    String body = onlyRequest().getBodyAsString();
    assertThat(body)
        .isEqualTo(
            "<send_sms version=\"1\" api_id=\"123456\">"
                + AUTH
                + "<message_text>Tom &amp; Jerry &lt;3 \"quoted\" 'single' &gt; {x}&#13;\nline2</message_text>"
                + "<data_coding>default</data_coding><origin>447700900123</origin><sms_uid>job42</sms_uid></send_sms>");
    // Parsed back, the provider reads exactly the text given, carriage return included.
    assertThat(textOf(body, "message_text")).isEqualTo(text);
  }

  @Test
  void credentialsWithMarkupCharactersAreEscapedAndReadBackUnchanged() {
    String user = "a&b<c>";
    String password = "p<&\"'>w0rd";
    String apiId = "12\"34&<";
    try (M2mIportalClient c = builder().username(user).password(password).apiId(apiId).build()) {
      answerFixture("set_group", "m2miportal-more-operations/set_group-response.xml");

      c.setGroup(ICCID, "G&<1>");

      String body = onlyRequest().getBodyAsString();
      assertThat(body)
          .isEqualTo(
              "<set_group version=\"1\" api_id=\"12&quot;34&amp;&lt;\"><authentication>"
                  + "<username>a&amp;b&lt;c&gt;</username><password>p&lt;&amp;\"'&gt;w0rd</password></authentication>"
                  + "<iccid>1234567890123456789</iccid><group>G&amp;&lt;1&gt;</group></set_group>");
      Document sent = dom(body);
      assertThat(sent.getDocumentElement().getAttribute("api_id")).isEqualTo(apiId);
      assertThat(sent.getDocumentElement().getAttribute("version")).isEqualTo("1");
      assertThat(textOf(body, "username")).isEqualTo(user);
      assertThat(textOf(body, "password")).isEqualTo(password);
      assertThat(textOf(body, "group")).isEqualTo("G&<1>");
    }
  }

  @Test
  void aMessageOfExactly160SeptetsIsSent() {
    answerFixture("send_sms", "m2miportal-more-operations/send_sms-response.xml");
    String text = "€".repeat(79) + "ab"; // 79 x 2 + 2 = 160

    client.sendSms(ICCID, SendSmsRequest.of(text));

    assertThat(textOf(onlyRequest().getBodyAsString(), "message_text")).isEqualTo(text);
  }

  /**
   * send_sms: characters of the GSM extension table count as two; form feed (escape + 0x0A) is
   * one of them. XML cannot carry it literally, so it is sent as a character reference (which XML
   * 1.0 does not allow either, so the stub matches the text rather than parse it as XML).
   */
  @Test
  void sendSms_aFormFeedIsAnExtensionCharacterCountingTwo() {
    server.stubFor(
        post(urlPathEqualTo("/"))
            .withRequestBody(containing("<send_sms "))
            .willReturn(okXml(fixture("m2miportal-more-operations/send_sms-response.xml"))));
    String text = "\f".repeat(79) + "ab"; // 79 x 2 + 2 = 160

    client.sendSms(ICCID, SendSmsRequest.of(text));

    assertThat(onlyRequest().getBodyAsString())
        .contains("<message_text>" + "&#12;".repeat(79) + "ab</message_text>");
  }

  @Test
  void aCommandTheProviderRefusesIsNotRepeated() {
    answer(
        "set_group",
        "<set_group_response api_id=\"123456\"><api_outcome>failure</api_outcome>"
            + "<error_message>Group moves are not permitted during the contract term</error_message></set_group_response>");

    assertThatThrownBy(() -> client.setGroup(ICCID, "GRP-02"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Group moves are not permitted during the contract term");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
  }

  @Test
  void aCommandAnsweredWithAServerErrorIsAmbiguousAndNotRepeated() {
    server.stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> client.setStatus(ICCID, SettableStatus.DE_ACTIVATED))
        .isInstanceOf(AmbiguousOutcomeException.class);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void aCommandWhoseAnswerIsLostIsAmbiguousAndNotRepeated() {
    server.stubFor(
        post(urlPathEqualTo("/"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> client.sendSms(ICCID, SendSmsRequest.of("PING")))
        .isInstanceOf(AmbiguousOutcomeException.class);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
  }

  @Test
  void anInformationRequestIsRetriedAfterAServerError() {
    try (M2mIportalClient c =
        builder().retryPolicy(RetryPolicy.defaults().withJitter(() -> 0.5)).build()) {
      server.stubFor(
          post(urlPathEqualTo("/"))
              .inScenario("retry")
              .whenScenarioStateIs(Scenario.STARTED)
              .willReturn(aResponse().withStatus(503))
              .willSetStateTo("recovered"));
      server.stubFor(
          post(urlPathEqualTo("/"))
              .inScenario("retry")
              .whenScenarioStateIs("recovered")
              .willReturn(
                  okXml(fixture("m2miportal-more-operations/query_status-response-active.xml"))));

      assertThat(c.queryStatus(ICCID).rawStatus()).isEqualTo("active");
      assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(2);
      assertThat(time.sleeps()).containsExactly(Duration.ofMillis(125));
    }
  }
}
