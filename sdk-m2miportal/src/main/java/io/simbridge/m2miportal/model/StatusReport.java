package io.simbridge.m2miportal.model;

import java.util.Objects;

/**
 * The answer to {@code query_status}.
 *
 * @param status    the status
 * @param rawStatus the provider's value, unchanged, such as {@code deactivated}
 */
public record StatusReport(Status status, String rawStatus) {

  /**
   * Validates the record.
   *
   * @param status the status
   * @param rawStatus the provider's value, unchanged, such as {@code deactivated}
   */
  public StatusReport {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(rawStatus, "rawStatus");
  }

  /**
   * @return whether the SIM is closed, which is permanent: stop calling the API for it
   */
  public boolean isClosed() {
    return status == Status.CLOSED;
  }
}
