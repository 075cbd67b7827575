package io.simbridge.freebit;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.simbridge.freebit.FreebitTests.AUTH_PATH;
import static io.simbridge.freebit.FreebitTests.TRAFFIC_PATH;
import static io.simbridge.freebit.FreebitTests.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.config.CallLimitMode;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.time.ManualClock;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.freebit.model.FreebitOperation;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The conservative call limit that keeps getTrafficInfo from being used for bulk retrieval. */
class CallLimitTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final FreebitAccount PHONE = FreebitAccount.of("09012345678");
  private static final FreebitAccount OTHER = FreebitAccount.of("08011112222");

  private ManualClock clock;

  @BeforeEach
  void setUp() {
    clock = FreebitTests.clock();
    server.stubFor(post(TRAFFIC_PATH).willReturn(ok("PA05-01-response-mvno-account.json")));
  }

  @Test
  void byDefaultCallsAreSpacedOneSecondApartWhateverTheAccount() {
    server.stubFor(
        post(TRAFFIC_PATH)
            .willReturn(
                FreebitTests.json(
                    200,
                    FreebitTests.fixture("PA05-01-response-mvno-account.json")
                        .replace("09012345678", "08011112222")))
            .atPriority(1)
            .withRequestBody(containing("08011112222")));
    try (FreebitClient client = FreebitTests.builder(server, clock).authKey("AUTHKEY1").build()) {
      client.getTrafficInfo(PHONE);
      client.getTrafficInfo(OTHER);
      clock.advance(Duration.ofMillis(400));
      client.getTrafficInfo(PHONE);
      clock.advance(Duration.ofSeconds(5));
      client.getTrafficInfo(PHONE);
    }

    assertThat(FreebitOperation.GET_TRAFFIC_INFO.documentedInterval())
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(600));
    server.verify(4, postRequestedFor(urlEqualTo(TRAFFIC_PATH)));
  }

  @Test
  void theIntervalIsConfigurableThroughCallInterval() {
    try (FreebitClient client =
        FreebitTests.builder(server, clock)
            .authKey("AUTHKEY1")
            .callInterval(FreebitOperation.GET_TRAFFIC_INFO, Duration.ofSeconds(3))
            .build()) {
      client.getTrafficInfo(PHONE);
      client.getTrafficInfo(PHONE);
    }

    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void failFastRefusesAnEarlyCallWithoutSendingIt() {
    try (FreebitClient client =
        FreebitTests.builder(server, clock)
            .authKey("AUTHKEY1")
            .callLimitMode(CallLimitMode.FAIL_FAST)
            .build()) {
      client.getTrafficInfo(PHONE);
      clock.advance(Duration.ofMillis(300));

      RateLimitedException e =
          catchThrowableOfType(RateLimitedException.class, () -> client.getTrafficInfo(PHONE));

      assertThat(e.isClientSide()).isTrue();
      assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(700));
    }
    server.verify(1, postRequestedFor(urlEqualTo(TRAFFIC_PATH)));
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void oemAuthenticationDoesNotCountAgainstTheQueryLimit() {
    server.stubFor(post(AUTH_PATH).willReturn(ok("authOem-ok.json")));
    try (FreebitClient client =
        FreebitTests.builder(server, clock).oemCredentials("OEM0001", "oem-key-1").build()) {
      client.getTrafficInfo(PHONE);
    }

    server.verify(1, postRequestedFor(urlEqualTo(AUTH_PATH)));
    assertThat(clock.sleeps()).isEmpty();
  }
}
