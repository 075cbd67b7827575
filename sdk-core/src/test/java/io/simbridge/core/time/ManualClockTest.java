package io.simbridge.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ManualClockTest {
  @Test
  void sleepingMovesTheClockAndIsRecorded() {
    ManualClock clock = new ManualClock(Instant.EPOCH);

    clock.sleep(Duration.ofSeconds(4));
    clock.sleep(Duration.ZERO);
    clock.advance(Duration.ofSeconds(1));

    assertThat(clock.instant()).isEqualTo(Instant.EPOCH.plusSeconds(5));
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(4));
    assertThat(clock.withZone(ZoneId.of("Europe/Rome")).instant()).isEqualTo(clock.instant());
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
