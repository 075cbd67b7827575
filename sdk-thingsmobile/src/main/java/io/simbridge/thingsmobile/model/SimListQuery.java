package io.simbridge.thingsmobile.model;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.text.ToString;
import java.util.Objects;
import java.util.Optional;

/**
 * The filters of simListLite; every part is optional and an empty query lists every SIM.
 *
 * @param name   only SIMs with this name
 * @param tag    only SIMs with this tag
 * @param status only SIMs in this status group
 */
public record SimListQuery(
    Optional<String> name, Optional<String> tag, Optional<SimStatusGroup> status) {
  /** Every SIM of the account. */
  public static final SimListQuery ALL =
      new SimListQuery(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Validates the record: a name or tag filter cannot be blank.
   *
   * @param name   only SIMs with this name
   * @param tag    only SIMs with this tag
   * @param status only SIMs in this status group
   */
  public SimListQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(status, "status");
    requireNotBlank("name", name);
    requireNotBlank("tag", tag);
  }

  private static void requireNotBlank(String field, Optional<String> value) {
    if (value.isPresent() && value.get().isBlank()) {
      throw new InvalidInputException(
          field, "is blank", "a non-blank " + field + ", or no " + field + " filter");
    }
  }

  /**
   * @param name the SIM name
   * @return a copy listing only SIMs with this name
   */
  public SimListQuery withName(String name) {
    return new SimListQuery(Optional.of(name), tag, status);
  }

  /**
   * @param tag the SIM tag
   * @return a copy listing only SIMs with this tag
   */
  public SimListQuery withTag(String tag) {
    return new SimListQuery(name, Optional.of(tag), status);
  }

  /**
   * @param group the status group
   * @return a copy listing only SIMs in this group
   */
  public SimListQuery withStatus(SimStatusGroup group) {
    return new SimListQuery(name, tag, Optional.of(group));
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
