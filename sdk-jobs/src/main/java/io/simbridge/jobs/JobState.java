package io.simbridge.jobs;

/** Whether a job's workers may take more rows. */
public enum JobState {
  /** Workers take its pending rows. */
  ACTIVE,
  /** Workers finish the row they hold and take no more until the job is run again. */
  PAUSED,
  /** Its pending rows were skipped; it never runs again. */
  CANCELLED
}
