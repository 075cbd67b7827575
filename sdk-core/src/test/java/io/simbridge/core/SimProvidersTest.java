package io.simbridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.config.CallLimitMode;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.error.UnsupportedCapabilityException;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimState;
import io.simbridge.core.observe.CallListener;
import io.simbridge.core.spi.FakeProviderFactory.FakeClient;
import io.simbridge.core.spi.ProviderSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SimProvidersTest {

  @Test
  void providersAreDiscoveredThroughTheServiceLoader() {
    assertThat(SimProviders.ids()).contains("fake");
    assertThat(SimProviders.factory("FAKE").displayName()).isEqualTo("Fake");
  }

  @Test
  void anUnknownProviderIsANamedError() {
    assertThatThrownBy(() -> SimProviders.factory("nope"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'nope' is not available")
        .hasMessageContaining("fake");
  }

  @Test
  void propertiesConfigureEveryProviderThatHasSome() {
    Properties p = new Properties();
    p.setProperty("simbridge.fake.username", "alice");
    p.setProperty("simbridge.fake.token", "t0k3n-secret");
    p.setProperty("simbridge.fake.connect-timeout", "3s");
    p.setProperty("simbridge.fake.call-limit-mode", "fail-fast");
    p.setProperty("unrelated.key", "x");

    Map<String, SimProvider> providers = SimProviders.fromProperties(p);

    assertThat(providers).containsOnlyKeys("fake");
    FakeClient client = providers.get("fake").unwrap(FakeClient.class);
    assertThat(client.username).isEqualTo("alice");
    assertThat(client.options.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(client.options.callLimitMode()).isEqualTo(CallLimitMode.FAIL_FAST);
  }

  @Test
  void environmentVariablesUseUpperSnakeCase() {
    Map<String, SimProvider> providers =
        SimProviders.fromEnvironment(
            Map.of(
                "SIMBRIDGE_FAKE_USERNAME",
                "bob",
                "SIMBRIDGE_FAKE_TOKEN",
                "secret-1",
                "SIMBRIDGE_FAKE_BASE_URL",
                "http://127.0.0.1:8089",
                "PATH",
                "/usr/bin"));

    FakeClient client = providers.get("fake").unwrap(FakeClient.class);
    assertThat(client.username).isEqualTo("bob");
    assertThat(client.baseUrl).isEqualTo("http://127.0.0.1:8089");
    assertThat(ProviderSettings.environmentName("fake", "base-url"))
        .isEqualTo("SIMBRIDGE_FAKE_BASE_URL");
  }

  @Test
  void listenersGivenInCodeAreRegisteredOnTheClientBuiltFromSettings() {
    CallListener listener = new CallListener() {};
    FakeClient client =
        SimProviders.create("fake", Map.of("username", "a", "token", "t"), List.of(listener))
            .unwrap(FakeClient.class);
    assertThat(client.options.listeners()).containsExactly(listener);
  }

  @Test
  void aMissingSettingNamesThePropertyAndTheVariable() {
    assertThatThrownBy(() -> SimProviders.create("fake", Map.of("username", "a")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "Invalid simbridge.fake.token: is not set; allowed: a value, as property simbridge.fake.token"
                + " or environment variable SIMBRIDGE_FAKE_TOKEN");
  }

  @Test
  void anUnknownSettingIsRefusedListingTheKnownOnes() {
    assertThatThrownBy(
            () ->
                SimProviders.create("fake", Map.of("username", "a", "token", "t", "pasword", "x")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("simbridge.fake.pasword: is not a setting of fake")
        .hasMessageContaining("base-url")
        .hasMessageContaining("token");
  }

  @Test
  void aCommonSettingIsValidatedToo() {
    assertThatThrownBy(
            () ->
                SimProviders.create(
                    "fake",
                    Map.of("username", "a", "token", "t", "base-url", "http://api.fake.example")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("plain HTTP");
    assertThatThrownBy(
            () ->
                SimProviders.create(
                    "fake", Map.of("username", "a", "token", "t", "read-timeout", "soon")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'soon' is not a duration");
  }

  @Test
  void settingsPrintWithSecretsMasked() {
    var f = SimProviders.factory("fake");
    ProviderSettings s =
        ProviderSettings.of(
            "fake", Map.of("username", "alice", "token", "t0k3n-secret"), f.settings());

    assertThat(s.toString()).contains("username=alice", "token=***").doesNotContain("t0k3n-secret");
  }

  @Test
  void capabilitiesAreHonestAndUnsupportedOperationsAreRefusedByName() {
    try (SimProvider p = SimProviders.create("fake", Map.of("username", "a", "token", "t"))) {
      assertThat(p.capabilities()).containsExactly(Capability.SIM_STATE);
      assertThat(p.supports(Capability.SEND_SMS)).isFalse();
      assertThat(p.state(SimRef.msisdn("447937557899")).state()).isEqualTo(SimState.ACTIVE);

      assertThatThrownBy(() -> p.sendSms(SimRef.msisdn("447937557899"), "hi"))
          .isInstanceOfSatisfying(
              UnsupportedCapabilityException.class,
              e -> {
                assertThat(e.capability()).isEqualTo(Capability.SEND_SMS);
                assertThat(e.provider()).isEqualTo("fake");
              })
          .hasMessageContaining("provider 'fake' does not support SEND_SMS");
      assertThatThrownBy(p::creditBalance).isInstanceOf(UnsupportedCapabilityException.class);
    }
  }

  @Test
  void unwrapReturnsTheClientOrRefusesClearly() {
    SimProvider p = SimProviders.create("fake", Map.of("username", "a", "token", "t"));

    assertThat(p.unwrap(FakeClient.class)).isNotNull();
    assertThat(p.unwrap(SimProvider.class)).isSameAs(p);
    assertThatThrownBy(() -> p.unwrap(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wraps a FakeClient, not a java.lang.String");
    p.close();
    assertThat(p.unwrap(FakeClient.class).closed).isTrue();
  }
}
