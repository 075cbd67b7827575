package io.simbridge.core;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.observe.CallListener;
import io.simbridge.core.spi.ProviderSettings;
import io.simbridge.core.spi.SimProviderFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds configured providers from settings, for scripts and services that keep configuration
 * outside code. Providers are found on the class or module path through
 * {@link java.util.ServiceLoader}: add a provider module as a dependency and it is available.
 *
 * <pre>{@code
 * // simbridge.thingsmobile.username=...  simbridge.thingsmobile.token=...
 * Map<String, SimProvider> providers = SimProviders.fromProperties(properties);
 * // or SIMBRIDGE_THINGSMOBILE_USERNAME=... SIMBRIDGE_THINGSMOBILE_TOKEN=...
 * Map<String, SimProvider> fromEnv = SimProviders.fromEnvironment();
 * }</pre>
 *
 * <p>Setting names are listed by each factory ({@link SimProviderFactory#settings()}) and in
 * the README; {@link ProviderSettings#COMMON} apply to every provider.
 */
public final class SimProviders {
  private SimProviders() {}

  /** @return every provider factory found, by id */
  public static Map<String, SimProviderFactory> available() {
    Map<String, SimProviderFactory> found = new TreeMap<>();
    for (SimProviderFactory f :
        ServiceLoader.load(SimProviderFactory.class, SimProviders.class.getClassLoader())) {
      found.putIfAbsent(f.id(), f);
    }
    return found;
  }

  /**
   * @param providerId a provider id, such as {@code thingsmobile}
   * @return its factory
   * @throws InvalidInputException if no such provider is on the class or module path
   */
  public static SimProviderFactory factory(String providerId) {
    Map<String, SimProviderFactory> all = available();
    SimProviderFactory f = all.get(providerId.toLowerCase(Locale.ROOT));
    if (f == null) {
      throw new InvalidInputException(
          "provider",
          "'" + providerId + "' is not available",
          all.isEmpty()
              ? "none: add a simbridge provider module (such as sdk-thingsmobile) as a dependency"
              : String.join(", ", all.keySet()));
    }
    return f;
  }

  /**
   * @param providerId a provider id
   * @param settings   its settings by key, without prefix ({@code username}, {@code base-url})
   * @return the configured provider
   */
  public static SimProvider create(String providerId, Map<String, String> settings) {
    return create(providerId, settings, List.of());
  }

  /**
   * @param providerId a provider id
   * @param settings   its settings by key, without prefix ({@code username}, {@code base-url})
   * @param listeners  listeners registered on the provider's client, such as a metrics listener
   * @return the configured provider
   */
  public static SimProvider create(
      String providerId, Map<String, String> settings, List<? extends CallListener> listeners) {
    SimProviderFactory f = factory(providerId);
    return f.create(ProviderSettings.of(f.id(), settings, f.settings()).withListeners(listeners));
  }

  /**
   * Builds every provider that has at least one {@code simbridge.<id>.*} property.
   *
   * @param properties the properties
   * @return the configured providers, by id
   */
  public static Map<String, SimProvider> fromProperties(Properties properties) {
    Map<String, String> flat =
        properties.stringPropertyNames().stream()
            .collect(Collectors.toMap(k -> k, properties::getProperty));
    return build(
        key -> key.startsWith("simbridge.") ? key.substring("simbridge.".length()) : null,
        flat,
        ".");
  }

  /** @return every provider that has at least one {@code SIMBRIDGE_<ID>_*} environment variable */
  public static Map<String, SimProvider> fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /**
   * @param environment variables, as {@link System#getenv()} gives them
   * @return every provider that has at least one {@code SIMBRIDGE_<ID>_*} variable
   */
  public static Map<String, SimProvider> fromEnvironment(Map<String, String> environment) {
    return build(
        key -> key.startsWith("SIMBRIDGE_") ? key.substring("SIMBRIDGE_".length()) : null,
        environment,
        "_");
  }

  private static Map<String, SimProvider> build(
      java.util.function.UnaryOperator<String> stripPrefix,
      Map<String, String> source,
      String separator) {
    Map<String, SimProvider> built = new LinkedHashMap<>();
    for (SimProviderFactory f : available().values()) {
      String head = (separator.equals(".") ? f.id() : f.id().toUpperCase(Locale.ROOT)) + separator;
      Map<String, String> mine = new LinkedHashMap<>();
      source.forEach(
          (k, v) -> {
            String rest = stripPrefix.apply(k);
            if (rest != null && rest.startsWith(head)) {
              String key = rest.substring(head.length());
              mine.put(
                  separator.equals(".") ? key : key.toLowerCase(Locale.ROOT).replace('_', '-'), v);
            }
          });
      if (!mine.isEmpty()) {
        try {
          built.put(f.id(), f.create(ProviderSettings.of(f.id(), mine, f.settings())));
        } catch (RuntimeException e) {
          built.values().forEach(SimProvider::close);
          throw e;
        }
      }
    }
    return built;
  }

  /** @return the ids of every provider found */
  public static List<String> ids() {
    return List.copyOf(available().keySet());
  }
}
