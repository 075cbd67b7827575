package io.simbridge.core.internal.http;

import io.simbridge.core.config.CallLimitMode;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.error.TransportException;
import io.simbridge.core.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Enforces a provider's documented minimum interval between two calls of one operation, per
 * client (so per credential): a call may start only {@code interval} after the previous call of
 * its lane <em>completed</em>. Counting from completion rather than from sending keeps the gap
 * the provider sees at least {@code interval} however long the previous call spent in transit.
 *
 * <p>Calls in one lane run one at a time. In {@link CallLimitMode#WAIT} mode, waiting threads
 * are served in arrival order (a fair lock); in {@link CallLimitMode#FAIL_FAST} mode a call that
 * would have to wait fails at once with the wait it would have needed.
 */
final class CallLimiter {
  /** Told when a call has to wait for its turn, before it waits. */
  interface Observer {
    /**
     * @param details  the call
     * @param wait     how long it will wait
     * @param interval the interval that imposes the wait
     */
    void waiting(ErrorDetails details, Duration wait, Duration interval);
  }

  /** Held while a limited call runs; closing it records the completion. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private static final Permit UNLIMITED = () -> {};

  private final Clock clock;
  private final Sleeper sleeper;
  private final CallLimitMode mode;
  private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();
  // Null when turns are kept in memory only (the default).
  private final SharedTurns shared;

  CallLimiter(Clock clock, Sleeper sleeper, CallLimitMode mode) {
    this(clock, sleeper, mode, null);
  }

  CallLimiter(Clock clock, Sleeper sleeper, CallLimitMode mode, SharedTurns shared) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.mode = mode;
    this.shared = shared;
  }

  Permit acquire(String lane, Duration interval, ErrorDetails details, Observer observer) {
    if (interval.isZero()) {
      return UNLIMITED;
    }
    Lane l = lanes.computeIfAbsent(lane, k -> new Lane());
    if (mode == CallLimitMode.FAIL_FAST) {
      if (!l.lock.tryLock()) {
        throw new RateLimitedException(details, interval, true, null);
      }
      Duration wait = l.waitFrom(clock.instant(), interval);
      if (!wait.isZero()) {
        l.lock.unlock();
        throw new RateLimitedException(details, wait, true, null);
      }
      return withShared(l, lane, interval, details);
    }
    try {
      l.lock.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(details, false, e);
    }
    try {
      Duration wait = l.waitFrom(clock.instant(), interval);
      if (!wait.isZero()) {
        observer.waiting(details, wait, interval);
      }
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      l.lock.unlock();
      Thread.currentThread().interrupt();
      throw new TransportException(details, false, e);
    } catch (RuntimeException e) {
      l.lock.unlock();
      throw e;
    }
    return withShared(l, lane, interval, details);
  }

  /** Adds the account-wide turn, when a shared store is configured, to the local one held. */
  private Permit withShared(Lane l, String lane, Duration interval, ErrorDetails details) {
    Permit local = l.permit(clock);
    return shared == null ? local : shared.take(lane, interval, details, local, l.lock::unlock);
  }

  /** @return how many threads wait for the lane's turn; for tests of its ordering */
  int waiting(String lane) {
    Lane l = lanes.get(lane);
    return l == null ? 0 : l.lock.getQueueLength();
  }

  private static final class Lane {
    final ReentrantLock lock = new ReentrantLock(true);
    // Written and read only while holding the lock.
    Instant lastCompletion;

    Duration waitFrom(Instant now, Duration interval) {
      if (lastCompletion == null) {
        return Duration.ZERO;
      }
      Duration wait = Duration.between(now, lastCompletion.plus(interval));
      return wait.isNegative() ? Duration.ZERO : wait;
    }

    Permit permit(Clock clock) {
      return () -> {
        lastCompletion = clock.instant();
        lock.unlock();
      };
    }
  }
}
