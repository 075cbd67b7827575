package io.simbridge.m2miportal.model;

import io.simbridge.core.internal.text.ToString;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One mobile-terminated SMS sent to a SIM, an entry of {@code query_sms_mt_details}.
 *
 * @param sentTimestamp      when it was sent (UTC)
 * @param smsUid             the client identifier given when sending, if one was
 * @param status             the provider's delivery status, such as {@code pending} or
 *                           {@code delivered}; kept as sent because the list is open
 * @param deliveredTimestamp when it was delivered (UTC); empty until then
 * @param origin             where it was sent from, such as {@code api} or {@code portal}
 * @param messageText        the text, exactly as the provider returned it; empty when it
 *                           returned none
 */
public record SmsMtDetail(
    Instant sentTimestamp,
    Optional<String> smsUid,
    String status,
    Optional<Instant> deliveredTimestamp,
    Optional<String> origin,
    Optional<String> messageText) {

  /**
   * Validates the record.
   *
   * @param sentTimestamp when it was sent (UTC)
   * @param smsUid the client identifier given when sending, if one was
   * @param status the provider's delivery status, such as {@code pending} or
   *     {@code delivered}; kept as sent because the list is open
   * @param deliveredTimestamp when it was delivered (UTC); empty until then
   * @param origin where it was sent from, such as {@code api} or {@code portal}
   * @param messageText the text, exactly as the provider returned it; empty when it
   *     returned none
   */
  public SmsMtDetail {
    Objects.requireNonNull(sentTimestamp, "sentTimestamp");
    Objects.requireNonNull(smsUid, "smsUid");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(deliveredTimestamp, "deliveredTimestamp");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(messageText, "messageText");
  }

  /**
   * Whether the provider reports it delivered ({@code status} is {@code delivered}).
   *
   * @return whether the provider reports it delivered ({@code status} is {@code delivered})
   */
  public boolean isDelivered() {
    return status.toLowerCase(Locale.ROOT).equals("delivered");
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
