package io.simbridge.core.model;

import io.simbridge.core.internal.text.ToString;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One SIM in a list of SIMs.
 *
 * @param sim            its identifiers
 * @param status         its state
 * @param name           the name the user gave it
 * @param tag            the tag the user gave it
 * @param plan           its plan or tariff
 * @param activatedAt    when it was activated
 * @param expiresAt      when it expires
 * @param lastConnection when it last connected
 * @param remaining      data still available
 */
public record SimSummary(
    SimRef sim,
    SimStatus status,
    Optional<String> name,
    Optional<String> tag,
    Optional<String> plan,
    Optional<Instant> activatedAt,
    Optional<Instant> expiresAt,
    Optional<Instant> lastConnection,
    Optional<DataVolume> remaining) {

  /**
   * Validates the record.
   *
   * @param sim            its identifiers
   * @param status         its state
   * @param name           the name the user gave it
   * @param tag            the tag the user gave it
   * @param plan           its plan or tariff
   * @param activatedAt    when it was activated
   * @param expiresAt      when it expires
   * @param lastConnection when it last connected
   * @param remaining      data still available
   */
  public SimSummary {
    Objects.requireNonNull(sim, "sim");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(activatedAt, "activatedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(lastConnection, "lastConnection");
    Objects.requireNonNull(remaining, "remaining");
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
