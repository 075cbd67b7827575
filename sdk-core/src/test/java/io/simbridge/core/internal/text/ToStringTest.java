package io.simbridge.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.model.DailyUsage;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Money;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimState;
import io.simbridge.core.model.SimStatus;
import io.simbridge.core.model.SimSummary;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Issue 21, "Output people read": values plain, absent fields left out, long lists counted. */
class ToStringTest {

  /** A record with one component of each kind the helper treats apart. */
  public record Sample(
      String text,
      Optional<String> present,
      Optional<String> empty,
      OptionalLong count,
      OptionalLong noCount,
      OptionalInt small,
      OptionalDouble ratio,
      List<Integer> few,
      List<Integer> many,
      Money price,
      DataVolume volume,
      String missing) {}

  private static Sample sample(String text) {
    return new Sample(
        text,
        Optional.of("sim-00001"),
        Optional.empty(),
        OptionalLong.of(7),
        OptionalLong.empty(),
        OptionalInt.empty(),
        OptionalDouble.of(0.5),
        List.of(1, 2, 3),
        List.of(1, 2, 3, 4),
        Money.of("1.50", "EUR"),
        DataVolume.ofBytes(1024),
        null);
  }

  @Test
  void presentValuesPrintPlainlyAbsentOnesNotAtAllLongListsAsACount() {
    assertThat(ToString.of(sample("a")))
        .isEqualTo(
            "Sample[text=a, present=sim-00001, count=7, ratio=0.5, few=[1, 2, 3], many=4 items, price=1.50 EUR,"
                + " volume=1024 B]");
  }

  @Test
  void aValueCannotForgeALogLine() {
    assertThat(ToString.of(sample("x\n2026-12-01 INFO forged")))
        .startsWith("Sample[text=x\\n2026-12-01 INFO forged,")
        .doesNotContain("\n");
  }

  @Test
  void aRecordWithNothingPresentPrintsItsNameOnly() {
    record Nothing(Optional<String> a, OptionalLong b) {}

    assertThat(ToString.of(new Nothing(Optional.empty(), OptionalLong.empty())))
        .isEqualTo("Nothing[]");
  }

  @Test
  void coreModelsPrintThroughIt() {
    SimSummary summary =
        new SimSummary(
            SimRef.msisdn("882360000000001"),
            SimStatus.of(SimState.ACTIVE, "active"),
            Optional.of("sim-00001"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(DataVolume.ofBytes(2048)));
    assertThat(summary)
        .hasToString(
            "SimSummary[sim=SimRef[msisdn=882360000000001],"
                + " status=SimStatus[state=ACTIVE, rawState=active], name=sim-00001, remaining=2048 B]");

    DailyUsage daily =
        new DailyUsage(
            DataVolume.ZERO,
            List.of(
                DataVolume.ZERO,
                DataVolume.ZERO,
                DataVolume.ZERO,
                DataVolume.ZERO,
                DataVolume.ZERO),
            Optional.of(false),
            Optional.empty());
    assertThat(daily).hasToString("DailyUsage[today=0 B, recentDays=5 items, blacklisted=false]");
  }
}
