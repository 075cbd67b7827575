package io.simbridge.spring.autoconfigure;

import io.simbridge.core.observe.CallEnded;
import io.simbridge.core.observe.CallListener;
import io.simbridge.core.observe.CallOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the application's own calls say about each provider, for the health indicators: a health
 * check must never spend a rate-limited call of its own, so it reports the outcome of recent real
 * calls instead. Registered on every client the auto-configuration builds; thread-safe.
 */
public final class CallHealth implements CallListener {
  /** Consecutive transport failures (no answer, or the service unavailable) that mean DOWN. */
  public static final int TRANSPORT_FAILURE_STREAK = 3;

  private final Clock clock;
  private final Map<String, ProviderCalls> providers = new ConcurrentHashMap<>();

  /**
   * @param clock the clock that stamps the outcomes
   */
  public CallHealth(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void callEnded(CallEnded event) {
    providers
        .computeIfAbsent(event.call().operation().provider(), p -> new ProviderCalls())
        .record(event, clock.instant());
  }

  /**
   * @param providerId a provider id
   * @return whether recent calls say the provider is unusable: its last call was refused for its
   *     credentials, or the last {@value #TRANSPORT_FAILURE_STREAK} or more found no service
   */
  public boolean isDown(String providerId) {
    ProviderCalls calls = providers.get(providerId);
    return calls != null && calls.down();
  }

  /**
   * @param providerId a provider id
   * @return what recent calls say, for a health report: never a credential or a SIM identifier
   */
  public Map<String, Object> details(String providerId) {
    ProviderCalls calls = providers.get(providerId);
    return calls == null ? Map.of("calls", 0L) : calls.details();
  }

  /** One provider's record, guarded by its own lock. */
  private static final class ProviderCalls {
    private long calls;
    private long failures;
    private Instant lastSuccess;
    private Instant lastFailure;
    private String lastError;
    private boolean authenticationRefused;
    private int transportStreak;

    synchronized void record(CallEnded event, Instant now) {
      calls++;
      Optional<String> error = event.errorType();
      if (event.outcome() == CallOutcome.SUCCESS) {
        lastSuccess = now;
        authenticationRefused = false;
        transportStreak = 0;
        return;
      }
      failures++;
      lastFailure = now;
      lastError = error.orElse(event.outcome().tagValue());
      authenticationRefused = "AuthenticationException".equals(lastError);
      boolean transport =
          "TransportException".equals(lastError) || "ServiceUnavailableException".equals(lastError);
      // Other failures (not found, invalid input) are answers: the provider is there.
      transportStreak = transport ? transportStreak + 1 : 0;
    }

    synchronized boolean down() {
      return authenticationRefused || transportStreak >= TRANSPORT_FAILURE_STREAK;
    }

    synchronized Map<String, Object> details() {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("calls", calls);
      d.put("failures", failures);
      if (lastSuccess != null) {
        d.put("lastSuccess", lastSuccess.toString());
      }
      if (lastFailure != null) {
        d.put("lastFailure", lastFailure.toString());
        d.put("lastError", lastError);
      }
      d.put("authenticationRefused", authenticationRefused);
      d.put("consecutiveTransportFailures", transportStreak);
      return d;
    }
  }
}
