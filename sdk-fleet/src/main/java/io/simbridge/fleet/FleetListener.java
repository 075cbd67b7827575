package io.simbridge.fleet;

/**
 * Hears the progress of every fleet-wide operation of a fleet, overall and per provider, for a
 * dashboard or metrics; registered once with {@link SimFleet.Builder#listener(FleetListener)}.
 * Every method has an empty default, so a listener overrides what it needs.
 *
 * <p>Calls are serialised within one operation (never two at once), come from the fleet's worker
 * threads with the caller's logging context (MDC), and stop when the operation returns. A listener
 * that throws is logged once per operation and otherwise ignored: it never costs a SIM its
 * outcome. Operations are named {@code states}, {@code usageNow}, {@code lastActivity},
 * {@code read}, {@code suspend} and {@code resume}.
 */
public interface FleetListener {
  /**
   * Told after each SIM of an operation finishes, successfully or not.
   *
   * @param operation the operation
   * @param done      SIMs finished so far
   * @param total     SIMs in the operation
   */
  default void onProgress(String operation, int done, int total) {}

  /**
   * Told after each SIM of a provider finishes, successfully or not. SIMs that could not be
   * routed belong to no provider and are counted by {@link #onProgress} only.
   *
   * @param operation  the operation
   * @param providerId the provider
   * @param done       SIMs of that provider finished so far
   * @param total      SIMs of that provider in the operation
   */
  default void onProviderProgress(String operation, String providerId, int done, int total) {}
}
