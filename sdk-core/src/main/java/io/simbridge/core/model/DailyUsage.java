package io.simbridge.core.model;

import io.simbridge.core.internal.text.ToString;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Data used today and on recent days, for a SIM or a shared group.
 *
 * @param today         data used today
 * @param recentDays    data used on each recent day, in the order the provider gives them (the
 *                      provider does not date them); empty when it reports none, as for freebit
 *                      share groups
 * @param blacklisted   whether the provider lists the SIM as a heavy user subject to
 *                      restrictions (freebit {@code blackList}); empty when unknown
 * @param rawBlacklist  the provider's raw blacklist value, such as {@code 10}
 */
public record DailyUsage(
    DataVolume today,
    List<DataVolume> recentDays,
    Optional<Boolean> blacklisted,
    Optional<String> rawBlacklist) {

  /**
   * Validates and freezes the record.
   *
   * @param today         data used today
   * @param recentDays    data used on each recent day, in the order the provider gives them (the
   *                      provider does not date them); empty when it reports none, as for freebit
   *                      share groups
   * @param blacklisted   whether the provider lists the SIM as a heavy user subject to
   *                      restrictions (freebit {@code blackList}); empty when unknown
   * @param rawBlacklist  the provider's raw blacklist value, such as {@code 10}
   */
  public DailyUsage {
    Objects.requireNonNull(today, "today");
    recentDays = List.copyOf(recentDays);
    Objects.requireNonNull(blacklisted, "blacklisted");
    Objects.requireNonNull(rawBlacklist, "rawBlacklist");
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
