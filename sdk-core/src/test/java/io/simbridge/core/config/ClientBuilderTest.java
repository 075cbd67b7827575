package io.simbridge.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.ProviderOperation;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.http.OperationSpec;
import io.simbridge.core.internal.http.TransportOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {

  enum FakeOperation implements ProviderOperation {
    LOOK("fake", "look", false, Duration.ofSeconds(5)),
    POKE("fake", "poke", true, Duration.ZERO),
    ELSEWHERE("other", "look", false, Duration.ZERO);

    private final String provider;
    private final String wireName;
    private final boolean write;
    private final Duration interval;

    FakeOperation(String provider, String wireName, boolean write, Duration interval) {
      this.provider = provider;
      this.wireName = wireName;
      this.write = write;
      this.interval = interval;
    }

    @Override
    public String provider() {
      return provider;
    }

    @Override
    public String wireName() {
      return wireName;
    }

    @Override
    public boolean isWrite() {
      return write;
    }

    @Override
    public Duration documentedInterval() {
      return interval;
    }
  }

  static final class Builder extends ClientBuilder<Builder> {
    Builder() {
      super("fake");
    }

    TransportOptions options() {
      return TransportOptions.Bridge.of(this);
    }
  }

  @Test
  void aCallIntervalNamedByItsOperationOverridesTheDocumentedOne() {
    TransportOptions options =
        new Builder().callInterval(FakeOperation.LOOK, Duration.ofMillis(200)).options();

    assertThat(options.callInterval("look")).contains(Duration.ofMillis(200));
    assertThat(options.callInterval("poke")).isEmpty();
  }

  @Test
  void anOperationOfAnotherProviderIsRefusedWhenTheClientIsBuilt() {
    Builder builder = new Builder().callInterval(FakeOperation.ELSEWHERE, Duration.ZERO);

    assertThatThrownBy(builder::options)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("callInterval")
        .hasMessageContaining("other ELSEWHERE")
        .hasMessageContaining("an operation of fake");
  }

  @Test
  void aNegativeIntervalIsRefusedAtOnce() {
    assertThatThrownBy(() -> new Builder().callInterval(FakeOperation.LOOK, Duration.ofSeconds(-1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("zero or a positive duration");
  }

  @Test
  void theSpecOfAnOperationComesFromItsEnumConstant() {
    assertThat(OperationSpec.of(FakeOperation.LOOK))
        .isEqualTo(new OperationSpec("look", true, Duration.ofSeconds(5), "look", false));
    assertThat(OperationSpec.of(FakeOperation.POKE).safeToRepeat()).isFalse();
  }
}
