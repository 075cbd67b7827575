package io.simbridge.core.error;

import java.time.Duration;
import java.util.Objects;

/**
 * A call limit was hit: either the provider answered with its "too many requests" error, or the
 * client's own call limiter, in fail-fast mode, refused to send the call before its turn.
 *
 * <p>{@link #retryAfter()} is the wait the provider stated, or the one its documentation implies
 * (Things Mobile: the operation's minimum interval), or the time until the limiter's next free
 * slot.
 */
public class RateLimitedException extends SimApiException {
  private static final long serialVersionUID = 1L;

  /** How long the provider (or simbridge) asked to wait. */
  private final Duration retryAfter;

  /** Whether simbridge refused the call itself, before sending it. */
  private final boolean clientSide;

  /**
   * Creates the exception.
   *
   * @param details    what is known about the call
   * @param retryAfter how long to wait before trying again
   * @param clientSide {@code true} when the client's own limiter refused the call (nothing was
   *                   sent), {@code false} when the provider answered with its rate-limit error
   * @param cause      the underlying cause, may be {@code null}
   */
  public RateLimitedException(
      ErrorDetails details, Duration retryAfter, boolean clientSide, Throwable cause) {
    super(
        details,
        (clientSide
                ? "client call limit: next call allowed in "
                : "rate limited by the provider; retry after ")
            + Objects.requireNonNull(retryAfter, "retryAfter").toMillis()
            + " ms",
        cause);
    this.retryAfter = retryAfter;
    this.clientSide = clientSide;
  }

  /** @return how long to wait before trying again */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** @return {@code true} when the client's own limiter refused the call and nothing was sent */
  public boolean isClientSide() {
    return clientSide;
  }
}
