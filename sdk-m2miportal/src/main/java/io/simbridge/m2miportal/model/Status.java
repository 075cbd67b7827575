package io.simbridge.m2miportal.model;

/** A SIM's status, as {@code query_status} reports it. */
public enum Status {
  /**
   * {@code active}: allowed to carry traffic. Necessary but not sufficient: the SIM must also be
   * in a live group and, for some SIM types, have nominal credit.
   */
  ACTIVE,
  /** {@code deactivated}: prevented from carrying traffic; {@code set_status} can make it active again. */
  DEACTIVATED,
  /**
   * {@code closed}: permanently out of service. It can never be made active again: stop calling
   * the API for that SIM.
   */
  CLOSED,
  /** A value simbridge does not know; {@link StatusReport#rawStatus()} holds it. */
  UNKNOWN
}
