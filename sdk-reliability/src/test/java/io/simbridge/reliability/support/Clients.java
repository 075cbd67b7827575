package io.simbridge.reliability.support;

import io.simbridge.core.config.RetryPolicy;
import io.simbridge.core.time.ManualClock;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.thingsmobile.ThingsMobileClient;
import java.time.Duration;
import java.time.Instant;

/**
 * Client builders of the four providers pointed at a test server, on a {@link ManualClock}
 * (both clock and sleeper: every wait is recorded, none is slept), with the credentials the
 * WireMock-based tests use.
 */
public final class Clients {
  /** When every manual clock starts. */
  public static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

  /**
   * The default policy (3 attempts, 250 ms then 500 ms caps, 30 s budget) with its jitter fixed
   * at the top, so that every retry waits exactly its cap and waits can be asserted.
   */
  public static final RetryPolicy FULL_JITTER = RetryPolicy.defaults().withJitter(() -> 1.0);

  public static final String TM_USERNAME = "acme-tm-user-7Q2";
  public static final String TM_TOKEN = "tmtok-5f3a9c1e-0d2b-4e6f";
  public static final String M2M_USERNAME = "m2m-api-user-Zq9";
  public static final String M2M_PASSWORD = "m2m-Pa55<&\"'>w0rd";
  public static final String M2M_API_ID = "ACC-778899";
  public static final String HORISEN_CLIENT_ID = "hz-client-id";
  public static final String HORISEN_CLIENT_SECRET = "hz-Secret&+/=%20\"x'9";

  /** The token the HORISEN token stub issues. */
  public static final String HORISEN_ISSUED_TOKEN = "hz-issued-tok-4e1b7c";

  public static final String FREEBIT_AUTH_KEY = "fb-authkey-0a1b2c3d4e";
  public static final String FREEBIT_OEM_ID = "OEM-SIMBRIDGE";
  public static final String FREEBIT_OEM_KEY = "fb-oem-Key&<\"9Z";

  /** The key the freebit authOem stub issues. */
  public static final String FREEBIT_ISSUED_KEY = "fb-issued-key-77XY";

  /** The path HORISEN's report endpoints are served under, in tests. */
  public static final String HORISEN_API = "/api";

  /** The path of HORISEN's token endpoint, in tests. */
  public static final String HORISEN_TOKEN_PATH = "/oauth2/access-token";

  private Clients() {}

  /** @return a manual clock at {@link #START} */
  public static ManualClock clock() {
    return new ManualClock(START);
  }

  /**
   * @param baseUrl the server
   * @param clock the time
   * @return a Things Mobile builder (production environment)
   */
  public static ThingsMobileClient.Builder thingsMobile(String baseUrl, ManualClock clock) {
    return ThingsMobileClient.builder()
        .username(TM_USERNAME)
        .token(TM_TOKEN)
        .baseUrl(baseUrl)
        .clock(clock)
        .sleeper(clock)
        .retryPolicy(FULL_JITTER)
        .connectTimeout(Duration.ofSeconds(5));
  }

  /**
   * @param baseUrl the server
   * @param clock the time
   * @return an M2M iPortal builder
   */
  public static M2mIportalClient.Builder m2m(String baseUrl, ManualClock clock) {
    return M2mIportalClient.builder()
        .username(M2M_USERNAME)
        .password(M2M_PASSWORD)
        .apiId(M2M_API_ID)
        .baseUrl(baseUrl)
        .clock(clock)
        .sleeper(clock)
        .retryPolicy(FULL_JITTER)
        .connectTimeout(Duration.ofSeconds(5));
  }

  /**
   * @param apiHost   the server of the reports (their base is {@code apiHost + /api})
   * @param tokenHost the server of the token endpoint
   * @param clock     the time
   * @return a HORISEN builder with client credentials
   */
  public static HorisenClient.Builder horisen(String apiHost, String tokenHost, ManualClock clock) {
    return HorisenClient.builder()
        .baseUrl(apiHost + HORISEN_API)
        .tokenUrl(tokenHost + HORISEN_TOKEN_PATH)
        .clientCredentials(HORISEN_CLIENT_ID, HORISEN_CLIENT_SECRET)
        .clock(clock)
        .sleeper(clock)
        .retryPolicy(FULL_JITTER)
        .connectTimeout(Duration.ofSeconds(5));
  }

  /**
   * @param baseUrl the server
   * @param clock the time
   * @return a freebit builder with a fixed authKey
   */
  public static FreebitClient.Builder freebitWithKey(String baseUrl, ManualClock clock) {
    return FreebitClient.builder()
        .authKey(FREEBIT_AUTH_KEY)
        .baseUrl(baseUrl)
        .clock(clock)
        .sleeper(clock)
        .retryPolicy(FULL_JITTER)
        .connectTimeout(Duration.ofSeconds(5));
  }

  /**
   * @param baseUrl the server
   * @param clock the time
   * @return a freebit builder with OEM credentials
   */
  public static FreebitClient.Builder freebitWithOem(String baseUrl, ManualClock clock) {
    return FreebitClient.builder()
        .oemCredentials(FREEBIT_OEM_ID, FREEBIT_OEM_KEY)
        .baseUrl(baseUrl)
        .clock(clock)
        .sleeper(clock)
        .retryPolicy(FULL_JITTER)
        .connectTimeout(Duration.ofSeconds(5));
  }

  /** @return the body of the HORISEN token answer with {@link #HORISEN_ISSUED_TOKEN}, valid one hour */
  public static String horisenTokenAnswer() {
    return "{\"access_token\":\""
        + HORISEN_ISSUED_TOKEN
        + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
  }

  /** @return the body of the freebit authOem answer with {@link #FREEBIT_ISSUED_KEY} */
  public static String freebitAuthAnswer() {
    return "{\"resultCode\":\"100\",\"status\":{\"message\":\"OK\",\"statusCode\":\"200\"},\"authKey\":\""
        + FREEBIT_ISSUED_KEY
        + "\"}";
  }
}
