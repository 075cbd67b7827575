package io.simbridge.core.internal.http;

import io.simbridge.core.config.RetryPolicy;
import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.error.ServiceUnavailableException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.error.TransportException;
import java.time.Duration;

/**
 * The retry decisions of {@link HttpExecutor}: whether a failed attempt is tried again and after
 * what wait, and what the caller sees once no retry is left. Apart from the executor's sending so
 * that the rules its class comment states read as one piece, free of I/O.
 */
final class RetryRules {
  private RetryRules() {}

  /** The wait before the next attempt, or {@code null} when the failure must not be retried. */
  static Duration retryWait(
      OperationSpec op, SimApiException failure, int attempt, RetryPolicy policy) {
    if (attempt >= policy.maxAttempts()) {
      return null;
    }
    if (failure instanceof TransportException t) {
      return op.safeToRepeat() || !t.mayHaveReachedProvider() ? policy.backoff(attempt) : null;
    }
    if (!op.safeToRepeat()) {
      return null;
    }
    Duration asked;
    if (failure instanceof RateLimitedException r) {
      if (r.isClientSide()) {
        return null;
      }
      asked = r.retryAfter();
    } else if (failure instanceof ServiceUnavailableException u) {
      asked = u.retryAfter();
    } else {
      return null;
    }
    // At least what the server asked for; the caller gives up if that exceeds the budget.
    Duration backoff = policy.backoff(attempt);
    return asked.compareTo(backoff) > 0 ? asked : backoff;
  }

  /**
   * What the caller sees once no retry is left: a write that may have been applied is ambiguous,
   * whether its answer was lost, was a server error, or arrived but could not be read.
   */
  static SimApiException outcome(OperationSpec op, SimApiException failure) {
    boolean mayHaveApplied =
        (failure instanceof TransportException t && t.mayHaveReachedProvider())
            || failure instanceof ServiceUnavailableException
            || failure instanceof MalformedResponseException;
    return !op.safeToRepeat() && mayHaveApplied
        ? new AmbiguousOutcomeException(failure.details(), failure)
        : failure;
  }
}
