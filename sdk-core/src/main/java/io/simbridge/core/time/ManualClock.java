package io.simbridge.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told to, and a {@link Sleeper} that, instead of waiting, moves
 * that clock forward by the time asked. Give the same instance to a client as both its clock
 * and its sleeper to test retries and call limits without waiting:
 *
 * <pre>{@code
 * ManualClock time = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
 * ThingsMobileClient client = ThingsMobileClient.builder()...clock(time).sleeper(time).build();
 * client.simStatus(sim);
 * time.advance(Duration.ofSeconds(1));
 * client.simStatus(sim);              // its turn comes 5 s after the first call
 * assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(4));
 * }</pre>
 *
 * <p>Thread-safe. Meant for tests.
 */
public final class ManualClock extends Clock implements Sleeper {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;
  private final List<Duration> sleeps;

  /**
   * @param start the clock's first reading
   */
  public ManualClock(Instant start) {
    this(
        new AtomicReference<>(Objects.requireNonNull(start, "start")),
        ZoneOffset.UTC,
        new CopyOnWriteArrayList<>());
  }

  private ManualClock(AtomicReference<Instant> now, ZoneId zone, List<Duration> sleeps) {
    this.now = now;
    this.zone = zone;
    this.sleeps = sleeps;
  }

  /**
   * Moves the clock forward.
   *
   * @param duration how far, not negative
   */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("cannot move a clock backwards: " + duration);
    }
    now.updateAndGet(t -> t.plus(duration));
  }

  /** Moves the clock forward by the time asked and records it, without waiting. */
  @Override
  public void sleep(Duration duration) {
    if (!duration.isNegative() && !duration.isZero()) {
      sleeps.add(duration);
      advance(duration);
    }
  }

  /** @return every positive sleep asked of this clock so far, in order */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** @return the sum of every sleep asked so far */
  public Duration totalSlept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** Returns a view of this clock in another zone, sharing its time and its record of sleeps. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new ManualClock(now, zone, sleeps);
  }

  @Override
  public String toString() {
    return "ManualClock[" + now.get() + "]";
  }
}
