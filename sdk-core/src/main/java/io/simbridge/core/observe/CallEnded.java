package io.simbridge.core.observe;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A call is over. Sent exactly once per call, whatever its outcome.
 *
 * @param call          the call
 * @param outcome       success, failure or ambiguous outcome
 * @param errorType     the simple name of the exception the call throws, such as
 *                      {@code NotFoundException}; empty on success
 * @param httpStatus    the HTTP status of the last answer, 0 when none arrived
 * @param providerCode  the provider's error code, if it sent one
 * @param attempts      how many attempts were made (0 when the call failed before its first)
 * @param duration      the time from the call's start to its end, waits and retries included,
 *                      as the client's clock measures it
 * @param bytesSent     the request body bytes sent over all attempts
 * @param bytesReceived the answer body bytes received over all attempts, -1 when unknown (an
 *                      answer streamed to the caller is read after the call ends)
 */
public record CallEnded(
    CallInfo call,
    CallOutcome outcome,
    Optional<String> errorType,
    int httpStatus,
    Optional<String> providerCode,
    int attempts,
    Duration duration,
    long bytesSent,
    long bytesReceived) {

  /**
   * Validates the record.
   *
   * @param call          the call
   * @param outcome       success, failure or ambiguous outcome
   * @param errorType     the simple name of the exception the call throws, such as
   *                      {@code NotFoundException}; empty on success
   * @param httpStatus    the HTTP status of the last answer, 0 when none arrived
   * @param providerCode  the provider's error code, if it sent one
   * @param attempts      how many attempts were made (0 when the call failed before its first)
   * @param duration      the time from the call's start to its end, waits and retries included,
   *                      as the client's clock measures it
   * @param bytesSent     the request body bytes sent over all attempts
   * @param bytesReceived the answer body bytes received over all attempts, -1 when unknown (an
   *                      answer streamed to the caller is read after the call ends)
   */
  public CallEnded {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(errorType, "errorType");
    Objects.requireNonNull(providerCode, "providerCode");
    Objects.requireNonNull(duration, "duration");
  }
}
