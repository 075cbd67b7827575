package io.simbridge.freebit;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.simbridge.freebit.FreebitTests.AUTH_PATH;
import static io.simbridge.freebit.FreebitTests.TRAFFIC_PATH;
import static io.simbridge.freebit.FreebitTests.fixture;
import static io.simbridge.freebit.FreebitTests.json;
import static io.simbridge.freebit.FreebitTests.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.testing.LogCapture;
import io.simbridge.core.time.ManualClock;
import io.simbridge.freebit.model.FreebitAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Neither the authKey nor the OEM key reaches a TRACE log line, an exception or a toString(). */
class RedactionTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension final LogCapture logs = new LogCapture();

  private static final FreebitAccount PHONE = FreebitAccount.of("09012345678");
  private static final String OEM_KEY = "oem-secret-key-42";
  private static final String FIXED_KEY = "FIXEDAUTHKEY777";

  private ManualClock clock;

  @BeforeEach
  void setUp() {
    clock = FreebitTests.clock();
  }

  private static String authOem(String key) {
    return "{\"resultCode\":\"100\",\"authKey\":\"" + key + "\"}";
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(RequestEncoding.class)
  void oemFlowWithRenewalLogsBodiesWithEveryKeyHidden(RequestEncoding encoding) {
    server.stubFor(
        post(AUTH_PATH)
            .inScenario("keys")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(json(200, authOem("FIRSTISSUEDKEY1")))
            .willSetStateTo("renewed"));
    server.stubFor(
        post(AUTH_PATH)
            .inScenario("keys")
            .whenScenarioStateIs("renewed")
            .willReturn(json(200, authOem("SECONDISSUEDKEY2"))));
    server.stubFor(
        post(TRAFFIC_PATH)
            .withRequestBody(containing("FIRSTISSUEDKEY1"))
            .willReturn(json(403, fixture("PA05-01-response-code-205.json"))));
    server.stubFor(
        post(TRAFFIC_PATH)
            .withRequestBody(containing("SECONDISSUEDKEY2"))
            .willReturn(ok("PA05-01-response-mvno-account.json")));

    try (FreebitClient client =
        FreebitTests.builder(server, clock)
            .oemCredentials("OEM0001", OEM_KEY)
            .requestEncoding(encoding)
            .build()) {
      client.getTrafficInfo(PHONE);
      assertThat(client.toString()).doesNotContain(OEM_KEY).contains("OEM credentials");
    }

    String text = logs.text();
    // The bodies were logged, at TRACE, in both directions: otherwise this test proves nothing.
    assertThat(text)
        .contains("TRACE")
        .contains("\"oemId\":\"OEM0001\"")
        .contains("\"oemKey\":\"***\"")
        .contains("\"authKey\":\"***\"")
        .contains("\"resultCode\": \"205\"")
        .contains("\"inRecentDays\"");
    assertThat(text)
        .doesNotContain(OEM_KEY)
        .doesNotContain("FIRSTISSUEDKEY1")
        .doesNotContain("SECONDISSUEDKEY2");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(RequestEncoding.class)
  void aFixedAuthKeyIsHiddenInLogsAndInTheErrorItCauses(RequestEncoding encoding) {
    server.stubFor(
        post(TRAFFIC_PATH).willReturn(json(403, fixture("PA05-01-response-code-205.json"))));

    AuthenticationException e;
    try (FreebitClient client =
        FreebitTests.builder(server, clock).authKey(FIXED_KEY).requestEncoding(encoding).build()) {
      e = catchThrowableOfType(AuthenticationException.class, () -> client.getTrafficInfo(PHONE));
      assertThat(client.toString()).doesNotContain(FIXED_KEY).contains("authentication=authKey");
      SimProvider view = client.asSimProvider();
      assertThat(view.toString()).doesNotContain(FIXED_KEY).contains("FreebitClient[");
    }

    assertThat(logs.text()).contains("\"authKey\":\"***\"").doesNotContain(FIXED_KEY);
    assertThat(e.getMessage()).doesNotContain(FIXED_KEY);
    assertThat(e.toString()).doesNotContain(FIXED_KEY);
  }

  @Test
  void aKeyEchoedInAnAnswerIsHiddenInTheErrorsItCauses() {
    // A provider message quoting the key, then a malformed answer echoing it.
    server.stubFor(
        post(TRAFFIC_PATH)
            .inScenario("echo")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                json(
                    200,
                    "{\"resultCode\":\"204\",\"status\":{\"message\":\"bad key "
                        + FIXED_KEY
                        + "\",\"statusCode\":\"400\"}}"))
            .willSetStateTo("malformed"));
    server.stubFor(
        post(TRAFFIC_PATH)
            .inScenario("echo")
            .whenScenarioStateIs("malformed")
            .willReturn(
                json(
                    200,
                    "{\"resultCode\":\"100\",\"authKey\":\""
                        + FIXED_KEY
                        + "\",\"note\":\""
                        + FIXED_KEY
                        + "\",\"traffic\":{\"today\":\"lots\"}}")));

    SimApiException refused;
    MalformedResponseException malformed;
    try (FreebitClient client = FreebitTests.builder(server, clock).authKey(FIXED_KEY).build()) {
      refused = catchThrowableOfType(SimApiException.class, () -> client.getTrafficInfo(PHONE));
      malformed =
          catchThrowableOfType(
              MalformedResponseException.class, () -> client.getTrafficInfo(PHONE));
    }

    assertThat(refused.providerMessage()).hasValue("bad key ***");
    assertThat(refused.getMessage()).contains("bad key ***").doesNotContain(FIXED_KEY);
    assertThat(malformed.getMessage()).contains("traffic.today").doesNotContain(FIXED_KEY);
    assertThat(malformed.toString()).doesNotContain(FIXED_KEY);
    assertThat(logs.text()).doesNotContain(FIXED_KEY);
  }
}
