package io.simbridge.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.config.CallLimitMode;
import io.simbridge.core.config.CallLimitStore;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.error.TransportException;
import io.simbridge.core.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Call limits kept in a store shared by several processes (two limiters here, one per process,
 * over one store on one clock): the documented interval holds across them, counted from the
 * previous call's completion, and a store that fails never lets a call through.
 */
class SharedCallLimitsTest {
  private static final CallLimiter.Observer UNOBSERVED = (details, wait, interval) -> {};

  private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);
  private static final ErrorDetails DETAILS = ErrorDetails.of("test", "sendSms");

  private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final ClockStore store = new ClockStore(clock);

  private CallLimiter process(CallLimitMode mode, CallLimitStore shared) {
    return new CallLimiter(
        clock,
        clock,
        mode,
        new SharedTurns(shared, "account", clock, mode, Duration.ofSeconds(60)));
  }

  @Test
  @SuppressWarnings("try") // the permit is held for the block, which never reads it
  void aCallInAnotherProcessWaitsTheIntervalFromTheCompletionOfThePreviousOne() {
    CallLimiter a = process(CallLimitMode.WAIT, store);
    CallLimiter b = process(CallLimitMode.WAIT, store);
    try (CallLimiter.Permit permit = a.acquire("sendSms", FIVE_SECONDS, DETAILS, UNOBSERVED)) {
      clock.advance(Duration.ofSeconds(2)); // the call takes 2 s
    }
    clock.advance(Duration.ofSeconds(1));

    b.acquire("sendSms", FIVE_SECONDS, DETAILS, UNOBSERVED).close();

    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(4));
    assertThat(store.lastHolderLane).isEqualTo("account/sendSms");
  }

  @Test
  void failFastReportsTheSharedWaitAndFreesTheLocalTurn() {
    CallLimiter a = process(CallLimitMode.WAIT, store);
    CallLimiter b = process(CallLimitMode.FAIL_FAST, store);
    a.acquire("sendSms", FIVE_SECONDS, DETAILS, UNOBSERVED).close();

    assertThatThrownBy(() -> b.acquire("sendSms", FIVE_SECONDS, DETAILS, UNOBSERVED))
        .isInstanceOf(RateLimitedException.class)
        .satisfies(
            e -> assertThat(((RateLimitedException) e).retryAfter()).isEqualTo(FIVE_SECONDS));
    clock.advance(FIVE_SECONDS);
    b.acquire("sendSms", FIVE_SECONDS, DETAILS, UNOBSERVED).close();
  }

  @Test
  void aStoreThatFailsStopsTheCallBeforeSendingAndFreesTheLocalTurn() {
    CallLimitStore broken =
        new CallLimitStore() {
          @Override
          public Duration tryAcquire(
              String lane, String holder, Duration interval, Duration lease) {
            throw new IllegalStateException("database unreachable");
          }

          @Override
          public void release(String lane, String holder) {
            throw new IllegalStateException("database unreachable");
          }
        };
    CallLimiter limiter = process(CallLimitMode.WAIT, broken);

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> limiter.acquire("sendSms", FIVE_SECONDS, DETAILS, UNOBSERVED))
          .isInstanceOf(TransportException.class)
          .satisfies(e -> assertThat(((TransportException) e).mayHaveReachedProvider()).isFalse());
    }
  }

  @Test
  void aCompletionTheStoreCannotRecordDoesNotFailTheCallThatCompleted() {
    CallLimitStore forgetful =
        new ClockStore(clock) {
          @Override
          public synchronized void release(String lane, String holder) {
            throw new IllegalStateException("database unreachable");
          }
        };
    CallLimiter limiter = process(CallLimitMode.WAIT, forgetful);

    limiter.acquire("sendSms", FIVE_SECONDS, DETAILS, UNOBSERVED).close();

    assertThat(limiter.waiting("sendSms")).isZero();
  }

  @Test
  void theAccountFingerprintNamesNoSecret() {
    String fingerprint =
        CallLimitStore.fingerprint("thingsmobile", "https://api.thingsmobile.com", "my-user");

    assertThat(fingerprint)
        .hasSize(64)
        .doesNotContain("my-user")
        .isNotEqualTo(
            CallLimitStore.fingerprint(
                "thingsmobile", "https://api.thingsmobile.com", "other-user"));
    assertThat(CallLimitStore.fingerprint("p", "ab", "c"))
        .isNotEqualTo(CallLimitStore.fingerprint("p", "a", "bc"));
  }

  /** What a database would keep, on the test's clock. */
  private static class ClockStore implements CallLimitStore {
    private final ManualClock clock;
    private final Map<String, Instant> lastCompletion = new HashMap<>();
    private final Map<String, String> holders = new HashMap<>();
    String lastHolderLane;

    ClockStore(ManualClock clock) {
      this.clock = clock;
    }

    @Override
    public synchronized Duration tryAcquire(
        String lane, String holder, Duration interval, Duration lease) {
      if (holders.containsKey(lane)) {
        return interval;
      }
      Instant last = lastCompletion.get(lane);
      Duration wait =
          last == null ? Duration.ZERO : Duration.between(clock.instant(), last.plus(interval));
      if (wait.isNegative() || wait.isZero()) {
        holders.put(lane, holder);
        lastHolderLane = lane;
        return Duration.ZERO;
      }
      return wait;
    }

    @Override
    public synchronized void release(String lane, String holder) {
      if (holder.equals(holders.get(lane))) {
        holders.remove(lane);
        lastCompletion.put(lane, clock.instant());
      }
    }
  }
}
