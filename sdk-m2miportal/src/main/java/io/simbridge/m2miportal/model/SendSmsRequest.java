package io.simbridge.m2miportal.model;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.check.InputChecks;
import io.simbridge.core.internal.text.ToString;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An SMS for {@code send_sms}, checked against the provider's rules when it is created, so that a
 * message the provider would reject as invalid content is refused before anything is sent.
 *
 * <pre>{@code
 * client.sendSms(iccid, SendSmsRequest.of("PING"));
 * client.sendSms(iccid, SendSmsRequest.builder("REBOOT").smsUid("job42").build());
 * }</pre>
 *
 * @param messageText the text ({@code message_text}): at most {@value #MAX_SEPTETS} characters of
 *                    the GSM 7-bit default alphabet, those of its extension table
 *                    (form feed and {@code ^ { } \ [ ~ ] | €}) counting as two
 * @param dataCoding  the data coding ({@code data_coding}); the provider's default when empty
 * @param origin      the origination number ({@code origin}), available for some SIM types only
 * @param smsUid      your identifier for the message ({@code sms_uid}): 1 to
 *                    {@value #MAX_SMS_UID_LENGTH} letters or digits; {@code query_sms_mt_details}
 *                    reports it back
 */
public record SendSmsRequest(
    String messageText,
    Optional<DataCoding> dataCoding,
    Optional<String> origin,
    Optional<String> smsUid) {

  /** The most GSM 7-bit characters (septets) a message may take. */
  public static final int MAX_SEPTETS = 160;

  /** The longest {@code sms_uid}. */
  public static final int MAX_SMS_UID_LENGTH = 12;

  private static final Pattern SMS_UID =
      Pattern.compile("[A-Za-z0-9]{1," + MAX_SMS_UID_LENGTH + "}");
  private static final String TEXT_ALLOWED =
      "1 to "
          + MAX_SEPTETS
          + " characters of the GSM 7-bit default alphabet ("
          + Gsm7.describeAlphabet()
          + "); "
          + Gsm7.describeExtension()
          + " count as two";

  /**
   * Validates the record.
   *
   * @param messageText the text ({@code message_text}): at most {@value #MAX_SEPTETS} characters of
   *     the GSM 7-bit default alphabet, those of its extension table
   *     (form feed and {@code ^ { } \ [ ~ ] | €}) counting as two
   * @param dataCoding the data coding ({@code data_coding}); the provider's default when empty
   * @param origin the origination number ({@code origin}), available for some SIM types only
   * @param smsUid your identifier for the message ({@code sms_uid}): 1 to
   *     {@value #MAX_SMS_UID_LENGTH} letters or digits; {@code query_sms_mt_details}
   *     reports it back
   */
  public SendSmsRequest {
    Objects.requireNonNull(messageText, "messageText");
    Objects.requireNonNull(dataCoding, "dataCoding");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(smsUid, "smsUid");
    requireSendable(messageText);
    origin.ifPresent(
        o -> InputChecks.text("origin", o, "an origination number the SIM type accepts"));
    smsUid.ifPresent(
        uid -> {
          if (!SMS_UID.matcher(uid).matches()) {
            throw new InvalidInputException(
                "smsUid",
                "'"
                    + uid
                    + "' "
                    + (uid.isEmpty()
                        ? "is empty"
                        : uid.length() > MAX_SMS_UID_LENGTH
                            ? "has " + uid.length() + " characters"
                            : "contains a character that is not a letter or digit"),
                "1 to " + MAX_SMS_UID_LENGTH + " letters (A-Z, a-z) or digits");
          }
        });
  }

  // The provider's documented rule is the same for every data coding, so it is applied to all.
  private static void requireSendable(String text) {
    if (text.isBlank()) {
      throw new InvalidInputException(
          "messageText", text.isEmpty() ? "is empty" : "is blank", TEXT_ALLOWED);
    }
    String outside = Gsm7.describeUnsupported(text);
    if (!outside.isEmpty()) {
      throw new InvalidInputException(
          "messageText",
          "contains characters outside the GSM 7-bit default alphabet: " + outside,
          TEXT_ALLOWED);
    }
    int septets = Gsm7.septets(text);
    if (septets > MAX_SEPTETS) {
      throw new InvalidInputException(
          "messageText",
          "takes "
              + septets
              + " GSM 7-bit characters ("
              + text.length()
              + " characters, "
              + (septets - text.length())
              + " of them from the extension table, "
              + "which count as two)",
          TEXT_ALLOWED);
    }
  }

  /**
   * @param messageText the text
   * @return a request with the provider's defaults for everything else
   * @throws InvalidInputException if the text breaks the provider's rules
   */
  public static SendSmsRequest of(String messageText) {
    return builder(messageText).build();
  }

  /**
   * @param messageText the text
   * @return a builder for a request with optional elements
   */
  public static Builder builder(String messageText) {
    return new Builder(messageText);
  }

  /** Builds a {@link SendSmsRequest}; every element except the text is optional. */
  public static final class Builder {
    private final String messageText;
    private DataCoding dataCoding;
    private String origin;
    private String smsUid;

    private Builder(String messageText) {
      this.messageText = Objects.requireNonNull(messageText, "messageText");
    }

    /**
     * Sets the data coding ({@code data_coding}).
     *
     * @param coding the data coding ({@code data_coding})
     * @return this builder
     */
    public Builder dataCoding(DataCoding coding) {
      this.dataCoding = Objects.requireNonNull(coding, "dataCoding");
      return this;
    }

    /**
     * Sets the origination number ({@code origin}).
     *
     * @param origin the origination number ({@code origin})
     * @return this builder
     */
    public Builder origin(String origin) {
      this.origin = Objects.requireNonNull(origin, "origin");
      return this;
    }

    /**
     * Sets your identifier, 1 to 12 letters or digits ({@code sms_uid}).
     *
     * @param smsUid your identifier, 1 to 12 letters or digits ({@code sms_uid})
     * @return this builder
     */
    public Builder smsUid(String smsUid) {
      this.smsUid = Objects.requireNonNull(smsUid, "smsUid");
      return this;
    }

    /**
     * @return the request
     * @throws InvalidInputException if an element breaks the provider's rules
     */
    public SendSmsRequest build() {
      return new SendSmsRequest(
          messageText,
          Optional.ofNullable(dataCoding),
          Optional.ofNullable(origin),
          Optional.ofNullable(smsUid));
    }
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
