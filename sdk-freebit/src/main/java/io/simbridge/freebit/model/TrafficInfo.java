package io.simbridge.freebit.model;

import io.simbridge.core.internal.text.ToString;
import io.simbridge.core.model.DataVolume;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of PA05-01 MVNO traffic information ({@code getTrafficInfo}).
 *
 * <p>freebit counts traffic in KB; simbridge reads its KB as 1,024 bytes (the documentation
 * writes the binary "KB", not the decimal "kB"), so
 * {@code today().toWhole(DataUnit.KIBIBYTE)} gives back freebit's own number.
 *
 * @param account      the account the answer is about
 * @param today        traffic used today, zero when none
 * @param inRecentDays traffic used on each recent day, in the order freebit gives them (the
 *                     documentation does not date them, nor say which comes first); empty for a
 *                     share group, for which freebit sends none
 * @param blackList    the blacklist flag, empty when the answer carries none
 */
public record TrafficInfo(
    FreebitAccount account,
    DataVolume today,
    List<DataVolume> inRecentDays,
    Optional<BlackList> blackList) {

  /**
   * Validates and freezes the record.
   *
   * @param account the account the answer is about
   * @param today traffic used today, zero when none
   * @param inRecentDays traffic used on each recent day, in the order freebit gives them (the
   *     documentation does not date them, nor say which comes first); empty for a share group, for
   *     which freebit sends none
   * @param blackList the blacklist flag, empty when the answer carries none
   */
  public TrafficInfo {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(today, "today");
    inRecentDays = List.copyOf(inRecentDays);
    Objects.requireNonNull(blackList, "blackList");
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
