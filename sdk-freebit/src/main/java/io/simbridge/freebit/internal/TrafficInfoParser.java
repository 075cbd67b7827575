package io.simbridge.freebit.internal;

import io.simbridge.core.internal.parse.Fields;
import io.simbridge.core.internal.parse.MalformedFieldException;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.freebit.model.BlackList;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.freebit.model.TrafficInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a successful getTrafficInfo answer into a {@link TrafficInfo}. */
final class TrafficInfoParser {

  /**
   * What freebit's "KB" is: 1,024 bytes. The documentation writes the unit with an upper-case
   * K, "KB", the binary (JEDEC) notation; the decimal kilobyte of 1,000 bytes is written "kB" in
   * SI. freebit states no conversion factor, so this is the one place to change should freebit
   * confirm the decimal reading.
   */
  static final DataUnit FREEBIT_KB = DataUnit.KIBIBYTE;

  private TrafficInfoParser() {}

  /**
   * @param requested the account that was asked for
   * @param answer    the successful answer
   * @return the traffic information
   * @throws MalformedFieldException if a value is missing or unreadable, or the answer is about
   *     another account
   */
  static TrafficInfo parse(FreebitAccount requested, Answers.TrafficInfo answer) {
    Fields.text(answer.account()).ifPresent(echoed -> {
      // Usage of another SIM reported as this one's would be worse than no answer.
      if (!echoed.equals(requested.value())) {
        throw new MalformedFieldException("account", "names '" + echoed + "', not the account asked for ('"
            + requested.value() + "')");
      }
    });
    Answers.Traffic traffic = Fields.require("traffic", answer.traffic());
    DataVolume today = kilobytes("traffic.today", Fields.requireText("traffic.today", traffic.today()));
    return new TrafficInfo(requested, today, recentDays(traffic.inRecentDays()),
        Fields.text(traffic.blackList()).map(BlackList::new));
  }

  /**
   * Reads {@code inRecentDays}: KB values separated by commas, in freebit's order; empty (as for
   * share groups) or absent means none. An empty entry between commas is refused rather than
   * dropped, which would shift every later day.
   */
  private static List<DataVolume> recentDays(String raw) {
    Optional<String> text = Fields.text(raw);
    if (text.isEmpty()) {
      return List.of();
    }
    String[] parts = text.get().split(",", -1);
    List<DataVolume> days = new ArrayList<>(parts.length);
    for (int i = 0; i < parts.length; i++) {
      String field = "traffic.inRecentDays[" + i + "]";
      days.add(kilobytes(field, Fields.requireText(field, parts[i])));
    }
    return days;
  }

  private static DataVolume kilobytes(String field, String value) {
    // An amount too large for a long in bytes fails in DataVolume.of, reported as malformed.
    return DataVolume.of(Fields.requireNonNegativeLong(field, value), FREEBIT_KB);
  }
}
