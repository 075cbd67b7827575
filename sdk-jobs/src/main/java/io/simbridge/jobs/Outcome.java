package io.simbridge.jobs;

import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.error.TransportException;
import io.simbridge.core.error.UnsupportedCapabilityException;

/**
 * What one sent write came to, as a row state and the error that explains it.
 *
 * @param state      DONE, FAILED, AMBIGUOUS or SKIPPED
 * @param errorType  the error's simple class name, or null
 * @param error      the error's message, or null
 * @param unexpected whether the error is none a provider raises, so the worker should stop
 */
record Outcome(RowState state, String errorType, String error, boolean unexpected) {
  static final Outcome DONE = new Outcome(RowState.DONE, null, null, false);

  /**
   * Reads an error the way the transport documents it: refused input and missing capabilities
   * were never sent; an ambiguous outcome, or a transport failure that may have reached the
   * provider, may have been applied; any other provider error was not applied. An error no
   * provider raises (a bug, a closed client) may have happened after sending: ambiguous.
   */
  static Outcome of(RuntimeException e) {
    RowState state;
    if (e instanceof UnsupportedCapabilityException || e instanceof IllegalArgumentException) {
      state = RowState.SKIPPED;
    } else if (e instanceof AmbiguousOutcomeException
        || (e instanceof TransportException t && t.mayHaveReachedProvider())) {
      state = RowState.AMBIGUOUS;
    } else if (e instanceof SimApiException) {
      state = RowState.FAILED;
    } else {
      return new Outcome(RowState.AMBIGUOUS, e.getClass().getSimpleName(), e.getMessage(), true);
    }
    return new Outcome(state, e.getClass().getSimpleName(), e.getMessage(), false);
  }
}
