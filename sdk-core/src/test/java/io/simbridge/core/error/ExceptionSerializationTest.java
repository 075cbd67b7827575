package io.simbridge.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.Capability;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "Errors": an exception that crosses a serialization boundary keeps its provider,
 * operation, HTTP status, provider code and message, and what its subtype adds.
 */
class ExceptionSerializationTest {
  private static final ErrorDetails DETAILS =
      ErrorDetails.of("thingsmobile", "simStatus")
          .withStatus(503)
          .withProviderError("E42", "try later");

  @Test
  void everySubtypeKeepsItsDetailsAcrossSerialization() throws Exception {
    List<SimApiException> all =
        List.of(
            new SimApiException(DETAILS, "root", null),
            new AuthenticationException(DETAILS, "refused", null),
            new NotFoundException(DETAILS),
            new InvalidRequestException(DETAILS, "bad", null),
            new ProviderErrorException(DETAILS, "generic", null),
            new ServiceUnavailableException(DETAILS, "down", null),
            new RateLimitedException(DETAILS, Duration.ofSeconds(7), false, null),
            new MalformedResponseException(DETAILS, "not JSON", "<html>", null),
            new TransportException(DETAILS, true, new SocketTimeoutException("timeout")),
            new AmbiguousOutcomeException(
                DETAILS, new ServiceUnavailableException(DETAILS, "down", null)));

    for (SimApiException original : all) {
      SimApiException copy = roundTrip(original);

      assertThat(copy)
          .as(original.getClass().getSimpleName())
          .isExactlyInstanceOf(original.getClass())
          .hasMessage(original.getMessage());
      assertThat(copy.details()).isEqualTo(DETAILS);
      assertThat(copy.provider()).isEqualTo("thingsmobile");
      assertThat(copy.operation()).isEqualTo("simStatus");
      assertThat(copy.httpStatus()).hasValue(503);
      assertThat(copy.providerCode()).hasValue("E42");
      assertThat(copy.providerMessage()).hasValue("try later");
    }
  }

  @Test
  void whatEachSubtypeAddsSurvivesToo() throws Exception {
    RateLimitedException limited =
        roundTrip(new RateLimitedException(DETAILS, Duration.ofMillis(9_500), true, null));
    assertThat(limited.retryAfter()).isEqualTo(Duration.ofMillis(9_500));
    assertThat(limited.isClientSide()).isTrue();

    assertThat(roundTrip(new MalformedResponseException(DETAILS, "x", "<html>", null)).excerpt())
        .isEqualTo("<html>");
    assertThat(roundTrip(new TransportException(DETAILS, true, null)).mayHaveReachedProvider())
        .isTrue();
    assertThat(roundTrip(new TransportException(DETAILS, false, null)).mayHaveReachedProvider())
        .isFalse();

    UnsupportedCapabilityException unsupported =
        roundTrip(new UnsupportedCapabilityException("freebit", Capability.SEND_SMS));
    assertThat(unsupported.capability()).isEqualTo(Capability.SEND_SMS);
    assertThat(unsupported.provider()).isEqualTo("freebit");

    AmbiguousOutcomeException ambiguous =
        roundTrip(
            new AmbiguousOutcomeException(DETAILS, new TransportException(DETAILS, true, null)));
    assertThat(ambiguous.getCause()).isInstanceOf(TransportException.class);
    assertThat(((SimApiException) ambiguous.getCause()).provider()).isEqualTo("thingsmobile");

    InvalidInputException input =
        roundTrip(new InvalidInputException("iccid", "has 3 digits", "19 or 20 digits"));
    assertThat(input.field()).isEqualTo("iccid");
    assertThat(input).hasMessage("Invalid iccid: has 3 digits; allowed: 19 or 20 digits");
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T roundTrip(T e) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
