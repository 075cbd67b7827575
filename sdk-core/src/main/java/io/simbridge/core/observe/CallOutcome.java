package io.simbridge.core.observe;

import java.util.Locale;

/** How a call ended. */
public enum CallOutcome {
  /** The call returned a value. */
  SUCCESS,
  /** The call threw; the provider did not apply it, or it was a read. */
  FAILED,
  /**
   * A write may or may not have been applied: its answer was lost, was a server error or could
   * not be read ({@code AmbiguousOutcomeException}). It was not repeated.
   */
  AMBIGUOUS;

  /**
   * The outcome as a metric tag or span attribute value.
   *
   * @return the lower-case name, such as {@code success}
   */
  public String tagValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
