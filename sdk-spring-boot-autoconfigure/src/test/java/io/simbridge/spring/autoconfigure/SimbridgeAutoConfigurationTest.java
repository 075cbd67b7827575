package io.simbridge.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.SimProvider;
import io.simbridge.core.model.SimRef;
import io.simbridge.fleet.SimFleet;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.thingsmobile.ThingsMobileClient;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The conditions of the auto-configuration, one context per case. */
class SimbridgeAutoConfigurationTest {
  private static final String[] THINGSMOBILE = {
    "simbridge.thingsmobile.username=TMTEST",
    "simbridge.thingsmobile.token=tm-secret-token",
    "simbridge.thingsmobile.base-url=http://127.0.0.1:9"
  };
  private static final String[] M2MIPORTAL = {
    "simbridge.m2miportal.username=m2m-user",
    "simbridge.m2miportal.password=m2m-secret-password",
    "simbridge.m2miportal.api-id=123456",
    "simbridge.m2miportal.base-url=http://127.0.0.1:9"
  };

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(SimbridgeAutoConfiguration.class));

  @Test
  void noPropertiesNoBeans() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(SimProvider.class);
          assertThat(context).doesNotHaveBean(ThingsMobileClient.class);
          assertThat(context).doesNotHaveBean(SimFleet.class);
        });
  }

  @Test
  void blankValuesCountAsUnset() {
    runner
        .withPropertyValues("simbridge.thingsmobile.username=", "simbridge.thingsmobile.token= ")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SimProvider.class));
  }

  @Test
  void oneProviderGivesItsClientAndViewButNoFleet() {
    runner
        .withPropertyValues(THINGSMOBILE)
        .run(
            context -> {
              assertThat(context).hasSingleBean(ThingsMobileClient.class);
              assertThat(context)
                  .hasSingleBean(SimProvider.class)
                  .hasBean("thingsMobileSimProvider");
              assertThat(context.getBean(SimProvider.class).providerId()).isEqualTo("thingsmobile");
              assertThat(context.getBean(SimProvider.class).unwrap(ThingsMobileClient.class))
                  .isSameAs(context.getBean(ThingsMobileClient.class));
              assertThat(context).doesNotHaveBean(SimFleet.class);
              assertThat(context.getBean(ThingsMobileClient.class).baseUrl())
                  .startsWith("http://127.0.0.1:9");
            });
  }

  @Test
  void environmentVariableSpellingConfiguresTheProviderToo() {
    Map<String, Object> variables =
        Map.of(
            "SIMBRIDGE_THINGSMOBILE_USERNAME",
            "TMTEST",
            "SIMBRIDGE_THINGSMOBILE_TOKEN",
            "t",
            "SIMBRIDGE_THINGSMOBILE_BASE_URL",
            "http://127.0.0.1:9");
    runner
        .withInitializer(
            context ->
                context
                    .getEnvironment()
                    .getPropertySources()
                    .addFirst(
                        new SystemEnvironmentPropertySource("test-systemEnvironment", variables)))
        .run(
            context ->
                assertThat(context.getBean(ThingsMobileClient.class).baseUrl())
                    .startsWith("http://127.0.0.1:9"));
  }

  @Test
  void severalProvidersGiveAFleetRoutedByProperties() {
    runner
        .withPropertyValues(THINGSMOBILE)
        .withPropertyValues(M2MIPORTAL)
        .withPropertyValues(
            "simbridge.fleet.routes[0].msisdn-prefix=88236",
            "simbridge.fleet.routes[0].provider=thingsmobile",
            "simbridge.fleet.routes[1].iccid-prefix=89443",
            "simbridge.fleet.routes[1].provider=m2miportal")
        .run(
            context -> {
              SimFleet fleet = context.getBean(SimFleet.class);
              assertThat(fleet.providerIds())
                  .containsExactlyInAnyOrder("thingsmobile", "m2miportal");
              assertThat(fleet.providerOf(SimRef.msisdn("882360000000004")))
                  .isEqualTo("thingsmobile");
              assertThat(fleet.providerOf(SimRef.iccid("8944300000000000001")))
                  .isEqualTo("m2miportal");
            });
  }

  @Test
  void aRouteWithoutAPrefixFailsNamingIt() {
    runner
        .withPropertyValues(THINGSMOBILE)
        .withPropertyValues(M2MIPORTAL)
        .withPropertyValues("simbridge.fleet.routes[0].provider=thingsmobile")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("simbridge.fleet.routes[0]"));
  }

  @Test
  void userDefinedBeansWin() {
    runner
        .withUserConfiguration(OwnBeans.class)
        .withPropertyValues(THINGSMOBILE)
        .withPropertyValues(M2MIPORTAL)
        .run(
            context -> {
              assertThat(context.getBean(ThingsMobileClient.class)).isSameAs(OwnBeans.CLIENT.get());
              assertThat(
                      context
                          .getBean("thingsMobileSimProvider", SimProvider.class)
                          .unwrap(ThingsMobileClient.class))
                  .isSameAs(OwnBeans.CLIENT.get());
              assertThat(context.getBean(SimFleet.class)).isSameAs(OwnBeans.FLEET.get());
              assertThat(context).hasSingleBean(M2mIportalClient.class);
            });
  }

  @Test
  void aMissingCredentialFailsAtStartUpNamingTheProperty() {
    runner
        .withPropertyValues("simbridge.thingsmobile.username=TMTEST")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("simbridge.thingsmobile.token")
                    .hasMessageContaining("SIMBRIDGE_THINGSMOBILE_TOKEN"));
  }

  @Test
  void anUnknownKeyIsRefusedAsByTheFactory() {
    runner
        .withPropertyValues(THINGSMOBILE)
        .withPropertyValues("simbridge.thingsmobile.zone=Not/AZone")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("simbridge.thingsmobile.zone"));
  }

  @Test
  void shutdownClosesTheClientsAndTheFleet() {
    AtomicReference<ThingsMobileClient> tm = new AtomicReference<>();
    AtomicReference<SimFleet> fleet = new AtomicReference<>();
    runner
        .withPropertyValues(THINGSMOBILE)
        .withPropertyValues(M2MIPORTAL)
        .run(
            context -> {
              tm.set(context.getBean(ThingsMobileClient.class));
              fleet.set(context.getBean(SimFleet.class));
            });
    assertThatThrownBy(() -> tm.get().asSimProvider().state(SimRef.msisdn("882360000000004")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                fleet
                    .get()
                    .provider("m2miportal")
                    .orElseThrow()
                    .state(SimRef.iccid("8944300000000000001")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void noBeanShowsACredentialInToString() {
    runner
        .withPropertyValues(THINGSMOBILE)
        .withPropertyValues(M2MIPORTAL)
        .run(
            context -> {
              for (String name : context.getBeanDefinitionNames()) {
                assertThat(String.valueOf(context.getBean(name)))
                    .as(name)
                    .doesNotContain("tm-secret-token")
                    .doesNotContain("m2m-secret-password");
              }
            });
  }

  /** An application's own client and fleet. */
  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    static final AtomicReference<ThingsMobileClient> CLIENT = new AtomicReference<>();
    static final AtomicReference<SimFleet> FLEET = new AtomicReference<>();

    @Bean
    ThingsMobileClient ownClient() {
      CLIENT.set(
          ThingsMobileClient.builder()
              .username("mine")
              .token("mine")
              .baseUrl("http://127.0.0.1:9")
              .build());
      return CLIENT.get();
    }

    @Bean
    SimFleet ownFleet() {
      FLEET.set(SimFleet.builder().build());
      return FLEET.get();
    }
  }
}
