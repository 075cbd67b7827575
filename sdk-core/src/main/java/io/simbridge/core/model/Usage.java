package io.simbridge.core.model;

import io.simbridge.core.internal.text.ToString;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a SIM has used, as far as the provider tells: data today, this month and in total, the
 * data still available, and SMS and voice counts. Each part is empty when the provider does not
 * report it.
 *
 * @param today        data used today
 * @param thisMonth    data used this calendar month
 * @param total        data used since activation
 * @param remaining    data still available (Things Mobile "balance")
 * @param smsCount     chargeable SMS this month
 * @param voiceMinutes voice minutes this month, rounded up by the provider
 */
public record Usage(
    Optional<DataVolume> today,
    Optional<DataVolume> thisMonth,
    Optional<DataVolume> total,
    Optional<DataVolume> remaining,
    OptionalLong smsCount,
    OptionalLong voiceMinutes) {

  /**
   * Validates the record.
   *
   * @param today        data used today
   * @param thisMonth    data used this calendar month
   * @param total        data used since activation
   * @param remaining    data still available (Things Mobile "balance")
   * @param smsCount     chargeable SMS this month
   * @param voiceMinutes voice minutes this month, rounded up by the provider
   */
  public Usage {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(thisMonth, "thisMonth");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(remaining, "remaining");
    Objects.requireNonNull(smsCount, "smsCount");
    Objects.requireNonNull(voiceMinutes, "voiceMinutes");
  }

  /** @return a builder with every part empty */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Usage}; parts left unset are empty. */
  public static final class Builder {
    private DataVolume today;
    private DataVolume thisMonth;
    private DataVolume total;
    private DataVolume remaining;
    private Long smsCount;
    private Long voiceMinutes;

    private Builder() {}

    /**
     * @param v data used today
     * @return this builder
     */
    public Builder today(DataVolume v) {
      this.today = v;
      return this;
    }

    /**
     * @param v data used this month
     * @return this builder
     */
    public Builder thisMonth(DataVolume v) {
      this.thisMonth = v;
      return this;
    }

    /**
     * @param v data used in total
     * @return this builder
     */
    public Builder total(DataVolume v) {
      this.total = v;
      return this;
    }

    /**
     * @param v data still available
     * @return this builder
     */
    public Builder remaining(DataVolume v) {
      this.remaining = v;
      return this;
    }

    /**
     * @param v chargeable SMS this month
     * @return this builder
     */
    public Builder smsCount(long v) {
      this.smsCount = v;
      return this;
    }

    /**
     * @param v voice minutes this month
     * @return this builder
     */
    public Builder voiceMinutes(long v) {
      this.voiceMinutes = v;
      return this;
    }

    /** @return the usage */
    public Usage build() {
      return new Usage(
          Optional.ofNullable(today),
          Optional.ofNullable(thisMonth),
          Optional.ofNullable(total),
          Optional.ofNullable(remaining),
          smsCount == null ? OptionalLong.empty() : OptionalLong.of(smsCount),
          voiceMinutes == null ? OptionalLong.empty() : OptionalLong.of(voiceMinutes));
    }
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
