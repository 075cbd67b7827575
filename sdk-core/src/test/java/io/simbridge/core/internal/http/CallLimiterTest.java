package io.simbridge.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.config.CallLimitMode;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

// A permit held by try-with-resources is the point of these tests, though the block never reads it.
@SuppressWarnings("try")
class CallLimiterTest {
  private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);
  private static final ErrorDetails DETAILS = ErrorDetails.of("test", "simStatus");
  private static final CallLimiter.Observer UNOBSERVED = (details, wait, interval) -> {};

  private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));

  @Test
  void aSecondCallOneSecondAfterTheFirstWaitsTheRemainingFourSeconds() {
    CallLimiter limiter = new CallLimiter(clock, clock, CallLimitMode.WAIT);
    limiter.acquire("simStatus", FIVE_SECONDS, DETAILS, UNOBSERVED).close();
    clock.advance(Duration.ofSeconds(1));

    try (CallLimiter.Permit permit =
        limiter.acquire("simStatus", FIVE_SECONDS, DETAILS, UNOBSERVED)) {
      assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(4));
      assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:05Z"));
    }
  }

  @Test
  void theIntervalCountsFromTheCompletionOfThePreviousCall() {
    CallLimiter limiter = new CallLimiter(clock, clock, CallLimitMode.WAIT);
    try (CallLimiter.Permit permit = limiter.acquire("op", FIVE_SECONDS, DETAILS, UNOBSERVED)) {
      clock.advance(Duration.ofSeconds(2)); // the call itself takes 2 s
    }

    limiter.acquire("op", FIVE_SECONDS, DETAILS, UNOBSERVED).close();

    assertThat(clock.sleeps()).containsExactly(FIVE_SECONDS);
  }

  @Test
  void lanesAreIndependent() {
    CallLimiter limiter = new CallLimiter(clock, clock, CallLimitMode.WAIT);
    limiter.acquire("simStatus", FIVE_SECONDS, DETAILS, UNOBSERVED).close();

    limiter.acquire("credit", FIVE_SECONDS, DETAILS, UNOBSERVED).close();
    limiter.acquire("unlimited", Duration.ZERO, DETAILS, UNOBSERVED).close();

    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void failFastReportsTheWaitInsteadOfWaiting() {
    CallLimiter limiter = new CallLimiter(clock, clock, CallLimitMode.FAIL_FAST);
    limiter.acquire("simStatus", FIVE_SECONDS, DETAILS, UNOBSERVED).close();
    clock.advance(Duration.ofSeconds(1));

    assertThatThrownBy(() -> limiter.acquire("simStatus", FIVE_SECONDS, DETAILS, UNOBSERVED))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.isClientSide()).isTrue();
              assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(4));
              assertThat(e.provider()).isEqualTo("test");
            });
    assertThat(clock.sleeps()).isEmpty();

    clock.advance(Duration.ofSeconds(4));
    limiter.acquire("simStatus", FIVE_SECONDS, DETAILS, UNOBSERVED).close();
  }

  /**
   * Fairness, deterministically: while one call holds the lane, 15 threads join the queue one at
   * a time; they must then be served exactly in the order they arrived, and the first of them,
   * asking again at once, must queue behind all the others.
   */
  @Test
  void waitingThreadsAreServedInArrivalOrder() throws Exception {
    Duration interval = Duration.ofSeconds(1);
    CallLimiter limiter = new CallLimiter(clock, clock, CallLimitMode.WAIT);
    List<Integer> order = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(15);
    try {
      CallLimiter.Permit first = limiter.acquire("lane", interval, DETAILS, UNOBSERVED);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 1; t <= 15; t++) {
        int id = t;
        done.add(
            pool.submit(
                () -> {
                  for (int call = 0; call < (id == 1 ? 2 : 1); call++) {
                    try (CallLimiter.Permit permit =
                        limiter.acquire("lane", interval, DETAILS, UNOBSERVED)) {
                      order.add(id);
                    }
                  }
                  return null;
                }));
        awaitWaiting(limiter, t);
      }
      first.close();
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    List<Integer> expected = new ArrayList<>();
    for (int t = 1; t <= 15; t++) {
      expected.add(t);
    }
    expected.add(1);
    assertThat(order).isEqualTo(expected);
    assertThat(clock.sleeps()).hasSize(16).allSatisfy(w -> assertThat(w).isEqualTo(interval));
  }

  private static void awaitWaiting(CallLimiter limiter, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (limiter.waiting("lane") < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "only " + limiter.waiting("lane") + " of " + count + " threads queued");
      }
      Thread.onSpinWait();
    }
  }

  /**
   * 16 threads, 8 calls each, on one lane: every call is made, one at a time, each a full
   * interval after the previous one completed, and every thread gets all its calls through.
   */
  @Test
  void sixteenThreadsShareOneLaneWithoutLosingOrOverlappingCalls() throws Exception {
    int threads = 16;
    int callsEach = 8;
    Duration interval = Duration.ofSeconds(1);
    CallLimiter limiter = new CallLimiter(clock, clock, CallLimitMode.WAIT);
    Map<Integer, Integer> perThread = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.atomic.AtomicInteger inside =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger maxInside =
        new java.util.concurrent.atomic.AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int id = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < callsEach; i++) {
                    try (CallLimiter.Permit permit =
                        limiter.acquire("lane", interval, DETAILS, UNOBSERVED)) {
                      maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                      perThread.merge(id, 1, Integer::sum);
                      inside.decrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(perThread)
        .hasSize(threads)
        .allSatisfy((id, calls) -> assertThat(calls).isEqualTo(callsEach));
    assertThat(maxInside).hasValue(1);
    assertThat(clock.totalSlept()).isEqualTo(interval.multipliedBy((long) threads * callsEach - 1));
  }
}
