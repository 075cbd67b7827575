package io.simbridge.core.config;

import io.simbridge.core.error.InvalidInputException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How calls are retried: exponential backoff with full jitter, bounded by a number of attempts
 * and by a total time.
 *
 * <p>Only calls that are safe to repeat (reads) are retried, on connection failures, timeouts,
 * server errors (5xx) and rate-limit answers; a rate-limit answer waits at least the time the
 * provider asks. A write is retried only when its connection was never established, so it
 * cannot have reached the provider.
 *
 * <p>The wait before retry {@code n} (from 1) is a random time between zero and
 * {@code min(maxBackoff, initialBackoff * 2^(n-1))}.
 *
 * @param maxAttempts    attempts in all, the first included; 1 disables retries
 * @param initialBackoff the cap of the first wait
 * @param maxBackoff     the cap of any wait
 * @param maxElapsed     the longest time from the first attempt after which no retry starts
 * @param jitter         random numbers in {@code [0, 1)} that pick each wait
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxElapsed,
    DoubleSupplier jitter) {

  private static final RetryPolicy DEFAULT =
      new RetryPolicy(
          3,
          Duration.ofMillis(250),
          Duration.ofSeconds(5),
          Duration.ofSeconds(30),
          () -> ThreadLocalRandom.current().nextDouble());

  /**
   * Validates the record.
   *
   * @param maxAttempts    attempts in all, the first included; 1 disables retries
   * @param initialBackoff the cap of the first wait
   * @param maxBackoff     the cap of any wait
   * @param maxElapsed     the longest time from the first attempt after which no retry starts
   * @param jitter         random numbers in {@code [0, 1)} that pick each wait
   */
  public RetryPolicy {
    if (maxAttempts < 1 || maxAttempts > 20) {
      throw new InvalidInputException("maxAttempts", String.valueOf(maxAttempts), "1 to 20");
    }
    requirePositive("initialBackoff", initialBackoff);
    requirePositive("maxBackoff", maxBackoff);
    requirePositive("maxElapsed", maxElapsed);
    Objects.requireNonNull(jitter, "jitter");
  }

  private static void requirePositive(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new InvalidInputException(name, d.toString(), "a positive duration");
    }
  }

  /**
   * @return 3 attempts, waits capped at 250 ms, 500 ms... up to 5 s, no retry starting after 30 s
   */
  public static RetryPolicy defaults() {
    return DEFAULT;
  }

  /** @return a policy that never retries */
  public static RetryPolicy none() {
    return DEFAULT.withMaxAttempts(1);
  }

  /**
   * @param attempts attempts in all, 1 to 20
   * @return a copy with that many attempts
   */
  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, initialBackoff, maxBackoff, maxElapsed, jitter);
  }

  /**
   * @param initial the cap of the first wait
   * @param max     the cap of any wait
   * @return a copy with those backoff caps
   */
  public RetryPolicy withBackoff(Duration initial, Duration max) {
    return new RetryPolicy(maxAttempts, initial, max, maxElapsed, jitter);
  }

  /**
   * @param elapsed the longest time after the first attempt at which a retry may start
   * @return a copy with that budget
   */
  public RetryPolicy withMaxElapsed(Duration elapsed) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, elapsed, jitter);
  }

  /**
   * @param source numbers in {@code [0, 1)}; a constant makes waits predictable in tests
   * @return a copy with that jitter source
   */
  public RetryPolicy withJitter(DoubleSupplier source) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxElapsed, source);
  }

  /**
   * @param retry the retry number, from 1
   * @return the wait before that retry
   */
  public Duration backoff(int retry) {
    long cap = initialBackoff.toNanos();
    for (int i = 1; i < retry && cap < maxBackoff.toNanos(); i++) {
      cap *= 2;
    }
    cap = Math.min(cap, maxBackoff.toNanos());
    double r = Math.min(Math.max(jitter.getAsDouble(), 0.0), 1.0);
    return Duration.ofNanos((long) (cap * r));
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", maxElapsed="
        + maxElapsed
        + "]";
  }
}
