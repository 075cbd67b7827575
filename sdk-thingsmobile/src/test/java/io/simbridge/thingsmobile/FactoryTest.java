package io.simbridge.thingsmobile;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.simbridge.thingsmobile.Tm.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.SimProvider;
import io.simbridge.core.SimProviders;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.spi.ProviderSettings;
import io.simbridge.core.spi.SimProviderFactory;
import io.simbridge.thingsmobile.model.ThingsMobileOperation;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Discovery through {@link SimProviders}: the factory, its settings and their errors. */
class FactoryTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static Map<String, String> settings(String... extra) {
    Map<String, String> s = new HashMap<>(Map.of("username", Tm.USER, "token", Tm.TOKEN));
    for (int i = 0; i < extra.length; i += 2) {
      s.put(extra[i], extra[i + 1]);
    }
    return s;
  }

  @Test
  void theFactoryIsFoundAndDescribesItself() {
    SimProviderFactory f = SimProviders.factory("thingsmobile");
    assertThat(f.displayName()).isEqualTo("Things Mobile");
    assertThat(f.operations()).containsExactly(ThingsMobileOperation.values());
    assertThat(f.settings())
        .extracting(d -> d.key())
        .containsExactly(
            "username",
            "token",
            "environment",
            "test-basic-auth-user",
            "test-basic-auth-password",
            "zone");
    try (SimProvider p = SimProviders.create("thingsmobile", settings())) {
      assertThat(f.capabilities()).isEqualTo(p.capabilities());
      ThingsMobileClient client = p.unwrap(ThingsMobileClient.class);
      assertThat(client.environment()).isEqualTo(ThingsMobileEnvironment.PRODUCTION);
      assertThat(client.serverZone()).isEqualTo(ZoneId.of("Europe/Rome"));
    }
  }

  @Test
  void everySettingIsApplied() {
    server.stubFor(post(anyUrl()).willReturn(xml("<result><done>true</done></result>")));
    Properties props = new Properties();
    settings(
            "environment",
            "TEST",
            "test-basic-auth-user",
            "qa",
            "test-basic-auth-password",
            "qa-pass",
            "zone",
            "UTC",
            "base-url",
            server.baseUrl(),
            "max-attempts",
            "1")
        .forEach((k, v) -> props.setProperty("simbridge.thingsmobile." + k, v));

    try (SimProvider p = SimProviders.fromProperties(props).get("thingsmobile")) {
      ThingsMobileClient client = p.unwrap(ThingsMobileClient.class);
      assertThat(client.environment()).isEqualTo(ThingsMobileEnvironment.TEST);
      assertThat(client.serverZone()).isEqualTo(ZoneId.of("UTC"));
      assertThat(client.baseUrl()).isEqualTo(server.baseUrl());
      p.suspend(SimRef.msisdn("882360001975037"));
    }
    assertThat(Tm.onlyRequest(server, "blockSim").getHeader("Authorization"))
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("qa:qa-pass".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void wrongSettingsAreNamed() {
    assertThatThrownBy(
            () -> SimProviders.create("thingsmobile", settings("environment", "staging")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "Invalid simbridge.thingsmobile.environment: 'staging' is not an environment; "
                + "allowed: production or test");
    assertThatThrownBy(() -> SimProviders.create("thingsmobile", settings("zone", "Mars/Olympus")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            "Invalid simbridge.thingsmobile.zone: 'Mars/Olympus' is not a time zone");
    assertThatThrownBy(() -> SimProviders.create("thingsmobile", Map.of("username", "u")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Invalid simbridge.thingsmobile.token: is not set");
  }

  @Test
  void secretSettingsAreMasked() {
    ProviderSettings s =
        ProviderSettings.of(
            "thingsmobile",
            settings("test-basic-auth-password", "qa-pass", "environment", "test"),
            SimProviders.factory("thingsmobile").settings());
    assertThat(s.toString())
        .doesNotContain(Tm.USER)
        .doesNotContain(Tm.TOKEN)
        .doesNotContain("qa-pass")
        .contains("environment=test");
  }
}
