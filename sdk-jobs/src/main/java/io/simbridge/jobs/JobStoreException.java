package io.simbridge.jobs;

/**
 * The job store could not be read or written: the database is unreachable, refused a statement,
 * or the store is closed. Whatever was being done stopped; the journal keeps what was committed
 * before, so a job can be resumed once the database answers again.
 *
 * <p>The message names what failed and the database's own error code; it never holds a password
 * or a connection URL's query parameters, and carries no driver exception that might.
 */
public class JobStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, without any secret
   */
  public JobStoreException(String message) {
    super(message, null, false, true);
  }
}
