package io.simbridge.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Credentials stay masked in {@code /actuator/env} and {@code /actuator/configprops} even where
 * the application asks the endpoints to show values.
 */
class ActuatorSecretsTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  SimbridgeAutoConfiguration.class,
                  EndpointAutoConfiguration.class,
                  EnvironmentEndpointAutoConfiguration.class,
                  ConfigurationPropertiesReportEndpointAutoConfiguration.class))
          .withPropertyValues(
              "management.endpoints.web.exposure.include=env,configprops",
              "management.endpoint.env.show-values=always",
              "management.endpoint.configprops.show-values=always",
              "simbridge.thingsmobile.username=tm-user-secret",
              "simbridge.thingsmobile.token=tm-token-secret",
              "simbridge.thingsmobile.test-basic-auth-password=tm-basic-secret",
              "simbridge.thingsmobile.environment=test",
              "simbridge.thingsmobile.base-url=http://127.0.0.1:9",
              "simbridge.m2miportal.username=m2m-user-secret",
              "simbridge.m2miportal.password=m2m-password-secret",
              "simbridge.m2miportal.api-id=m2m-api-secret",
              "simbridge.m2miportal.base-url=http://127.0.0.1:9",
              "simbridge.freebit.auth-key=fb-key-secret",
              "simbridge.freebit.base-url=http://127.0.0.1:9",
              "simbridge.horisen.access-token=hr-token-secret",
              "simbridge.horisen.base-url=http://127.0.0.1:9");

  @Test
  void envEndpointMasksEverySecretSettingAndShowsTheOthers() {
    runner.run(
        context -> {
          EnvironmentEndpoint env = context.getBean(EnvironmentEndpoint.class);
          for (String key :
              new String[] {
                "simbridge.thingsmobile.username",
                "simbridge.thingsmobile.token",
                "simbridge.thingsmobile.test-basic-auth-password",
                "simbridge.m2miportal.username",
                "simbridge.m2miportal.password",
                "simbridge.m2miportal.api-id",
                "simbridge.freebit.auth-key",
                "simbridge.horisen.access-token"
              }) {
            assertThat(env.environmentEntry(key).getProperty().getValue())
                .as(key)
                .isEqualTo("******");
          }
          assertThat(
                  env.environmentEntry("simbridge.thingsmobile.environment")
                      .getProperty()
                      .getValue())
              .isEqualTo("test");
          assertThat(
                  String.valueOf(
                      env.environment(null).getPropertySources().stream()
                          .map(s -> s.getProperties())
                          .toList()))
              .doesNotContain("secret");
        });
  }

  @Test
  void configpropsEndpointMasksEverySecretSetting() {
    runner.run(
        context -> {
          String report =
              String.valueOf(
                  context
                      .getBean(ConfigurationPropertiesReportEndpoint.class)
                      .configurationProperties()
                      .getContexts()
                      .values()
                      .stream()
                      .map(c -> c.getBeans().values().stream().map(b -> b.getProperties()).toList())
                      .toList());
          assertThat(report)
              .doesNotContain("secret")
              .contains("environment=test")
              .contains("******");
        });
  }

  @Test
  void everySpellingOfASecretKeyIsMasked() {
    SecretSanitizer sanitizer = new SecretSanitizer();
    assertThat(sanitizer.isSecret("SIMBRIDGE_M2MIPORTAL_API_ID")).isTrue();
    assertThat(sanitizer.isSecret("simbridge.m2miportal.apiId")).isTrue();
    assertThat(sanitizer.isSecret("simbridge.thingsmobile.testBasicAuthPassword")).isTrue();
    assertThat(sanitizer.isSecret("simbridge.horisen.client-secret")).isTrue();
    assertThat(sanitizer.isSecret("simbridge.freebit.oem-key")).isTrue();
    assertThat(sanitizer.isSecret("simbridge.thingsmobile.environment")).isFalse();
    assertThat(sanitizer.isSecret("spring.datasource.username")).isFalse();
  }
}
