package io.simbridge.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.TransportException;
import io.simbridge.core.time.ManualClock;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 section 4, token fetch: against a stalled token endpoint, waiters share the fetch in
 * flight (its token or its failure), stay interruptible and never wait past their own budget.
 */
class TokenSingleFlightTest {
  private static final ErrorDetails DETAILS = ErrorDetails.of("test", "token");
  private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final AtomicInteger fetches = new AtomicInteger();
  private final CountDownLatch inFetch = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void tearDown() {
    release.countDown();
    pool.shutdownNow();
  }

  /** A token endpoint that stalls until released, then fails as a timed-out fetch would. */
  private TokenCache stalledThenFailing(Duration waitLimit) {
    return new TokenCache(
        () -> {
          fetches.incrementAndGet();
          inFetch.countDown();
          try {
            release.await(20, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          throw new TransportException(DETAILS, true, new SocketTimeoutException("timeout"));
        },
        HttpExecutor.create(
            "test", TransportOptions.builder().clock(clock).build(), Redactor.of(false)),
        waitLimit,
        DETAILS);
  }

  @Test
  void sixCallersShareOneFailedFetchInsteadOfFetchingInTurn() throws Exception {
    TokenCache cache = stalledThenFailing(Duration.ofSeconds(20));
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    List<Thread> callers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Thread caller =
          new Thread(
              () -> {
                try {
                  cache.current();
                } catch (RuntimeException e) {
                  failures.add(e);
                }
              });
      callers.add(caller);
      caller.start();
      if (i == 0) {
        assertThat(inFetch.await(10, TimeUnit.SECONDS)).isTrue();
      }
    }
    // Every caller is parked: the first in the stalled fetch, the others waiting for it.
    for (Thread caller : callers) {
      while (caller.getState() != Thread.State.TIMED_WAITING) {
        Thread.onSpinWait();
      }
    }

    release.countDown();
    for (Thread caller : callers) {
      caller.join(10_000);
    }

    assertThat(failures)
        .hasSize(6)
        .allSatisfy(
            e ->
                assertThat(e)
                    .isInstanceOf(TransportException.class)
                    .hasRootCauseInstanceOf(SocketTimeoutException.class));
    assertThat(fetches.get()).isEqualTo(1);
  }

  @Test
  void aWaiterIsInterruptibleAndKeepsItsInterruptFlag() throws Exception {
    TokenCache cache = stalledThenFailing(Duration.ofSeconds(20));
    pool.execute(cache::current);
    assertThat(inFetch.await(10, TimeUnit.SECONDS)).isTrue();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    Thread waiter =
        new Thread(
            () -> {
              try {
                cache.current();
              } catch (RuntimeException e) {
                thrown.set(e);
              }
              flag.set(Thread.currentThread().isInterrupted());
            });
    waiter.start();
    while (waiter.getState() != Thread.State.TIMED_WAITING) {
      Thread.onSpinWait();
    }

    waiter.interrupt();
    waiter.join(10_000);

    assertThat(thrown.get())
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.mayHaveReachedProvider()).isFalse());
    assertThat(flag.get()).isTrue();
    assertThat(fetches.get()).isEqualTo(1);
  }

  @Test
  void aWaiterGivesUpAfterItsOwnBudget() throws Exception {
    TokenCache cache = stalledThenFailing(Duration.ofMillis(300));
    pool.execute(cache::current);
    assertThat(inFetch.await(10, TimeUnit.SECONDS)).isTrue();
    long start = System.nanoTime();

    assertThatThrownBy(cache::current)
        .isInstanceOf(TransportException.class)
        .hasMessageContaining(
            "waited 300 ms (the call timeout) for a credential another call is fetching");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(fetches.get()).isEqualTo(1);
  }
}
