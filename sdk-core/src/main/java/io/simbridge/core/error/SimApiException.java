package io.simbridge.core.error;

import io.simbridge.core.internal.text.Printable;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The root of every error a simbridge call raises after input validation: it names the
 * provider, the operation, the HTTP status (if an answer arrived) and the provider's error code
 * and message (if it sent them).
 *
 * <p>Catch a subtype to react to one kind of failure: {@link AuthenticationException},
 * {@link NotFoundException}, {@link RateLimitedException}, {@link InvalidRequestException},
 * {@link UnsupportedCapabilityException}, {@link TransportException},
 * {@link MalformedResponseException}, {@link ProviderErrorException} and
 * {@link AmbiguousOutcomeException}. Input that is wrong before anything is sent raises
 * {@link InvalidInputException} instead, which is an {@link IllegalArgumentException}.
 *
 * <p>Messages never contain a credential or a whole response body, and quote input and answers
 * with control characters escaped, so they cannot forge a log line. Exceptions survive Java
 * serialization with their {@link #details()}.
 */
public class SimApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Serialized: a deserialized exception still names its provider, operation, status and code. */
  private final ErrorDetails details;

  /**
   * Creates an exception.
   *
   * @param details what is known about the failed call
   * @param summary a short explanation, appended after the details; may be {@code null}
   * @param cause   the underlying cause, may be {@code null}
   */
  public SimApiException(ErrorDetails details, String summary, Throwable cause) {
    super(message(details, summary), cause);
    this.details = Objects.requireNonNull(details, "details");
  }

  private static String message(ErrorDetails details, String summary) {
    String head = Objects.requireNonNull(details, "details").describe();
    return Printable.escape(summary == null || summary.isBlank() ? head : head + " - " + summary);
  }

  /**
   * Refuses a serialized exception without its details, which every exception carries.
   *
   * @param in the stream
   * @throws IOException            if the stream cannot be read, or holds no details
   * @throws ClassNotFoundException if a class in the stream is unknown
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    if (details == null) {
      throw new InvalidObjectException("a " + getClass().getSimpleName() + " without its details");
    }
  }

  /** @return everything known about the failed call */
  public ErrorDetails details() {
    return details;
  }

  /** @return the provider id, such as {@code thingsmobile} */
  public String provider() {
    return details.provider();
  }

  /** @return the provider operation, such as {@code simStatus} */
  public String operation() {
    return details.operation();
  }

  /** @return the HTTP status of the answer, empty when no answer arrived */
  public OptionalInt httpStatus() {
    return details.status();
  }

  /** @return the provider's error code, if it sent one */
  public Optional<String> providerCode() {
    return details.code();
  }

  /**
   * How many attempts the call had made when it failed.
   *
   * @return the attempt count, {@code 0} when the failure came before the first attempt
   */
  public int attempts() {
    return details.attempts();
  }

  /**
   * The provider's identifier of the failed request, to quote to its support.
   *
   * @return the identifier, empty when the provider gave none
   */
  public Optional<String> requestId() {
    return details.request();
  }

  /** @return the provider's error message, if it sent one (redacted) */
  public Optional<String> providerMessage() {
    return details.message();
  }
}
