package io.simbridge.core.error;

import java.time.Duration;
import java.util.Objects;

/**
 * The provider (or a gateway in front of it) answered with a server error (HTTP 5xx) that carried
 * no recognisable provider error. Reads are retried on it within the retry budget; a write that
 * receives it is reported as an {@link AmbiguousOutcomeException} instead, because the provider
 * may have applied it before failing.
 *
 * <p>{@link #retryAfter()} is the wait the server asked for with {@code Retry-After}: a read
 * waits at least that long before its next attempt, and gives up with this exception when the
 * wait would exceed its retry budget.
 */
public class ServiceUnavailableException extends ProviderErrorException {
  private static final long serialVersionUID = 1L;

  /** How long the provider asked to wait, zero when it did not say. */
  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param details what is known about the failed call (the HTTP status at least)
   * @param summary a short explanation, may be {@code null}
   * @param cause   the underlying cause, may be {@code null}
   */
  public ServiceUnavailableException(ErrorDetails details, String summary, Throwable cause) {
    this(details, summary, cause, Duration.ZERO);
  }

  /**
   * Creates the exception for an answer that said how long to wait.
   *
   * @param details    what is known about the failed call (the HTTP status at least)
   * @param summary    a short explanation, may be {@code null}
   * @param cause      the underlying cause, may be {@code null}
   * @param retryAfter the wait the server asked for, zero when it asked for none
   */
  public ServiceUnavailableException(
      ErrorDetails details, String summary, Throwable cause, Duration retryAfter) {
    super(details, summary, cause);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  /** @return the wait the server asked for with {@code Retry-After}, zero when it asked for none */
  public Duration retryAfter() {
    return retryAfter;
  }
}
