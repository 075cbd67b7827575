package io.simbridge.freebit;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.simbridge.freebit.FreebitTests.AUTH_PATH;
import static io.simbridge.freebit.FreebitTests.TRAFFIC_PATH;
import static io.simbridge.freebit.FreebitTests.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.SimProviders;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.spi.ProviderSettings;
import io.simbridge.core.spi.SettingDescriptor;
import io.simbridge.core.spi.SimProviderFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** freebit built from settings through {@link SimProviders}. One call per provider: real time runs here. */
class ProviderFactoryTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final SimRef SIM = SimRef.account("09012345678");

  private static Map<String, String> settings(String... keyValues) {
    Map<String, String> m = new HashMap<>();
    m.put("base-url", server.baseUrl());
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  @Test
  void theFactoryIsFoundAndDescribesItsSettings() {
    SimProviderFactory f = SimProviders.factory("freebit");

    assertThat(f.displayName()).isEqualTo("freebit");
    assertThat(f.capabilities())
        .containsExactlyInAnyOrder(Capability.USAGE_NOW, Capability.DAILY_USAGE);
    assertThat(f.settings())
        .extracting(SettingDescriptor::key)
        .containsExactly("auth-key", "oem-id", "oem-key", "request-encoding", "call-interval");
    assertThat(f.settings())
        .filteredOn(SettingDescriptor::secret)
        .extracting(SettingDescriptor::key)
        .containsExactlyInAnyOrder("auth-key", "oem-key");
  }

  @Test
  void anAuthKeyAndTheJsonBodyEncodingFromProperties() {
    server.stubFor(post(TRAFFIC_PATH).willReturn(ok("PA05-01-response-mvno-account.json")));
    Properties p = new Properties();
    p.setProperty("simbridge.freebit.base-url", server.baseUrl());
    p.setProperty("simbridge.freebit.auth-key", "AUTHKEYFROMPROPS");
    p.setProperty("simbridge.freebit.request-encoding", "json-body");

    Map<String, SimProvider> providers = SimProviders.fromProperties(p);
    try (SimProvider freebit = providers.get("freebit")) {
      assertThat(freebit.dailyUsage(SIM).rawBlacklist()).hasValue("10");
      assertThat(freebit.unwrap(FreebitClient.class).requestEncoding())
          .isEqualTo(RequestEncoding.JSON_BODY);
    }

    assertThat(server.findAll(postRequestedFor(urlEqualTo(TRAFFIC_PATH))).get(0).getBodyAsString())
        .isEqualTo("{\"authKey\":\"AUTHKEYFROMPROPS\",\"account\":\"09012345678\"}");
  }

  @Test
  void oemCredentialsFromTheEnvironment() {
    server.stubFor(post(AUTH_PATH).willReturn(ok("authOem-ok.json")));
    server.stubFor(post(TRAFFIC_PATH).willReturn(ok("PA05-01-response-mvno-account.json")));
    Map<String, String> env =
        Map.of(
            "SIMBRIDGE_FREEBIT_BASE_URL",
            server.baseUrl(),
            "SIMBRIDGE_FREEBIT_OEM_ID",
            "OEM0001",
            "SIMBRIDGE_FREEBIT_OEM_KEY",
            "oem-key-from-env");

    try (SimProvider freebit = SimProviders.fromEnvironment(env).get("freebit")) {
      freebit.usageNow(SIM);
    }

    server.verify(1, postRequestedFor(urlEqualTo(AUTH_PATH)));
    assertThat(
            FreebitTests.jsonField(
                server.findAll(postRequestedFor(urlEqualTo(TRAFFIC_PATH))).get(0)))
        .contains("\"authKey\":\"AUTHKEYFROMOEM0001\"");
  }

  @Test
  void theCallIntervalSettingAppliesToGetTrafficInfo() {
    server.stubFor(post(TRAFFIC_PATH).willReturn(ok("PA05-01-response-mvno-account.json")));

    try (SimProvider freebit =
        SimProviders.create(
            "freebit",
            settings(
                "auth-key", "AUTHKEY1", "call-interval", "60m", "call-limit-mode", "fail-fast"))) {
      freebit.usageNow(SIM);
      RateLimitedException e =
          catchThrowableOfType(RateLimitedException.class, () -> freebit.usageNow(SIM));

      assertThat(e.isClientSide()).isTrue();
      assertThat(e.retryAfter())
          .isGreaterThan(Duration.ofMinutes(59))
          .isLessThanOrEqualTo(Duration.ofHours(1));
    }
    server.verify(1, postRequestedFor(urlEqualTo(TRAFFIC_PATH)));
  }

  @Test
  void credentialsMustBeOneKindOrTheOther() {
    assertThatThrownBy(() -> SimProviders.create("freebit", settings()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("simbridge.freebit.auth-key")
        .hasMessageContaining("is not set, nor are oem-id and oem-key");
    assertThatThrownBy(
            () ->
                SimProviders.create("freebit", settings("auth-key", "A1B2C3", "oem-id", "OEM0001")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is set together with oem-id/oem-key");
    assertThatThrownBy(() -> SimProviders.create("freebit", settings("oem-id", "OEM0001")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Invalid simbridge.freebit.oem-key: is not set");
  }

  @Test
  void anUnknownEncodingIsRefused() {
    assertThatThrownBy(
            () ->
                SimProviders.create(
                    "freebit", settings("auth-key", "A1B2C3", "request-encoding", "xml")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("simbridge.freebit.request-encoding")
        .hasMessageContaining("form-field-json or json-body");
  }

  @Test
  void settingsPrintTheirSecretsMasked() {
    SimProviderFactory f = SimProviders.factory("freebit");
    ProviderSettings s =
        ProviderSettings.of(
            "freebit",
            Map.of("auth-key", "SECRETAUTHKEY", "oem-id", "OEM0001", "oem-key", "SECRETOEMKEY"),
            f.settings());

    assertThat(s.toString())
        .doesNotContain("SECRETAUTHKEY")
        .doesNotContain("SECRETOEMKEY")
        .contains("OEM0001");
  }
}
