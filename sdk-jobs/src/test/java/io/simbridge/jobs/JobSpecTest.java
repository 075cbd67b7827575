package io.simbridge.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.SimRef;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Input refused before anything is stored or sent, each error naming the field and what is allowed. */
class JobSpecTest {
  private static final SimRef SIM = SimRef.msisdn("882361000000000");

  @Test
  void aSimNamedTwiceIsRefusedSoThatNoWriteIsSentTwice() {
    assertThatThrownBy(
            () ->
                new JobSpec(
                    "job", List.of(SIM, SimRef.msisdn("882361000000000")), JobWrite.suspend()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("sims")
        .hasMessageContaining("twice");
  }

  @Test
  void aJobNeedsANameAndAtLeastOneSim() {
    assertThatThrownBy(() -> new JobSpec(" ", List.of(SIM), JobWrite.suspend()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Invalid name");
    assertThatThrownBy(() -> new JobSpec("a\nb", List.of(SIM), JobWrite.suspend()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("control character");
    assertThatThrownBy(() -> new JobSpec("job", List.of(), JobWrite.suspend()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least one SIM");
  }

  @Test
  void writeArgumentsAreCheckedWhenTheWriteIsBuilt() {
    assertThatThrownBy(() -> JobWrite.sendSms(" "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Invalid text: is blank");
    assertThatThrownBy(() -> JobWrite.rename(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Invalid name: is missing");
    assertThatThrownBy(() -> JobWrite.topUp(DataVolume.ZERO))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> JobWrite.of(WriteOperation.SET_EXPIRY, Map.of("date", "soon")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("arguments");
  }

  @Test
  void theBuilderRefusesAShortLeaseAndABlankWorkerId() {
    assertThatThrownBy(() -> BulkJobs.builder().lease(Duration.ofMillis(10)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("1 second or more");
    assertThatThrownBy(() -> BulkJobs.builder().workerId(""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("workerId");
  }

  @Test
  void additiveWritesAreMarkedSoThatNothingResendsThem() {
    assertThat(WriteOperation.TOP_UP.effect()).isEqualTo(WriteOperation.Effect.ADDITIVE);
    assertThat(WriteOperation.SEND_SMS.effect()).isEqualTo(WriteOperation.Effect.ADDITIVE);
    assertThat(WriteOperation.SUSPEND.effect()).isEqualTo(WriteOperation.Effect.READABLE);
  }
}
