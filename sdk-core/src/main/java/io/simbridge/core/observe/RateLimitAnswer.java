package io.simbridge.core.observe;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The provider answered an attempt with its rate-limit error. The client's own call limiter,
 * which refuses a call in fail-fast mode, does not raise this event.
 *
 * @param call         the call
 * @param attempt      the attempt that was refused
 * @param httpStatus   the HTTP status of the answer
 * @param providerCode the provider's error code, if it sent one
 * @param retryAfter   the wait the provider asked for, or the one its documentation implies
 */
public record RateLimitAnswer(
    CallInfo call,
    int attempt,
    int httpStatus,
    Optional<String> providerCode,
    Duration retryAfter) {

  /**
   * Validates the record.
   *
   * @param call         the call
   * @param attempt      the attempt that was refused
   * @param httpStatus   the HTTP status of the answer
   * @param providerCode the provider's error code, if it sent one
   * @param retryAfter   the wait the provider asked for, or the one its documentation implies
   */
  public RateLimitAnswer {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(providerCode, "providerCode");
    Objects.requireNonNull(retryAfter, "retryAfter");
  }
}
