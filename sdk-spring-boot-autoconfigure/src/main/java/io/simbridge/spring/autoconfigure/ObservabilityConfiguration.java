package io.simbridge.spring.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.simbridge.core.SimProvider;
import io.simbridge.micrometer.MicrometerCallListener;
import io.simbridge.opentelemetry.OpenTelemetryCallListener;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The call listeners every client gets: metrics when the application has a Micrometer
 * {@link MeterRegistry}, traces when it has an {@link OpenTelemetry}, and the {@link CallHealth}
 * record behind the health indicators. Any other {@code CallListener} bean is registered too.
 */
final class ObservabilityConfiguration {
  private ObservabilityConfiguration() {}

  /** Micrometer metrics. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(
      name = {
        "io.simbridge.micrometer.MicrometerCallListener",
        "io.micrometer.core.instrument.MeterRegistry"
      })
  static class Metrics {
    @Bean
    @ConditionalOnBean(MeterRegistry.class)
    @ConditionalOnMissingBean
    MicrometerCallListener simbridgeMicrometerCallListener(MeterRegistry registry) {
      return new MicrometerCallListener(registry);
    }
  }

  /** OpenTelemetry traces. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(
      name = {
        "io.simbridge.opentelemetry.OpenTelemetryCallListener",
        "io.opentelemetry.api.OpenTelemetry"
      })
  static class Tracing {
    @Bean
    @ConditionalOnBean(OpenTelemetry.class)
    @ConditionalOnMissingBean
    OpenTelemetryCallListener simbridgeOpenTelemetryCallListener(OpenTelemetry openTelemetry) {
      return new OpenTelemetryCallListener(openTelemetry);
    }
  }

  /** Health (Spring Boot 3's actuator health API). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
  static class HealthIndicators {
    @Bean
    @ConditionalOnMissingBean
    CallHealth simbridgeCallHealth() {
      return new CallHealth(Clock.systemUTC());
    }

    /** One indicator per provider bean, under {@code /actuator/health/simbridge/<provider>}. */
    @Bean
    @ConditionalOnBean(SimProvider.class)
    @ConditionalOnMissingBean(name = "simbridgeHealthContributor")
    HealthContributor simbridgeHealthContributor(
        Map<String, SimProvider> providers, CallHealth health) {
      Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
      providers
          .values()
          .forEach(p -> indicators.put(p.providerId(), new ProviderHealth(p, health)));
      return CompositeHealthContributor.fromMap(indicators);
    }
  }

  /** One provider's health: configuration and recent real calls, never a call of its own. */
  static final class ProviderHealth extends AbstractHealthIndicator {
    private final SimProvider provider;
    private final CallHealth health;

    ProviderHealth(SimProvider provider, CallHealth health) {
      super("simbridge health check failed");
      this.provider = provider;
      this.health = health;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
      String id = provider.providerId();
      (health.isDown(id) ? builder.down() : builder.up())
          .withDetail("capabilities", provider.capabilities().size())
          .withDetails(health.details(id));
    }
  }
}
