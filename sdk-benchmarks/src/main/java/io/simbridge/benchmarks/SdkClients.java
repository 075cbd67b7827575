package io.simbridge.benchmarks;

import io.simbridge.core.observe.CallListener;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.freebit.model.FreebitOperation;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.thingsmobile.ThingsMobileClient;
import io.simbridge.thingsmobile.model.ThingsMobileOperation;
import java.time.Duration;

/**
 * The simbridge clients as the benchmarks use them: pointed at a {@link CannedServer}, with every
 * default kept (retries, timeouts, logging, redaction) except the documented call limits, lifted
 * with {@code callInterval(op, Duration.ZERO)} so that they do not throttle the loop.
 *
 * <p>{@code allowInsecureHttp(true)} is set because the canned server speaks plain HTTP: in
 * production the URL is {@code https://} and the loopback check it skips never runs either (see
 * docs/performance.md, "loopback check").
 */
public final class SdkClients {
  private SdkClients() {}

  /**
   * @param baseUrl the server
   * @return a Things Mobile client without simStatus call limit
   */
  public static ThingsMobileClient thingsMobile(String baseUrl) {
    return thingsMobileBuilder(baseUrl).build();
  }

  /**
   * @param baseUrl  the server
   * @param listener receives every call's events
   * @return a Things Mobile client without simStatus call limit, reporting to {@code listener}
   */
  public static ThingsMobileClient thingsMobile(String baseUrl, CallListener listener) {
    return thingsMobileBuilder(baseUrl).addListener(listener).build();
  }

  private static ThingsMobileClient.Builder thingsMobileBuilder(String baseUrl) {
    return ThingsMobileClient.builder()
        .baseUrl(baseUrl)
        .allowInsecureHttp(true)
        .username(Fixtures.TM_USERNAME)
        .token(Fixtures.TM_TOKEN)
        .callInterval(ThingsMobileOperation.SIM_STATUS, Duration.ZERO);
  }

  /**
   * @param baseUrl the server
   * @return a HORISEN client with a fixed token, 500 rows per page
   */
  public static HorisenClient horisen(String baseUrl) {
    return HorisenClient.builder()
        .baseUrl(baseUrl)
        .allowInsecureHttp(true)
        .accessToken(Fixtures.HORISEN_TOKEN)
        .pageSize(Fixtures.HORISEN_ROWS)
        .build();
  }

  /**
   * @param baseUrl the server
   * @return a freebit client with a fixed auth key, no call limit
   */
  public static FreebitClient freebit(String baseUrl) {
    return FreebitClient.builder()
        .baseUrl(baseUrl)
        .allowInsecureHttp(true)
        .authKey(Fixtures.FREEBIT_AUTH_KEY)
        .callInterval(FreebitOperation.GET_TRAFFIC_INFO, Duration.ZERO)
        .build();
  }

  /**
   * @param baseUrl the server
   * @return an M2M iPortal client
   */
  public static M2mIportalClient m2mIportal(String baseUrl) {
    return m2mIportalBuilder(baseUrl).build();
  }

  /**
   * @param baseUrl  the server
   * @param listener receives every call's events
   * @return an M2M iPortal client reporting to {@code listener}
   */
  public static M2mIportalClient m2mIportal(String baseUrl, CallListener listener) {
    return m2mIportalBuilder(baseUrl).addListener(listener).build();
  }

  private static M2mIportalClient.Builder m2mIportalBuilder(String baseUrl) {
    return M2mIportalClient.builder()
        .baseUrl(baseUrl)
        .allowInsecureHttp(true)
        .username(Fixtures.M2M_USERNAME)
        .password(Fixtures.M2M_PASSWORD)
        .apiId(Fixtures.M2M_API_ID);
  }
}
