package io.simbridge.freebit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.simbridge.freebit.FreebitTests.AUTH_PATH;
import static io.simbridge.freebit.FreebitTests.TRAFFIC_PATH;
import static io.simbridge.freebit.FreebitTests.fixture;
import static io.simbridge.freebit.FreebitTests.json;
import static io.simbridge.freebit.FreebitTests.jsonField;
import static io.simbridge.freebit.FreebitTests.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.error.ServiceUnavailableException;
import io.simbridge.core.time.ManualClock;
import io.simbridge.freebit.model.FreebitAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OEM authentication: the key is obtained on first use, kept, and renewed once after a 205. */
class OemAuthenticationTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final FreebitAccount PHONE = FreebitAccount.of("09012345678");
  private static final String OEM_ID = "OEM0001";
  private static final String OEM_KEY = "oem-secret-key-42";

  /** The key in authOem-ok.json. */
  private static final String ISSUED_KEY = "AUTHKEYFROMOEM0001";

  private ManualClock clock;
  private FreebitClient client;

  @BeforeEach
  void setUp() {
    clock = FreebitTests.clock();
    client = FreebitTests.builder(server, clock).oemCredentials(OEM_ID, OEM_KEY).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static List<String> sentAuthKeys() {
    return server.findAll(postRequestedFor(urlEqualTo(TRAFFIC_PATH))).stream()
        .map(r -> jsonField(r).replaceAll(".*\"authKey\":\"([^\"]*)\".*", "$1"))
        .toList();
  }

  private static String authOemResponse(String key) {
    return "{\"resultCode\":\"100\",\"status\":{\"message\":\"OK\",\"statusCode\":\"200\"},\"authKey\":\""
        + key
        + "\"}";
  }

  @Test
  void theKeyIsObtainedOnFirstUseAndReusedForEveryCall() {
    server.stubFor(post(AUTH_PATH).willReturn(ok("authOem-ok.json")));
    server.stubFor(post(TRAFFIC_PATH).willReturn(ok("PA05-01-response-mvno-account.json")));
    assertThat(server.getAllServeEvents()).isEmpty();

    for (int i = 0; i < 3; i++) {
      assertThat(client.getTrafficInfo(PHONE).account()).isEqualTo(PHONE);
    }

    List<LoggedRequest> auth = server.findAll(postRequestedFor(urlEqualTo(AUTH_PATH)));
    assertThat(auth).hasSize(1);
    assertThat(jsonField(auth.get(0)))
        .isEqualTo("{\"oemId\":\"OEM0001\",\"oemKey\":\"oem-secret-key-42\"}");
    assertThat(sentAuthKeys()).containsExactly(ISSUED_KEY, ISSUED_KEY, ISSUED_KEY);
  }

  @Test
  void withJsonBodyEncodingAuthOemSendsThePlainDocumentToo() {
    server.stubFor(post(AUTH_PATH).willReturn(ok("authOem-ok.json")));
    server.stubFor(post(TRAFFIC_PATH).willReturn(ok("PA05-01-response-mvno-account.json")));
    try (FreebitClient jsonClient =
        FreebitTests.builder(server, clock)
            .oemCredentials(OEM_ID, OEM_KEY)
            .requestEncoding(RequestEncoding.JSON_BODY)
            .build()) {
      jsonClient.getTrafficInfo(PHONE);
    }

    LoggedRequest auth = server.findAll(postRequestedFor(urlEqualTo(AUTH_PATH))).get(0);
    assertThat(auth.getHeader("Content-Type")).startsWith("application/json");
    assertThat(auth.getBodyAsString())
        .isEqualTo("{\"oemId\":\"OEM0001\",\"oemKey\":\"oem-secret-key-42\"}");
    assertThat(server.findAll(postRequestedFor(urlEqualTo(TRAFFIC_PATH))).get(0).getBodyAsString())
        .isEqualTo("{\"authKey\":\"AUTHKEYFROMOEM0001\",\"account\":\"09012345678\"}");
  }

  /** 205 as the table has it (HTTP 403) and inside an HTTP 200 answer. */
  @ParameterizedTest(name = "205 served with HTTP {0}")
  @ValueSource(ints = {403, 200})
  void afterCode205TheClientAuthenticatesAgainOnceAndReplaysWithTheNewKey(int status) {
    server.stubFor(
        post(AUTH_PATH)
            .inScenario("keys")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(json(200, authOemResponse("KEY-ONE-EXPIRED")))
            .willSetStateTo("renewed"));
    server.stubFor(
        post(AUTH_PATH)
            .inScenario("keys")
            .whenScenarioStateIs("renewed")
            .willReturn(json(200, authOemResponse("KEY-TWO-FRESH"))));
    server.stubFor(
        post(TRAFFIC_PATH)
            .withRequestBody(containing("KEY-ONE-EXPIRED"))
            .willReturn(json(status, fixture("PA05-01-response-code-205.json"))));
    server.stubFor(
        post(TRAFFIC_PATH)
            .withRequestBody(containing("KEY-TWO-FRESH"))
            .willReturn(ok("PA05-01-response-mvno-account.json")));

    client.getTrafficInfo(PHONE);
    client.getTrafficInfo(PHONE);

    server.verify(2, postRequestedFor(urlEqualTo(AUTH_PATH)));
    assertThat(sentAuthKeys()).containsExactly("KEY-ONE-EXPIRED", "KEY-TWO-FRESH", "KEY-TWO-FRESH");
  }

  @Test
  void aKeyRejectedAgainAfterRenewalFailsWithoutAnotherReplay() {
    server.stubFor(post(AUTH_PATH).willReturn(ok("authOem-ok.json")));
    server.stubFor(
        post(TRAFFIC_PATH).willReturn(json(403, fixture("PA05-01-response-code-205.json"))));

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> client.getTrafficInfo(PHONE));

    assertThat(e.providerCode()).hasValue("205");
    server.verify(2, postRequestedFor(urlEqualTo(AUTH_PATH)));
    server.verify(2, postRequestedFor(urlEqualTo(TRAFFIC_PATH)));
  }

  @Test
  void aFixedAuthKeyIsNeverRenewed() {
    server.stubFor(
        post(TRAFFIC_PATH).willReturn(json(403, fixture("PA05-01-response-code-205.json"))));
    try (FreebitClient fixed = FreebitTests.builder(server, clock).authKey("FIXEDKEY1").build()) {
      assertThatThrownBy(() -> fixed.getTrafficInfo(PHONE))
          .isInstanceOf(AuthenticationException.class);
    }

    server.verify(0, postRequestedFor(urlEqualTo(AUTH_PATH)));
    server.verify(1, postRequestedFor(urlEqualTo(TRAFFIC_PATH)));
  }

  @ParameterizedTest(name = "refusal served with HTTP {0}")
  @ValueSource(ints = {200, 403})
  void refusedOemCredentialsAreAnAuthenticationErrorAndNoQueryIsSent(int status) {
    server.stubFor(
        post(AUTH_PATH)
            .willReturn(
                json(
                    status,
                    "{\"resultCode\":\"205\",\"status\":{\"message\":\"Auth Error\",\"statusCode\":\"403\"}}")));

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> client.getTrafficInfo(PHONE));

    assertThat(e.operation()).isEqualTo("authOem");
    assertThat(e.providerCode()).hasValue("205");
    assertThat(e).hasMessageContaining("OEM authentication refused");
    server.verify(1, postRequestedFor(urlEqualTo(AUTH_PATH)));
    server.verify(0, postRequestedFor(urlEqualTo(TRAFFIC_PATH)));
  }

  @Test
  void aSuccessWithoutAuthKeyIsMalformed() {
    server.stubFor(post(AUTH_PATH).willReturn(json(200, "{\"resultCode\":\"100\"}")));

    assertThatThrownBy(() -> client.getTrafficInfo(PHONE))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("authOem")
        .hasMessageContaining("'authKey' is missing");
    server.verify(0, postRequestedFor(urlEqualTo(TRAFFIC_PATH)));
  }

  @Test
  void anAuthOemOutageIsRetriedLikeAnyReadThenReported() {
    server.stubFor(post(AUTH_PATH).willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));

    assertThatThrownBy(() -> client.getTrafficInfo(PHONE))
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("[freebit authOem] HTTP 502");
    server.verify(3, postRequestedFor(urlEqualTo(AUTH_PATH)));
    server.verify(0, postRequestedFor(urlEqualTo(TRAFFIC_PATH)));
  }

  @Test
  void concurrentFirstCallsShareOneAuthentication() throws Exception {
    server.stubFor(post(AUTH_PATH).willReturn(ok("authOem-ok.json")));
    server.stubFor(post(TRAFFIC_PATH).willReturn(ok("PA05-01-response-mvno-account.json")));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        calls.add(pool.submit((Callable<Object>) () -> client.getTrafficInfo(PHONE)));
      }
      for (Future<?> f : calls) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    server.verify(1, postRequestedFor(urlEqualTo(AUTH_PATH)));
    assertThat(sentAuthKeys()).hasSize(4).containsOnly(ISSUED_KEY);
  }
}
