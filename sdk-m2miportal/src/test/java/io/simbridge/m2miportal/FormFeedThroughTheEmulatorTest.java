package io.simbridge.m2miportal;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.model.Iccid;
import io.simbridge.m2miportal.model.SendSmsRequest;
import io.simbridge.m2miportal.model.SmsMtDetail;
import io.simbridge.testkit.m2miportal.M2mIportalEmulator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * send_sms with a form feed (GSM 7-bit extension table, which the SDK sends as {@code &#12;}):
 * the test kit's emulator accepts it and lists it back in query_sms_mt_details.
 */
@SuppressWarnings("EscapedEntity") // the character reference is meant to show as written
class FormFeedThroughTheEmulatorTest {
  @Test
  void aFormFeedSentIsReadBackInTheSmsMtDetails() {
    try (M2mIportalEmulator emulator = new M2mIportalEmulator().start();
        M2mIportalClient client =
            M2mIportalClient.builder()
                .baseUrl(emulator.baseUrl())
                .username(M2mIportalEmulator.USERNAME)
                .password(M2mIportalEmulator.PASSWORD)
                .apiId(M2mIportalEmulator.API_ID)
                .build()) {
      Iccid iccid = Iccid.of(emulator.iccids().get(0));

      client.sendSms(iccid, SendSmsRequest.of("page one\fpage two"));

      assertThat(client.querySmsMtDetails(iccid))
          .map(SmsMtDetail::messageText)
          .contains(Optional.of("page one\fpage two"));
    }
  }
}
