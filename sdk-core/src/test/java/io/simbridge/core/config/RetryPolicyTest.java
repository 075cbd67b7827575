package io.simbridge.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.http.TransportOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void backoffDoublesUpToItsCapWithFullJitter() {
    RetryPolicy top = RetryPolicy.defaults().withJitter(() -> 1.0);
    assertThat(top.backoff(1)).isEqualTo(Duration.ofMillis(250));
    assertThat(top.backoff(2)).isEqualTo(Duration.ofMillis(500));
    assertThat(top.backoff(5)).isEqualTo(Duration.ofSeconds(4));
    assertThat(top.backoff(6)).isEqualTo(Duration.ofSeconds(5));
    assertThat(top.backoff(60)).isEqualTo(Duration.ofSeconds(5));

    assertThat(RetryPolicy.defaults().withJitter(() -> 0.5).backoff(2))
        .isEqualTo(Duration.ofMillis(250));
    assertThat(RetryPolicy.defaults().withJitter(() -> 0.0).backoff(3)).isEqualTo(Duration.ZERO);
  }

  @Test
  void settingsAreValidated() {
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThatThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Invalid maxAttempts: 0; allowed: 1 to 20");
    assertThatThrownBy(() -> TransportOptions.builder().connectTimeout(Duration.ZERO))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void secretsNeverPrint() {
    Secret s = Secret.of("hunter22");

    assertThat(s).hasToString("***");
    assertThat(s.reveal()).isEqualTo("hunter22");
    assertThat(s).isEqualTo(Secret.of("hunter22")).isNotEqualTo(Secret.of("hunter23"));
  }
}
