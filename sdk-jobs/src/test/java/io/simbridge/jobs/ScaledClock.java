package io.simbridge.jobs;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Real time running {@code factor} times faster, for an emulator whose documented 5 s call limit
 * must pass in a fraction of that: the clients then space their calls by 5 s / factor of real
 * time, and the emulator still checks the documented limit, by arrival, on its own clock.
 */
final class ScaledClock extends Clock {
  private final double factor;
  private final Instant start = Instant.now();
  private final long startNanos = System.nanoTime();

  ScaledClock(double factor) {
    this.factor = factor;
  }

  @Override
  public Instant instant() {
    return start.plusNanos((long) ((System.nanoTime() - startNanos) * factor));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
