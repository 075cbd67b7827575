package io.simbridge.spring.autoconfigure;

import io.simbridge.core.SimProviders;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Which providers the application configured: those with a property {@code simbridge.<id>.*}
 * (or variable {@code SIMBRIDGE_<ID>_*}) whose value is not blank. A blank value counts as unset,
 * as in {@code ProviderSettings}, so {@code token=${TM_TOKEN:}} switches a provider off where the
 * variable is absent.
 */
final class ConfiguredProviders {
  private ConfiguredProviders() {}

  /**
   * @param environment the environment
   * @return the ids of the providers on the class path that have a property with a value
   */
  static List<String> ids(Environment environment) {
    return SimProviders.ids().stream().filter(id -> configured(environment, id)).toList();
  }

  /**
   * @param environment the environment
   * @param providerId  a provider id
   * @return whether a property {@code simbridge.<id>.*} has a value
   */
  static boolean configured(Environment environment, String providerId) {
    if (!(environment instanceof ConfigurableEnvironment configurable)) {
      return false;
    }
    String head = SimbridgeProperties.PREFIX + "." + providerId + ".";
    for (PropertySource<?> source : configurable.getPropertySources()) {
      if (source instanceof EnumerablePropertySource<?> names) {
        for (String name : names.getPropertyNames()) {
          if (name.toLowerCase(Locale.ROOT).replace('_', '.').startsWith(head)) {
            String value = environment.getProperty(name);
            if (value != null && !value.isBlank()) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** The condition behind {@link ConditionalOnProvider}. */
  static final class OnProvider extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(
        ConditionContext context, AnnotatedTypeMetadata metadata) {
      String id =
          (String)
              metadata.getAnnotationAttributes(ConditionalOnProvider.class.getName()).get("value");
      return configured(context.getEnvironment(), id)
          ? ConditionOutcome.match("a simbridge." + id + ".* property is set")
          : ConditionOutcome.noMatch("no simbridge." + id + ".* property is set");
    }
  }

  /** Matches when more than one provider is configured, so a fleet has something to route. */
  static final class OnSeveral extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(
        ConditionContext context, AnnotatedTypeMetadata metadata) {
      List<String> ids = ids(context.getEnvironment());
      return ids.size() > 1
          ? ConditionOutcome.match("providers configured: " + ids)
          : ConditionOutcome.noMatch("fewer than two providers configured: " + ids);
    }
  }
}
