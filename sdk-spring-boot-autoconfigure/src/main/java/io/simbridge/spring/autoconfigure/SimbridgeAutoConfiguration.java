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
 * than one is configured; call listeners for Micrometer and OpenTelemetry when the application
 * has them; a health indicator per provider fed by the application's own calls; and, with the
 * actuator, credentials masked in its endpoints. Every bean gives way to one the application
 * defines.
 */
// After the registries and OpenTelemetry of Spring Boot 3.5 and 4.0, so that the listener beans
// see them; names, as those classes may be absent.
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
      "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration"
    })
@EnableConfigurationProperties(SimbridgeProperties.class)
@Import({
  ProviderConfigurations.ThingsMobile.class,
  ProviderConfigurations.Horisen.class,
  ProviderConfigurations.Freebit.class,
  ProviderConfigurations.M2mIportal.class,
  FleetConfiguration.class,
  ObservabilityConfiguration.Metrics.class,
  ObservabilityConfiguration.Tracing.class,
  ObservabilityConfiguration.HealthIndicators.class,
  SimbridgeAutoConfiguration.Actuator.class
})
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
