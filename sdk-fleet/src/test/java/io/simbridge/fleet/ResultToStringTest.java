package io.simbridge.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.model.SimRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 21, "Output people read": results print plainly, absent parts not at all, many results as a count. */
class ResultToStringTest {

  private static final SimRef SIM = SimRef.msisdn("882360000000001");

  @Test
  void aSuccessPrintsItsValueAndNoError() {
    assertThat(SimResult.success(SIM, "thingsmobile", "active"))
        .hasToString(
            "SimResult[sim=SimRef[msisdn=882360000000001], provider=thingsmobile, value=active]");
  }

  @Test
  void aWriteNeverSentPrintsItsStatusAndError() {
    assertThat(WriteOutcome.notStarted(SIM, "thingsmobile"))
        .hasToString(
            "WriteOutcome[sim=SimRef[msisdn="
                + "882360000000001], provider=thingsmobile, status=NOT_STARTED, error=java.util.concurrent."
                + "CancellationException: not sent: the calling thread was interrupted before this write started]");
  }

  @Test
  void aLargeRunPrintsHowManyResults() {
    SimResult<String> one = SimResult.success(SIM, "thingsmobile", "active");
    assertThat(new FleetResult<>(List.of(one, one, one, one, one)))
        .hasToString("FleetResult[results=5 items, interrupted=false]");
    assertThat(new ProviderResult<>("m2miportal", Optional.of(3), Optional.empty()))
        .hasToString("ProviderResult[provider=m2miportal, value=3]");
  }
}
