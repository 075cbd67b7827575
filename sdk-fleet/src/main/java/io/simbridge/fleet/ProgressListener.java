package io.simbridge.fleet;

/**
 * Told after each SIM of a fleet-wide operation finishes, successfully or not, so that a script
 * can show a progress bar. Calls are serialised (never two at once), from the fleet's worker
 * threads; keep them short.
 */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores progress. */
  ProgressListener NONE = (done, total) -> {};

  /**
   * @param done  SIMs finished so far
   * @param total SIMs in the operation
   */
  void onProgress(int done, int total);
}
