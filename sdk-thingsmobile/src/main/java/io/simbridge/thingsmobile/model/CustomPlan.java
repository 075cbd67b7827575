package io.simbridge.thingsmobile.model;

import io.simbridge.core.internal.text.ToString;
import io.simbridge.core.model.DataVolume;
import java.util.Objects;
import java.util.Optional;

/**
 * A custom plan as customPlanList lists it. The auto-recharge threshold and amount are in MB of
 * 1,048,576 bytes, and blank when auto-recharge is off.
 *
 * @param id                             {@code id}, what changeSimPlan and modifyCustomPlan take
 * @param name                           {@code name}
 * @param simAutorechargeEnabled         {@code simAutorechargeEnabled}
 * @param simAutorechargeCreditThreshold {@code simAutorechargeCreditThreshold}
 * @param simAutorechargeAmount          {@code simAutorechargeAmount}
 */
public record CustomPlan(
    String id,
    String name,
    boolean simAutorechargeEnabled,
    Optional<DataVolume> simAutorechargeCreditThreshold,
    Optional<DataVolume> simAutorechargeAmount) {

  /**
   * Validates the record.
   *
   * @param id                             {@code id}, what changeSimPlan and modifyCustomPlan take
   * @param name                           {@code name}
   * @param simAutorechargeEnabled         {@code simAutorechargeEnabled}
   * @param simAutorechargeCreditThreshold {@code simAutorechargeCreditThreshold}
   * @param simAutorechargeAmount          {@code simAutorechargeAmount}
   */
  public CustomPlan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(simAutorechargeCreditThreshold, "simAutorechargeCreditThreshold");
    Objects.requireNonNull(simAutorechargeAmount, "simAutorechargeAmount");
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
