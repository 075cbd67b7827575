package io.simbridge.thingsmobile.model;

import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.InvalidRequestException;

/**
 * A paged query reached the most results Things Mobile returns for one query (10,000 CDRs for
 * getCdrPaginated, 5,000 rows for the credit history). The results already delivered are
 * correct but incomplete: query again with a narrower date range (or fewer MSISDNs).
 */
public class ResultCapExceededException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  /** The most results the provider returns for one query. */
  private final int cap;

  /**
   * Creates the exception.
   *
   * @param details what is known about the call
   * @param cap     the most results the provider returns for one query
   * @param what    what is counted, such as {@code CDRs}
   * @param cause   the provider's refusal, or {@code null} when the client stopped before asking
   */
  public ResultCapExceededException(ErrorDetails details, int cap, String what, Throwable cause) {
    super(
        details,
        "Things Mobile returns at most "
            + cap
            + " "
            + what
            + " for one query; narrow the date range (or ask for fewer SIMs) and query again",
        cause);
    this.cap = cap;
  }

  /** {@return the most results the provider returns for one query} */
  public int cap() {
    return cap;
  }
}
