package io.simbridge.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.config.CallLimitStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared call-limit lanes on both databases: one holder at a time, the interval counted from
 * the previous completion on the database's clock, and a dead holder's turn freed by its lease.
 */
class JdbcCallLimitStoreTest {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @TempDir static Path dir;

  private static final java.util.concurrent.atomic.AtomicInteger FILES =
      new java.util.concurrent.atomic.AtomicInteger();

  static Stream<String> databases() {
    return Stream.of(
        "jdbc:sqlite:" + dir.resolve("limits-" + FILES.incrementAndGet() + ".db"),
        Postgres.newDatabase());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void oneHolderAtATimeAndTheIntervalCountsFromTheCompletion(String url) {
    try (JobStore store = JobStore.jdbc(url)) {
      CallLimitStore limits = store.callLimits();
      String lane = CallLimitStore.fingerprint("thingsmobile", "https://api", "user") + "/sendSms";

      assertThat(limits.tryAcquire(lane, "a", MINUTE, MINUTE)).isZero();
      assertThat(limits.tryAcquire(lane, "b", MINUTE, MINUTE))
          .as("held: at least one interval")
          .isEqualTo(MINUTE);
      limits.release(lane, "a");
      Duration wait = limits.tryAcquire(lane, "b", MINUTE, MINUTE);
      assertThat(wait)
          .isPositive()
          .isLessThanOrEqualTo(MINUTE)
          .isGreaterThan(MINUTE.minusSeconds(10));
      assertThat(limits.tryAcquire("another-lane", "c", MINUTE, MINUTE)).isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aHolderThatDiedFreesTheLaneOneIntervalAfterItsLeaseEnds(String url) {
    try (JobStore store = JobStore.jdbc(url)) {
      CallLimitStore limits = store.callLimits();
      // The holder's lease ended ten seconds ago; it never released its turn.
      assertThat(limits.tryAcquire("lane", "dead", MINUTE, Duration.ofSeconds(-10))).isZero();

      Duration wait = limits.tryAcquire("lane", "next", MINUTE, MINUTE);

      assertThat(wait)
          .isGreaterThan(Duration.ofSeconds(40))
          .isLessThanOrEqualTo(Duration.ofSeconds(50));
      assertThat(limits.tryAcquire("lane", "soon", Duration.ofMillis(1), MINUTE)).isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aReleaseByAHolderThatLostItsTurnChangesNothing(String url) {
    try (JobStore store = JobStore.jdbc(url)) {
      CallLimitStore limits = store.callLimits();
      assertThat(limits.tryAcquire("lane", "late", Duration.ofMillis(1), Duration.ofSeconds(-10)))
          .isZero();
      assertThat(limits.tryAcquire("lane", "now", Duration.ofMillis(1), MINUTE)).isZero();

      limits.release("lane", "late");

      assertThat(limits.tryAcquire("lane", "third", Duration.ofMillis(1), MINUTE))
          .as("still held by 'now'")
          .isEqualTo(Duration.ofMillis(1));
    }
  }
}
