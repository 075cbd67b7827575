package io.simbridge.spring.autoconfigure;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration for simbridge: for each provider configured with {@code simbridge.<id>.*}
 * properties, its client and its neutral {@code SimProvider} view; a {@code SimFleet} when more
 * than one is configured; and, with the actuator, credentials masked in its endpoints. Every bean
 * gives way to one the application defines.
 */
@AutoConfiguration
@EnableConfigurationProperties(SimbridgeProperties.class)
@Import({ProviderConfigurations.ThingsMobile.class, ProviderConfigurations.Horisen.class,
    ProviderConfigurations.Freebit.class, ProviderConfigurations.M2mIportal.class, FleetConfiguration.class,
    SimbridgeAutoConfiguration.Actuator.class})
public class SimbridgeAutoConfiguration {

  /** For Spring. */
  public SimbridgeAutoConfiguration() {}

  /** Masks simbridge credentials in the actuator's env and configprops endpoints. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
  static class Actuator {
    @Bean
    @ConditionalOnMissingBean(name = "simbridgeSanitizingFunction")
    SanitizingFunction simbridgeSanitizingFunction() {
      return new SecretSanitizer();
    }
  }
}
