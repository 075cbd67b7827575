package io.simbridge.core.observe;

import java.time.Duration;
import java.util.Objects;

/**
 * An attempt waits for the provider's documented call limit before it is sent.
 *
 * @param call     the call
 * @param attempt  the attempt that waits
 * @param duration how long it waits
 * @param interval the minimum interval between two calls of the operation that imposes the wait
 */
public record CallLimitWait(CallInfo call, int attempt, Duration duration, Duration interval) {

  /**
   * Validates the record.
   *
   * @param call     the call
   * @param attempt  the attempt that waits
   * @param duration how long it waits
   * @param interval the minimum interval between two calls of the operation that imposes the wait
   */
  public CallLimitWait {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(interval, "interval");
  }
}
