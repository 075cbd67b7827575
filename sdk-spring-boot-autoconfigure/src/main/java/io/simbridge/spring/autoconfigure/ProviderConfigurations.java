package io.simbridge.spring.autoconfigure;

import io.simbridge.core.SimProvider;
import io.simbridge.core.observe.CallListener;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.thingsmobile.ThingsMobileClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One client bean and its neutral view per configured provider. The client is built from the
 * properties, with every {@link CallListener} bean registered on it, only when the provider is
 * configured and the application has no client of its own;
 * the view wraps whichever client is there. The client closes on shutdown (its {@code close} is
 * inferred); the view has no destroy method of its own, as closing it would close the client again.
 */
final class ProviderConfigurations {
  private ProviderConfigurations() {}

  /** Things Mobile. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.simbridge.thingsmobile.ThingsMobileClient")
  static class ThingsMobile {
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProvider(ThingsMobileClient.PROVIDER_ID)
    ThingsMobileClient thingsMobileClient(
        SimbridgeProperties properties, ObjectProvider<CallListener> listeners) {
      return ProviderBeans.client(
          ThingsMobileClient.PROVIDER_ID,
          properties.getThingsmobile(),
          ThingsMobileClient.class,
          listeners);
    }

    @Bean(destroyMethod = "")
    @ConditionalOnBean(ThingsMobileClient.class)
    @ConditionalOnMissingBean(name = "thingsMobileSimProvider")
    SimProvider thingsMobileSimProvider(ThingsMobileClient client) {
      return client.asSimProvider();
    }
  }

  /** HORISEN. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.simbridge.horisen.HorisenClient")
  static class Horisen {
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProvider(HorisenClient.PROVIDER_ID)
    HorisenClient horisenClient(
        SimbridgeProperties properties, ObjectProvider<CallListener> listeners) {
      return ProviderBeans.client(
          HorisenClient.PROVIDER_ID, properties.getHorisen(), HorisenClient.class, listeners);
    }

    @Bean(destroyMethod = "")
    @ConditionalOnBean(HorisenClient.class)
    @ConditionalOnMissingBean(name = "horisenSimProvider")
    SimProvider horisenSimProvider(HorisenClient client) {
      return client.asSimProvider();
    }
  }

  /** freebit. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.simbridge.freebit.FreebitClient")
  static class Freebit {
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProvider("freebit")
    FreebitClient freebitClient(
        SimbridgeProperties properties, ObjectProvider<CallListener> listeners) {
      return ProviderBeans.client(
          "freebit", properties.getFreebit(), FreebitClient.class, listeners);
    }

    @Bean(destroyMethod = "")
    @ConditionalOnBean(FreebitClient.class)
    @ConditionalOnMissingBean(name = "freebitSimProvider")
    SimProvider freebitSimProvider(FreebitClient client) {
      return client.asSimProvider();
    }
  }

  /** M2M iPortal. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.simbridge.m2miportal.M2mIportalClient")
  static class M2mIportal {
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProvider(M2mIportalClient.PROVIDER_ID)
    M2mIportalClient m2mIportalClient(
        SimbridgeProperties properties, ObjectProvider<CallListener> listeners) {
      return ProviderBeans.client(
          M2mIportalClient.PROVIDER_ID,
          properties.getM2miportal(),
          M2mIportalClient.class,
          listeners);
    }

    @Bean(destroyMethod = "")
    @ConditionalOnBean(M2mIportalClient.class)
    @ConditionalOnMissingBean(name = "m2mIportalSimProvider")
    SimProvider m2mIportalSimProvider(M2mIportalClient client) {
      return client.asSimProvider();
    }
  }
}
