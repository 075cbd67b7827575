package io.simbridge.m2miportal.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.model.DataVolume;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Issue 21, "Output people read": values plain, absent fields not at all. */
class ModelToStringTest {

  @Test
  void anUndeliveredSmsPrintsNoDeliveryTimeAndNoOptionalWrappers() {
    SmsMtDetail sms =
        new SmsMtDetail(
            Instant.parse("2026-12-01T10:00:00Z"),
            Optional.of("uid-1"),
            "pending",
            Optional.empty(),
            Optional.of("api"),
            Optional.of("hello"));
    assertThat(sms)
        .hasToString(
            "SmsMtDetail[sentTimestamp=2026-12-01T10:00:00Z, smsUid=uid-1, status=pending,"
                + " origin=api, messageText=hello]");
  }

  @Test
  void aMissingCounterIsLeftOut() {
    assertThat(
            new MonthToDateUsage(
                Optional.of(DataVolume.ofBytes(2048)), OptionalLong.of(4), OptionalLong.empty()))
        .hasToString("MonthToDateUsage[data=2048 B, sms=4]");
  }
}
