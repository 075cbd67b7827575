package io.simbridge.core.time;

import java.time.Duration;

/**
 * Waits. simbridge waits only through a {@code Sleeper} (between retries, for a call limiter's
 * turn), so tests can replace real sleeping with {@link ManualClock}.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for the given time.
   *
   * @param duration how long to wait; zero or negative returns at once
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /** @return a sleeper that really sleeps ({@link Thread#sleep}) */
  static Sleeper system() {
    return duration -> {
      if (!duration.isNegative() && !duration.isZero()) {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    };
  }
}
