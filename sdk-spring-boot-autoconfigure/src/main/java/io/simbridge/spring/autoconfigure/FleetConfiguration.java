package io.simbridge.spring.autoconfigure;

import io.simbridge.core.SimProvider;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.fleet.RoutingRule;
import io.simbridge.fleet.SimFleet;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * A {@link SimFleet} over every {@link SimProvider} bean when more than one provider is
 * configured, routed by {@code simbridge.fleet.routes}. Closing it on shutdown closes the
 * providers (a client closes only once however often it is asked).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.simbridge.fleet.SimFleet")
@Conditional(ConfiguredProviders.OnSeveral.class)
class FleetConfiguration {

  @Bean
  @ConditionalOnMissingBean
  SimFleet simFleet(ObjectProvider<SimProvider> providers, SimbridgeProperties properties) {
    SimFleet.Builder builder = SimFleet.builder();
    providers.orderedStream().forEach(builder::provider);
    List<FleetProperties.Route> routes = properties.getFleet().getRoutes();
    for (int i = 0; i < routes.size(); i++) {
      builder.route(rule("simbridge.fleet.routes[" + i + "]", routes.get(i)));
    }
    if (properties.getFleet().getListThreshold() != null) {
      builder.listThreshold(properties.getFleet().getListThreshold());
    }
    return builder.build();
  }

  private static RoutingRule rule(String name, FleetProperties.Route route) {
    if (route.getProvider() == null || route.getProvider().isBlank()) {
      throw new InvalidInputException(
          name + ".provider", "is not set", "the id of a configured provider");
    }
    boolean iccid = route.getIccidPrefix() != null;
    if (iccid == (route.getMsisdnPrefix() != null)) {
      throw new InvalidInputException(
          name,
          iccid ? "sets both iccid-prefix and msisdn-prefix" : "sets no prefix",
          "one of iccid-prefix or msisdn-prefix");
    }
    return iccid
        ? RoutingRule.iccidPrefix(route.getIccidPrefix(), route.getProvider())
        : RoutingRule.msisdnPrefix(route.getMsisdnPrefix(), route.getProvider());
  }
}
