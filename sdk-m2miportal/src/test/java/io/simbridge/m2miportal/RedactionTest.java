package io.simbridge.m2miportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.testing.LogCapture;
import io.simbridge.m2miportal.model.SendSmsRequest;
import io.simbridge.m2miportal.model.SettableStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The user name, password and api_id never leave the client in clear: not in logs, errors or toString. */
class RedactionTest extends M2mTestSupport {
  private static final String USER = "acme-api-user";
  private static final String PASSWORD = "p<&\"'>S3cret";
  private static final String API_ID = "778899";
  // The password as the request carries it.
  private static final String PASSWORD_ESCAPED = "p&lt;&amp;\"'&gt;S3cret";

  @RegisterExtension final LogCapture logs = new LogCapture();

  private M2mIportalClient secretClient() {
    return builder().username(USER).password(PASSWORD).apiId(API_ID).build();
  }

  /** Answers as the provider does, echoing the api_id on the root. */
  private static void answerEchoingApiId(String root, String elements) {
    answer(
        root,
        "<"
            + root
            + "_response api_id=\""
            + API_ID
            + "\"><api_outcome>success</api_outcome>"
            + elements
            + "</"
            + root
            + "_response>");
  }

  @Test
  void noCredentialReachesTheTraceLogOfAnyOperation() {
    answerEchoingApiId("query_last_mo_traffic", "<traffic_type/><timestamp/><network/><country/>");
    answerEchoingApiId(
        "query_contract", "<contract_type>1</contract_type><months_remaining>2</months_remaining>");
    answerEchoingApiId("query_status", "<status>active</status>");
    answerEchoingApiId(
        "query_usage", "<data_mb>1.5</data_mb><sms>1</sms><voice_mins>0</voice_mins>");
    answerEchoingApiId("query_usage_levels", "<warning>1</warning><limit>2</limit>");
    answerEchoingApiId("query_sms_mt_details", "<sms/>");
    answerEchoingApiId("set_status", "");
    answerEchoingApiId("set_group", "");
    answerEchoingApiId("send_sms", "");

    try (M2mIportalClient c = secretClient()) {
      c.queryLastMoTraffic(ICCID);
      c.queryContract(ICCID);
      c.queryStatus(ICCID);
      c.queryUsage(ICCID);
      c.queryUsageLevels(ICCID);
      c.querySmsMtDetails(ICCID, 3);
      c.setStatus(ICCID, SettableStatus.ACTIVE);
      c.setGroup(ICCID, "GRP-01");
      c.sendSms(ICCID, SendSmsRequest.of("PING"));
    }

    String text = logs.text();
    // The bodies were logged, with the secret places masked...
    assertThat(text)
        .contains(
            "-> [m2miportal send_sms] body: <send_sms version=\"1\" api_id=\"***\">"
                + "<authentication><username>***</username><password>***</password></authentication>");
    assertThat(text)
        .contains("<query_status_response api_id=\"***\"><api_outcome>success</api_outcome>");
    // ...and no credential appears anywhere, in any form; the ICCID is masked too.
    assertThat(text)
        .doesNotContain(USER, PASSWORD, PASSWORD_ESCAPED, "S3cret", API_ID, ICCID.value());
    assertThat(text).contains("…6789");
  }

  @Test
  void aFailureThatEchoesTheCredentialsHidesThemInTheLogAndTheException() {
    // The provider writes the password escaped in its answer; the message reads it unescaped.
    answer(
        "query_status",
        "<query_status_response api_id=\""
            + API_ID
            + "\"><api_outcome>failure</api_outcome>"
            + "<error_description>Wrong password "
            + PASSWORD_ESCAPED
            + " for "
            + USER
            + "</error_description>"
            + "</query_status_response>");

    try (M2mIportalClient c = secretClient()) {
      assertThatThrownBy(() -> c.queryStatus(ICCID))
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              e -> {
                assertThat(e.getMessage())
                    .contains("Wrong password *** for ***")
                    .doesNotContain("S3cret", USER);
              });
    }
    assertThat(logs.text())
        .contains("<error_description>Wrong password *** for ***</error_description>")
        .doesNotContain("S3cret", USER);
  }

  @Test
  void aMalformedAnswersExcerptHidesTheEchoedApiId() {
    answer(
        "query_status",
        "<query_status_response api_id=\""
            + API_ID
            + "\"><status>active</status>"
            + "</query_status_response>");

    try (M2mIportalClient c = secretClient()) {
      assertThatThrownBy(() -> c.queryStatus(ICCID))
          .isInstanceOfSatisfying(
              MalformedResponseException.class,
              e -> assertThat(e.excerpt()).contains("api_id=\"***\"").doesNotContain(API_ID));
    }
  }

  @Test
  void toStringShowsNoCredential() {
    try (M2mIportalClient c = secretClient()) {
      assertThat(c.toString())
          .isEqualTo(
              "M2mIportalClient[baseUrl="
                  + server.baseUrl()
                  + ", username=***, password=***, apiId=***]");
      assertThat(c.asSimProvider().toString()).doesNotContain(USER, PASSWORD, API_ID);
    }
  }
}
