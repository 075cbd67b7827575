package io.simbridge.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TokenCacheTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final AtomicInteger fetches = new AtomicInteger();
  private static final ErrorDetails DETAILS = ErrorDetails.of("test", "token");
  private final Redactor redactor = Redactor.of(false);

  private TokenCache cache(Duration lifetime) {
    return new TokenCache(
        () ->
            new TokenCache.Token(
                "token-" + fetches.incrementAndGet(), Optional.ofNullable(lifetime)),
        HttpExecutor.create("test", TransportOptions.builder().clock(clock).build(), redactor),
        Duration.ofSeconds(10),
        DETAILS);
  }

  @Test
  void aTokenIsKeptUntilShortlyBeforeItExpires() {
    TokenCache cache = cache(Duration.ofHours(1));
    assertThat(cache.current()).isEqualTo("token-1");

    clock.advance(Duration.ofMinutes(58)); // renewal is due 60 s before expiry, at 59:00
    assertThat(cache.current()).isEqualTo("token-1");

    clock.advance(Duration.ofMinutes(1));
    assertThat(cache.current()).isEqualTo("token-2");
  }

  @Test
  void aShortLivedTokenIsRenewedATenthOfItsLifetimeEarly() {
    TokenCache cache = cache(Duration.ofSeconds(100));
    cache.current();

    clock.advance(Duration.ofSeconds(89));
    assertThat(cache.current()).isEqualTo("token-1");
    clock.advance(Duration.ofSeconds(1));
    assertThat(cache.current()).isEqualTo("token-2");
  }

  @Test
  void aTokenWithoutLifetimeIsKeptUntilRejected() {
    TokenCache cache = cache(null);
    cache.current();
    clock.advance(Duration.ofDays(30));
    assertThat(cache.current()).isEqualTo("token-1");

    assertThat(cache.invalidate("token-1")).isTrue();
    assertThat(cache.current()).isEqualTo("token-2");
  }

  @Test
  void invalidatingAnAlreadyReplacedTokenKeepsTheNewOne() {
    TokenCache cache = cache(null);
    cache.current();
    cache.invalidate("token-1");
    cache.current();

    cache.invalidate("token-1"); // a slow thread reports the old rejection

    assertThat(cache.current()).isEqualTo("token-2");
    assertThat(fetches).hasValue(2);
  }

  @Test
  void anAbsurdLifetimeCountsAsADayInsteadOfOverflowing() {
    TokenCache cache = cache(Duration.ofSeconds(Long.MAX_VALUE));
    assertThat(cache.current()).isEqualTo("token-1");

    clock.advance(Duration.ofHours(23));
    assertThat(cache.current()).isEqualTo("token-1");
    clock.advance(Duration.ofHours(1));
    assertThat(cache.current()).isEqualTo("token-2");
  }

  @Test
  void tokensAreRedactedOnceFetched() {
    cache(null).current();

    assertThat(redactor.redact("Bearer token-1")).isEqualTo("Bearer ***");
  }

  @Test
  void thirtyTwoThreadsNeedingATokenAtOnceCauseOneFetch() throws Exception {
    CountDownLatch inFetch = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    TokenCache cache =
        new TokenCache(
            () -> {
              fetches.incrementAndGet();
              inFetch.countDown();
              try {
                release.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return new TokenCache.Token("shared", Optional.of(Duration.ofHours(1)));
            },
            HttpExecutor.create("test", TransportOptions.builder().clock(clock).build(), redactor),
            Duration.ofSeconds(10),
            DETAILS);
    ExecutorService pool = Executors.newFixedThreadPool(32);
    Set<String> seen = ConcurrentHashMap.newKeySet();
    try {
      List<Future<?>> all = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        all.add(pool.submit(() -> seen.add(cache.current())));
      }
      inFetch.await(10, TimeUnit.SECONDS);
      release.countDown();
      for (Future<?> f : all) {
        f.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(fetches).hasValue(1);
    assertThat(seen).containsExactly("shared");
  }
}
