package io.simbridge.core.internal.http;

import io.simbridge.core.config.CallLimitMode;
import io.simbridge.core.config.CallLimitStore;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.error.TransportException;
import io.simbridge.core.time.Sleeper;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account-wide half of a call-limit turn, taken from a {@link CallLimitStore} once the
 * {@link CallLimiter} has given the caller this process's turn: the local fair lock keeps the
 * arrival order among this process's threads, the store the interval among processes.
 */
final class SharedTurns {
  private static final Logger LOG = LoggerFactory.getLogger(SharedTurns.class);

  private final CallLimitStore store;
  private final String account;
  private final Sleeper sleeper;
  private final CallLimitMode mode;
  private final Duration lease;

  /**
   * @param store   the shared store
   * @param account the account's fingerprint
   * @param sleeper how to wait
   * @param mode    wait or fail fast
   * @param lease   how long a turn of a process that died stays taken: one whole attempt
   */
  SharedTurns(
      CallLimitStore store, String account, Sleeper sleeper, CallLimitMode mode, Duration lease) {
    this.store = store;
    this.account = account;
    this.sleeper = sleeper;
    this.mode = mode;
    this.lease = lease;
  }

  /**
   * Waits for the account-wide turn while holding the local one.
   *
   * @param group    the operation group
   * @param interval the minimum interval
   * @param details  names the call in errors
   * @param local    the local turn, closed after the shared one
   * @param abandon  gives the local turn back without recording a call, when none is made
   * @return a permit releasing both turns
   */
  CallLimiter.Permit take(
      String group,
      Duration interval,
      ErrorDetails details,
      CallLimiter.Permit local,
      Runnable abandon) {
    String lane = account + "/" + group;
    String holder = UUID.randomUUID().toString();
    try {
      for (Duration wait = store.tryAcquire(lane, holder, interval, lease);
          !wait.isZero();
          wait = store.tryAcquire(lane, holder, interval, lease)) {
        if (mode == CallLimitMode.FAIL_FAST) {
          throw new RateLimitedException(details, wait, true, null);
        }
        sleeper.sleep(wait);
      }
    } catch (InterruptedException e) {
      abandon.run();
      Thread.currentThread().interrupt();
      throw new TransportException(details, false, e);
    } catch (RateLimitedException e) {
      abandon.run();
      throw e;
    } catch (RuntimeException e) {
      // The store is unreachable: nothing was sent, and nothing may be until it answers again.
      abandon.run();
      throw new TransportException(details, false, e);
    }
    return () -> {
      try {
        store.release(lane, holder);
      } catch (RuntimeException e) {
        // The call is over and its outcome stands; the turn ends with its lease instead.
        LOG.warn(
            "[{}] could not record the end of a call in the shared call-limit store ({}); the others wait"
                + " for the lease of {} to end",
            details.operation(),
            e.getClass().getSimpleName(),
            lease);
      } finally {
        local.close();
      }
    };
  }
}
