package io.simbridge.core.internal.http;

import io.simbridge.core.observe.TokenRenewal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A credential obtained from the provider (an OAuth2 access token, an OEM auth key), kept until
 * shortly before it expires and fetched once however many threads need it at the same time.
 *
 * <p>A token with a lifetime is renewed {@code min(60 s, lifetime / 10)} before it expires (a
 * stated lifetime above a day counts as a day); one without a stated lifetime is kept until the
 * provider rejects it.
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
  private final CallEvents events;
  private final ReentrantLock lock = new ReentrantLock();
  // Guarded by lock.
  private String token;
  private Instant renewAt;
  private boolean fetchedBefore;

  /**
   * A cache whose renewals are reported to the listeners of {@code http}, with its clock and
   * redactor.
   *
   * @param fetcher obtains tokens
   * @param http    the executor of the client the tokens are for
   */
  public TokenCache(Fetcher fetcher, HttpExecutor http) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clock = http.clock();
    this.redactor = http.redactor();
    this.events = http.events();
  }

  @Override
  public String current() {
    lock.lock();
    try {
      if (token == null || (renewAt != null && !clock.instant().isBefore(renewAt))) {
        Instant issued = clock.instant();
        TokenRenewal.Reason reason = !fetchedBefore ? TokenRenewal.Reason.FIRST
            : token == null ? TokenRenewal.Reason.REJECTED : TokenRenewal.Reason.EXPIRING;
        Token fresh = fetcher.fetch();
        redactor.addSecret(fresh.value());
        fetchedBefore = true;
        events.tokenRenewed(reason);
        token = fresh.value();
        renewAt = fresh.lifetime().map(stated -> {
          // A provider's absurd lifetime (years, or Long.MAX_VALUE seconds) must not overflow.
          Duration l = stated.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : stated;
          Duration margin = l.dividedBy(10);
          return issued.plus(l).minus(margin.compareTo(MAX_MARGIN) > 0 ? MAX_MARGIN : margin);
        }).orElse(null);
      }
      return token;
    } finally {
      lock.unlock();
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
