package io.simbridge.m2miportal.emulator;

import static io.simbridge.testkit.internal.Text.xml;
import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.testkit.EmulatorExtension;
import io.simbridge.testkit.internal.Http;
import io.simbridge.testkit.m2miportal.M2mIportalEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class M2mIportalEmulatorTest {
  @RegisterExtension
  static EmulatorExtension<M2mIportalEmulator> m2m = EmulatorExtension.of(M2mIportalEmulator::new);

  private static String call(String op, String iccid, String extra) {
    return call(op, iccid, extra, M2mIportalEmulator.PASSWORD);
  }

  private static String call(String op, String iccid, String extra, String password) {
    String body =
        "<"
            + op
            + " version=\"1\" api_id=\""
            + M2mIportalEmulator.API_ID
            + "\"><authentication><username>"
            + M2mIportalEmulator.USERNAME
            + "</username><password>"
            + xml(password)
            + "</password></authentication><iccid>"
            + iccid
            + "</iccid>"
            + extra
            + "</"
            + op
            + ">";
    return Http.post(m2m.emulator().baseUrl(), "application/xml", body).body();
  }

  @Test
  void anEscapedPasswordIsAcceptedAndARawOneRefused() {
    String iccid = m2m.emulator().iccids().get(0);

    assertThat(call("query_status", iccid, ""))
        .contains(
            "<api_outcome>success</api_outcome>",
            "<status>active</status>",
            "<query_status_response api_id=\"123456\">");
    assertThat(call("query_status", iccid, "", "wrong"))
        .contains(
            "<api_outcome>failure</api_outcome>",
            "<error_description>Invalid authentication credentials</error_description>");
  }

  @Test
  void unknownIccidsFail() {
    assertThat(call("query_usage", "1234567890123456789", ""))
        .contains("<api_outcome>failure</api_outcome>", "Unknown ICCID 1234567890123456789");
  }

  @Test
  void setStatusIsStatefulAndClosedIsPermanent() {
    String iccid = m2m.emulator().iccids().get(0);

    assertThat(call("set_status", iccid, "<status>de-activated</status>")).contains("success");
    assertThat(call("query_status", iccid, "")).contains("<status>deactivated</status>");

    String closed = m2m.emulator().iccids().get(m2m.emulator().iccids().size() - 1);
    assertThat(call("set_status", closed, "<status>active</status>")).contains("failure", "closed");
  }

  @Test
  void aSentSmsAppearsInTheMtDetailsNewestFirst() {
    String iccid = m2m.emulator().iccids().get(0);
    assertThat(call("query_sms_mt_details", iccid, "")).contains("<sms/>");

    call("send_sms", iccid, "<message_text>first</message_text>");
    call(
        "send_sms",
        iccid,
        "<message_text>second &amp; last</message_text><sms_uid>ABC123</sms_uid>");

    String details = call("query_sms_mt_details", iccid, "<lastx>20</lastx>");
    assertThat(details.indexOf("second &amp; last")).isLessThan(details.indexOf("first"));
    assertThat(details).contains("<sms_uid>ABC123</sms_uid>", "<delivered_timestamp/>");
    assertThat(call("query_sms_mt_details", iccid, "<lastx>21</lastx>")).contains("failure");
  }

  @Test
  void groupMovesAreRefusedDuringAContract() {
    String noContract = m2m.emulator().iccids().get(0);
    String inContract = m2m.emulator().iccids().get(1);

    assertThat(call("query_contract", noContract, ""))
        .contains("<contract_type/>", "<months_remaining/>");
    assertThat(call("set_group", noContract, "<group>GRP9</group>")).contains("success");
    assertThat(m2m.emulator().groupOf(noContract)).isEqualTo("GRP9");
    assertThat(call("query_contract", inContract, "")).contains("<contract_type>1</contract_type>");
    assertThat(call("set_group", inContract, "<group>GRP9</group>"))
        .contains("failure", "contract period");
  }

  @Test
  void someSimsHaveNoTrafficHistory() {
    assertThat(call("query_last_mo_traffic", m2m.emulator().iccids().get(5), ""))
        .contains("<traffic_type/><timestamp/><network/><country/>");
    assertThat(call("query_last_mo_traffic", m2m.emulator().iccids().get(0), ""))
        .contains("<traffic_type>data</traffic_type><timestamp>10/01/2026 08:00:00</timestamp>");
  }
}
