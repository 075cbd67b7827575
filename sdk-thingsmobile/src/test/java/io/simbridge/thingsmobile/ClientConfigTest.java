package io.simbridge.thingsmobile;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.simbridge.thingsmobile.Tm.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.simbridge.core.ProviderOperation;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.thingsmobile.model.ThingsMobileOperation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Environments, basic authentication on the test host only, and the client's lifecycle. */
class ClientConfigTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final SimRef SIM = SimRef.msisdn("882360001975037");
  private final ManualClock clock = new ManualClock(Tm.START);

  @BeforeEach
  void stubAll() {
    server.stubFor(post(anyUrl()).willReturn(xml("<result><done>true</done></result>")));
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static LoggedRequest blockSimVia(ThingsMobileClient client) {
    try (client) {
      client.blockSim(SIM);
    }
    return Tm.onlyRequest(server, "blockSim");
  }

  @Test
  void theEnvironmentsAreTheDocumentedHosts() {
    try (ThingsMobileClient prod =
            ThingsMobileClient.builder().username("u").token("t0k3n").build();
        ThingsMobileClient test =
            ThingsMobileClient.builder()
                .username("u")
                .token("t0k3n")
                .environment(ThingsMobileEnvironment.TEST)
                .build()) {
      assertThat(prod.environment()).isEqualTo(ThingsMobileEnvironment.PRODUCTION);
      assertThat(prod.baseUrl()).isEqualTo("https://api.thingsmobile.com/services/business-api");
      assertThat(test.baseUrl()).isEqualTo("https://test.thingsmobile.com/services/business-api");
      assertThat(prod.serverZone()).isEqualTo(ZoneId.of("Europe/Rome"));
    }
  }

  @Test
  void productionSendsNoBasicAuthentication() {
    LoggedRequest r = blockSimVia(Tm.client(server, clock).build());
    assertThat(r.containsHeader("Authorization")).isFalse();
  }

  @Test
  void theTestHostAddsTheDocumentedBasicAuthentication() {
    LoggedRequest r =
        blockSimVia(Tm.client(server, clock).environment(ThingsMobileEnvironment.TEST).build());
    assertThat(r.getHeader("Authorization")).isEqualTo(basic("test", "Thingsmobil3"));
    // Besides, not instead of, the username and token in the form.
    assertThat(Tm.urlEncodedFields(r))
        .containsExactlyElementsOf(Tm.withCredentials("msisdn=882360001975037"));
  }

  @Test
  void theTestHostsBasicAuthenticationCanBeOverridden() {
    LoggedRequest r =
        blockSimVia(
            Tm.client(server, clock)
                .environment(ThingsMobileEnvironment.TEST)
                .testBasicAuth("other", "p4ss:word")
                .build());
    assertThat(r.getHeader("Authorization")).isEqualTo(basic("other", "p4ss:word"));
  }

  @Test
  void basicAuthenticationSettingsDoNotLeakToProduction() {
    LoggedRequest r =
        blockSimVia(Tm.client(server, clock).testBasicAuth("other", "p4ssword").build());
    assertThat(r.containsHeader("Authorization")).isFalse();
  }

  @Test
  void theSandboxPresetUsesTheDocumentedAccount() {
    try (ThingsMobileClient client = ThingsMobileClient.builder().sandbox().build()) {
      assertThat(client.environment()).isEqualTo(ThingsMobileEnvironment.TEST);
      assertThat(client.baseUrl()).isEqualTo("https://test.thingsmobile.com/services/business-api");
    }
    LoggedRequest r =
        blockSimVia(
            ThingsMobileClient.builder()
                .sandbox()
                .baseUrl(server.baseUrl())
                .clock(clock)
                .sleeper(clock)
                .build());
    assertThat(r.getHeader("Authorization")).isEqualTo(basic("test", "Thingsmobil3"));
    assertThat(Tm.urlEncodedFields(r))
        .startsWith("username=TMTEST", "token=91c6ce3c-a848-4f0e-bfca-ab9eeff5d1e6");
  }

  @Test
  void theBaseUrlMayEndWithASlash() {
    try (ThingsMobileClient client =
        Tm.client(server, clock).baseUrl(server.baseUrl() + "/").build()) {
      client.blockSim(SIM);
    }
    assertThat(Tm.onlyRequest(server, "blockSim")).isNotNull();
  }

  @Test
  void aClosedClientSendsNothing() {
    ThingsMobileClient client = Tm.client(server, clock).build();
    SimProvider view = client.asSimProvider();
    view.close();
    assertThatThrownBy(() -> client.blockSim(SIM))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void theViewUnwrapsToItsClient() {
    try (ThingsMobileClient client = Tm.client(server, clock).build()) {
      assertThat(client.asSimProvider().unwrap(ThingsMobileClient.class)).isSameAs(client);
      assertThat(client.asSimProvider().providerId()).isEqualTo("thingsmobile");
    }
  }

  @Test
  void theViewIsOneInstancePerClient() {
    try (ThingsMobileClient client = Tm.client(server, clock).build()) {
      assertThat(client.asSimProvider()).isSameAs(client.asSimProvider());
    }
  }

  @Test
  void aCallIntervalNamesItsOperationByTheEnum() {
    try (ThingsMobileClient client =
        Tm.client(server, clock)
            .callInterval(ThingsMobileOperation.SIM_LIST_LITE, Duration.ZERO)
            .build()) {
      assertThat(client).isNotNull();
    }
  }

  @Test
  void anotherProvidersOperationIsRefusedAtBuild() {
    ProviderOperation foreign =
        new ProviderOperation() {
          @Override
          public String name() {
            return "GET_TRAFFIC_INFO";
          }

          @Override
          public String provider() {
            return "freebit";
          }

          @Override
          public String wireName() {
            return "simStatus";
          }

          @Override
          public boolean isWrite() {
            return false;
          }

          @Override
          public Duration documentedInterval() {
            return Duration.ZERO;
          }
        };
    assertThatThrownBy(() -> Tm.client(server, clock).callInterval(foreign, Duration.ZERO).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("callInterval")
        .hasMessageContaining("freebit");
  }
}
