package io.simbridge.core.model;

import io.simbridge.core.internal.text.ToString;
import java.util.Objects;
import java.util.Optional;

/**
 * Which SIMs to list. Every part is optional; an empty filter lists all SIMs.
 *
 * @param name  only SIMs with this name
 * @param tag   only SIMs with this tag
 * @param state only SIMs in this state
 */
public record SimFilter(Optional<String> name, Optional<String> tag, Optional<SimState> state) {
  /** A filter that lists every SIM. */
  public static final SimFilter ALL =
      new SimFilter(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Validates the record.
   *
   * @param name  only SIMs with this name
   * @param tag   only SIMs with this tag
   * @param state only SIMs in this state
   */
  public SimFilter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(state, "state");
  }

  /**
   * @param name the name
   * @return a copy listing only SIMs with this name
   */
  public SimFilter withName(String name) {
    return new SimFilter(Optional.of(name), tag, state);
  }

  /**
   * @param tag the tag
   * @return a copy listing only SIMs with this tag
   */
  public SimFilter withTag(String tag) {
    return new SimFilter(name, Optional.of(tag), state);
  }

  /**
   * @param state the state
   * @return a copy listing only SIMs in this state
   */
  public SimFilter withState(SimState state) {
    return new SimFilter(name, tag, Optional.of(state));
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
