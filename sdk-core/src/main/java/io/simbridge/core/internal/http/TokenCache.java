package io.simbridge.core.internal.http;

import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.TransportException;
import io.simbridge.core.observe.TokenRenewal;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A credential obtained from the provider (an OAuth2 access token, an OEM auth key), kept until
 * shortly before it expires and fetched once however many threads need it at the same time.
 *
 * <p>A token with a lifetime is renewed {@code min(60 s, lifetime / 10)} before it expires (a
 * stated lifetime above a day counts as a day); one without a stated lifetime is kept until the
 * provider rejects it.
 *
 * <p>Single flight: while one thread fetches, the others wait for that fetch and share its token
 * or its failure (a failed fetch is not repeated by each waiter in turn). A waiter stays
 * interruptible and waits no longer than its own call budget; either way it fails with a
 * {@link TransportException} saying nothing was sent.
 */
public final class TokenCache implements CredentialSource {

  /**
   * A token as the provider issued it.
   *
   * @param value    the token
   * @param lifetime how long it is valid from issue, empty when the provider does not say
   */
  public record Token(String value, Optional<Duration> lifetime) {
    /** Validates the record. */
    public Token {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(lifetime, "lifetime");
    }
  }

  /** Obtains a new token from the provider. */
  @FunctionalInterface
  public interface Fetcher {
    /** @return a new token */
    Token fetch();
  }

  private static final Duration MAX_MARGIN = Duration.ofSeconds(60);

  /** The longest lifetime believed; a token claiming more is renewed after a day anyway. */
  private static final Duration MAX_LIFETIME = Duration.ofDays(1);

  private final Fetcher fetcher;
  private final Clock clock;
  private final Redactor redactor;
  private final Duration waitLimit;
  private final ErrorDetails details;
  private final CallEvents events;
  private final ReentrantLock lock = new ReentrantLock();
  // Guarded by lock.
  private String token;
  private Instant renewAt;
  private CompletableFuture<String> inFlight;
  private boolean fetchedBefore;

  /**
   * A cache whose renewals are reported to the listeners of {@code http}, with its clock and
   * redactor.
   *
   * @param fetcher   obtains tokens
   * @param http      the executor of the client the tokens are for
   * @param waitLimit the longest a caller waits for another caller's fetch (its call budget)
   * @param details   names the provider and the token operation in a waiter's failure
   */
  public TokenCache(Fetcher fetcher, HttpExecutor http, Duration waitLimit, ErrorDetails details) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clock = http.clock();
    this.redactor = http.redactor();
    this.events = http.events();
    this.waitLimit = Objects.requireNonNull(waitLimit, "waitLimit");
    this.details = Objects.requireNonNull(details, "details");
  }

  @Override
  public String current() {
    CompletableFuture<String> theirs;
    CompletableFuture<String> mine = null;
    TokenRenewal.Reason reason = null;
    lock.lock();
    try {
      if (token != null && (renewAt == null || clock.instant().isBefore(renewAt))) {
        return token;
      }
      theirs = inFlight;
      if (theirs == null) {
        mine = new CompletableFuture<>();
        inFlight = mine;
        reason =
            !fetchedBefore
                ? TokenRenewal.Reason.FIRST
                : token == null ? TokenRenewal.Reason.REJECTED : TokenRenewal.Reason.EXPIRING;
      }
    } finally {
      lock.unlock();
    }
    return mine != null ? fetch(mine, reason) : await(theirs);
  }

  private String fetch(CompletableFuture<String> mine, TokenRenewal.Reason reason) {
    Instant issued = clock.instant();
    try {
      Token fresh = fetcher.fetch();
      redactor.addTemporarySecret(fresh.value());
      events.tokenRenewed(reason);
      lock.lock();
      try {
        fetchedBefore = true;
        token = fresh.value();
        renewAt =
            fresh
                .lifetime()
                .map(
                    stated -> {
                      // A provider's absurd lifetime (years, or Long.MAX_VALUE seconds) must not
                      // overflow.
                      Duration l = stated.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : stated;
                      Duration margin = l.dividedBy(10);
                      return issued
                          .plus(l)
                          .minus(margin.compareTo(MAX_MARGIN) > 0 ? MAX_MARGIN : margin);
                    })
                .orElse(null);
        inFlight = null;
      } finally {
        lock.unlock();
      }
      mine.complete(fresh.value());
      return fresh.value();
    } catch (RuntimeException | Error e) {
      lock.lock();
      try {
        inFlight = null;
      } finally {
        lock.unlock();
      }
      mine.completeExceptionally(e);
      throw e;
    }
  }

  private String await(CompletableFuture<String> theirs) {
    long nanos =
        waitLimit.compareTo(Duration.ofDays(1)) > 0
            ? TimeUnit.DAYS.toNanos(1)
            : waitLimit.toNanos();
    try {
      return theirs.get(nanos, TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      // The fetch in flight failed: every waiter shares its failure instead of fetching again.
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(details, false, e);
    } catch (TimeoutException e) {
      throw new TransportException(
          details,
          false,
          new InterruptedIOException(
              "waited "
                  + waitLimit.toMillis()
                  + " ms (the call timeout) for a credential another call is fetching"));
    }
  }

  @Override
  public boolean invalidate(String rejected) {
    lock.lock();
    try {
      // Another thread may already have replaced the rejected token: keep the new one.
      if (rejected.equals(token)) {
        token = null;
      }
      return true;
    } finally {
      lock.unlock();
    }
  }
}
