package io.simbridge.thingsmobile.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.time.ManualClock;
import io.simbridge.testkit.EmulatorExtension;
import io.simbridge.testkit.EmulatorFault;
import io.simbridge.testkit.internal.Http;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ThingsMobileEmulatorTest {
  static final ManualClock CLOCK = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));

  @RegisterExtension
  static EmulatorExtension<ThingsMobileEmulator> tm =
      EmulatorExtension.of(
          () -> ThingsMobileEmulator.builder().clock(CLOCK).generatedSims(1203).build());

  private static Http.Reply call(String op, String... fields) {
    Map<String, String> form =
        new HashMap<>(
            Map.of("username", ThingsMobileEmulator.USERNAME, "token", ThingsMobileEmulator.TOKEN));
    for (int i = 0; i < fields.length; i += 2) {
      form.put(fields[i], fields[i + 1]);
    }
    CLOCK.advance(
        Duration.ofSeconds(10)); // stay clear of the call limits unless a test means to hit them
    return Http.form(tm.emulator().baseUrl() + "/services/business-api/" + op, form);
  }

  @Test
  void sandboxMsisdnsBehaveAsDocumented() {
    assertThat(call("blockSim", "msisdn", ThingsMobileEmulator.MSISDN_NOT_FOUND).body())
        .contains("<done>false</done><errorCode>40</errorCode>", "sim not found or not available");
    assertThat(call("blockSim", "msisdn", ThingsMobileEmulator.MSISDN_GENERIC_ERROR).body())
        .contains("<errorCode>10</errorCode>", "generic error");
    assertThat(call("blockSim", "msisdn", ThingsMobileEmulator.MSISDN_OK).body())
        .isEqualTo("<result><done>true</done></result>");
    assertThat(
            call("activateSim", "msisdn", ThingsMobileEmulator.MSISDN_NOT_ACTIVE, "simBarcode", "x")
                .body())
        .contains("<errorCode>20</errorCode>", "simBarcode");
    assertThat(call("simStatus", "msisdn", ThingsMobileEmulator.MSISDN_NOT_ACTIVE).body())
        .contains(
            "<activationDate>2015-01-20 12:45:00</activationDate>",
            "<status>not-active</status>",
            "<totalTraffic>321312321</totalTraffic>",
            "<plan>default</plan>");
    assertThat(call("simStatus", "msisdn", ThingsMobileEmulator.MSISDN_GENERIC_ERROR).body())
        .contains("<activationDate></activationDate>", "<totalTraffic>0</totalTraffic>");
    assertThat(call("simStatus", "msisdn", ThingsMobileEmulator.MSISDN_OK).body())
        .contains("<status>active</status>", "<totalTraffic>1231231231</totalTraffic>");
    assertThat(call("downloadCdr", "msisdnList", ThingsMobileEmulator.MSISDN_CDR_LIMIT).body())
        .contains("<message>input error: CDR limit not respected</message>");
    assertThat(call("getCdrPaginated", "msisdnList", ThingsMobileEmulator.MSISDN_NOT_ACTIVE).body())
        .contains("<cdrMsisdn>882360000000002</cdrMsisdn>");
  }

  @Test
  void aBlockedSimReadsBackAsBlockedAndARenamedSimListsUnderItsNewName() {
    String msisdn = tm.emulator().generatedMsisdns().get(0);

    call("blockSim", "msisdn", msisdn);
    call("updateSimName", "iccid", tm.emulator().iccidOf(msisdn), "name", "pump <7> & co");

    assertThat(call("simStatus", "msisdn", msisdn).body())
        .contains("<status>suspended</status>", "<name>pump &lt;7&gt; &amp; co</name>");
    assertThat(call("simListLite", "name", "pump <7> & co").body())
        .contains("<msisdn>" + msisdn + "</msisdn>")
        .containsOnlyOnce("<sim>");
    assertThat(call("simListLite", "status", "suspended").body()).contains(msisdn);
    call("unblockSim", "msisdn", msisdn);
    assertThat(tm.emulator().statusOf(msisdn)).isEqualTo("active");
  }

  /** 4.11 sets thresholds in MB; 4.5 reports them in bytes, as section 4 says amounts are returned. */
  @Test
  void thresholdsSetInMebibytesReadBackInBytes() {
    String msisdn = tm.emulator().generatedMsisdns().get(1);

    call(
        "setupSimTrafficThreeshold",
        "msisdn",
        msisdn,
        "dailyLimit",
        "1",
        "blockSimDaily",
        "0",
        "monthlyLimit",
        "2",
        "blockSimMonthly",
        "1",
        "totalLimit",
        "0",
        "blockSimTotal",
        "0");

    assertThat(call("simStatus", "msisdn", msisdn).body())
        .contains(
            "<dailyTrafficThreshold>1048576</dailyTrafficThreshold>",
            "<monthlyTrafficThreshold>2097152</monthlyTrafficThreshold>",
            "<totalTrafficThreshold>0</totalTrafficThreshold>");
  }

  @Test
  void aRechargeRaisesTheBalanceInMebibytes() {
    String msisdn = tm.emulator().generatedMsisdns().get(0);

    call("rechargeSim", "msisdn", msisdn, "amount", "3");

    assertThat(call("simStatus", "msisdn", msisdn).body()).contains("<balance>3145728</balance>");
    assertThat(call("rechargeSim", "msisdn", msisdn, "amount", "1025").body())
        .contains("<errorCode>20</errorCode>");
  }

  @Test
  void aCallInsideTheDocumentedIntervalGetsErrorSixty() {
    String msisdn = tm.emulator().generatedMsisdns().get(0);
    call("simStatus", "msisdn", msisdn);

    Http.Reply tooSoon =
        Http.form(
            tm.emulator().baseUrl() + "/simStatus",
            Map.of(
                "username",
                ThingsMobileEmulator.USERNAME,
                "token",
                ThingsMobileEmulator.TOKEN,
                "msisdn",
                msisdn));

    assertThat(tooSoon.body()).contains("<errorCode>60</errorCode>");
    assertThat(tm.emulator().rateLimitAnswers()).isEqualTo(1);
    assertThat(tm.emulator().requests("simStatus")).isEqualTo(2);
  }

  @Test
  void simListPagesOverGeneratedSims() {
    String page1 = call("simListLite", "page", "1", "pageSize", "500").body();
    String page3 = call("simListLite", "page", "3", "pageSize", "500").body();

    assertThat(page1.split("<sim>", -1)).hasSize(501);
    // 1,203 generated SIMs and 4 visible sandbox SIMs: 207 on the third page.
    assertThat(page3.split("<sim>", -1)).hasSize(208);
    assertThat(call("simListLite", "pageSize", "501").body()).contains("<errorCode>20</errorCode>");
  }

  @Test
  void theTenThousandCdrCapIsErrorEighty() {
    ThingsMobileEmulator big =
        ThingsMobileEmulator.builder()
            .clock(CLOCK)
            .generatedSims(3)
            .cdrsPerSim(4000)
            .build()
            .start();
    try {
      String all = String.join(",", big.generatedMsisdns());
      Http.Reply r =
          Http.form(
              big.baseUrl() + "/getCdrPaginated",
              Map.of(
                  "username",
                  ThingsMobileEmulator.USERNAME,
                  "token",
                  ThingsMobileEmulator.TOKEN,
                  "msisdnList",
                  all));
      assertThat(r.body()).contains("<errorCode>80</errorCode>", "<message>cdrs error");
    } finally {
      big.stop();
    }
  }

  @Test
  void wrongCredentialsAreAUserError() {
    Http.Reply r =
        Http.form(tm.emulator().baseUrl() + "/credit", Map.of("username", "x", "token", "y"));

    assertThat(r.body()).contains("<errorCode>30</errorCode>");
  }

  @Test
  void faultsDamageTheAnswerAfterTheWriteIsApplied() {
    String msisdn = tm.emulator().generatedMsisdns().get(0);
    tm.emulator().faults().inject("blockSim", EmulatorFault.connectionReset().times(1));

    assertThatThrownBy(() -> call("blockSim", "msisdn", msisdn))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(tm.emulator().statusOf(msisdn)).isEqualTo("suspended");
    assertThat(call("unblockSim", "msisdn", msisdn).statusCode()).isEqualTo(200);

    tm.emulator().faults().injectAll(EmulatorFault.serverError(502));
    Http.Reply r = call("credit");
    assertThat(r.statusCode()).isEqualTo(502);
    assertThat(r.body()).contains("<html>");

    tm.emulator().faults().clear().inject("credit", EmulatorFault.malformedBody());
    assertThat(call("credit").body()).doesNotEndWith("</result>");
    tm.emulator().faults().clear();
    assertThat(call("credit").body()).endsWith("</result>");
  }

  @Test
  void unknownOperationsAre404() {
    assertThat(Http.form(tm.emulator().baseUrl() + "/nope", Map.of()).statusCode()).isEqualTo(404);
  }

  @Test
  void basicAuthIsCheckedWhenAsked() {
    ThingsMobileEmulator test =
        ThingsMobileEmulator.builder().requireBasicAuth(true).build().start();
    try {
      assertThat(
              Http.form(test.baseUrl() + "/credit", Map.of("username", "TMTEST", "token", "t"))
                  .statusCode())
          .isEqualTo(401);
    } finally {
      test.stop();
    }
  }
}
