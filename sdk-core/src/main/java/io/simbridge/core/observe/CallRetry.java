package io.simbridge.core.observe;

import java.time.Duration;
import java.util.Objects;

/**
 * An attempt failed and the call is retried after a wait.
 *
 * @param call          the call
 * @param failedAttempt the attempt that failed; the next one is {@code failedAttempt + 1}
 * @param errorType     why it failed: the simple name of the {@code SimApiException} subtype,
 *                      such as {@code TransportException} or {@code RateLimitedException}
 * @param httpStatus    the HTTP status of the failed attempt's answer, 0 when none arrived
 * @param delay         how long the client waits before the next attempt
 */
public record CallRetry(
    CallInfo call, int failedAttempt, String errorType, int httpStatus, Duration delay) {

  /**
   * Validates the record.
   *
   * @param call          the call
   * @param failedAttempt the attempt that failed; the next one is {@code failedAttempt + 1}
   * @param errorType     why it failed: the simple name of the {@code SimApiException} subtype,
   *                      such as {@code TransportException} or {@code RateLimitedException}
   * @param httpStatus    the HTTP status of the failed attempt's answer, 0 when none arrived
   * @param delay         how long the client waits before the next attempt
   */
  public CallRetry {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(errorType, "errorType");
    Objects.requireNonNull(delay, "delay");
  }
}
