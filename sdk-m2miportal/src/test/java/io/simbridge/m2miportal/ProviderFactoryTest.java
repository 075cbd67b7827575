package io.simbridge.m2miportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.SimProviders;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimState;
import io.simbridge.core.spi.SettingDescriptor;
import io.simbridge.core.spi.SimProviderFactory;
import io.simbridge.m2miportal.model.M2mIportalOperation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Discovery through ServiceLoader and configuration from settings. */
class ProviderFactoryTest extends M2mTestSupport {

  @Test
  void isDiscoveredWithItsSettingsAllSecretAndRequired() {
    SimProviderFactory factory = SimProviders.factory("m2miportal");

    assertThat(factory.displayName()).isEqualTo("M2M iPortal");
    assertThat(factory.capabilities())
        .containsExactlyInAnyOrder(
            Capability.SIM_STATE,
            Capability.USAGE_NOW,
            Capability.LAST_MO_TRAFFIC,
            Capability.CONTRACT_TERM,
            Capability.SUSPEND,
            Capability.RESUME,
            Capability.SEND_SMS);
    assertThat(factory.settings())
        .extracting(SettingDescriptor::key)
        .containsExactly("username", "password", "api-id");
    assertThat(factory.settings()).allSatisfy(s -> assertThat(s.required() && s.secret()).isTrue());
  }

  @Test
  void listsTheDocumentedOperations() {
    assertThat(SimProviders.factory("m2miportal").operations())
        .containsExactly(M2mIportalOperation.values());
  }

  @Test
  void buildsAWorkingProviderFromTheEnvironment() {
    answerFixture("query_status", "m2miportal-more-operations/query_status-response-closed.xml");

    try (SimProvider provider =
        SimProviders.fromEnvironment(
                Map.of(
                    "SIMBRIDGE_M2MIPORTAL_USERNAME", "env-user",
                    "SIMBRIDGE_M2MIPORTAL_PASSWORD", "env-pass",
                    "SIMBRIDGE_M2MIPORTAL_API_ID", "4242",
                    "SIMBRIDGE_M2MIPORTAL_BASE_URL", server.baseUrl()))
            .get("m2miportal")) {
      assertThat(provider.state(SimRef.of(ICCID)).state()).isEqualTo(SimState.DEACTIVATED);
    }

    String body = onlyRequest().getBodyAsString();
    assertThat(dom(body).getDocumentElement().getAttribute("api_id")).isEqualTo("4242");
    assertThat(textOf(body, "username")).isEqualTo("env-user");
    assertThat(textOf(body, "password")).isEqualTo("env-pass");
  }

  @Test
  void aMissingSettingIsNamed() {
    assertThatThrownBy(
            () -> SimProviders.create("m2miportal", Map.of("username", "u", "password", "p")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Invalid simbridge.m2miportal.api-id: is not set")
        .hasMessageContaining("SIMBRIDGE_M2MIPORTAL_API_ID");
  }
}
