package io.simbridge.cli;

import io.simbridge.core.SimProvider;
import io.simbridge.core.SimProviders;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.spi.ProviderSettings;
import io.simbridge.core.spi.SettingDescriptor;
import io.simbridge.core.spi.SimProviderFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the command line's provider settings come from, lowest precedence first:
 * <ol>
 *   <li>the profiles file ({@code ~/.simbridge/config.properties}, or {@code --config}, or
 *       {@code SIMBRIDGE_CONFIG}): {@code <profile>.<provider>.<key>=value} and
 *       {@code <profile>.routes=...}, profile {@code default} unless {@code --profile};</li>
 *   <li>environment variables {@code SIMBRIDGE_<PROVIDER>_<KEY>} and {@code SIMBRIDGE_ROUTES};</li>
 *   <li>system properties {@code simbridge.<provider>.<key>} and {@code simbridge.routes}.</li>
 * </ol>
 * Keys are the ones {@link SimProviders} documents; the merged result is built by
 * {@link SimProviders#fromProperties(Properties)}, so the command line and the library read one
 * configuration the same way.
 */
final class Configuration {
  static final String DEFAULT_PROFILE = "default";
  static final String ROUTES = "routes";
  private static final String MASK = "********";

  /**
   * One setting and where it came from.
   *
   * @param provider the provider id, or {@code *} for routes
   * @param key      the setting key, kebab case
   * @param value    the value
   * @param source   where it was read
   */
  record Entry(String provider, String key, String value, String source) {}

  private final Map<String, Entry> entries = new TreeMap<>();
  private final Path file;
  private final String profile;

  private Configuration(Path file, String profile) {
    this.file = file;
    this.profile = profile;
  }

  /**
   * @param configFile  {@code --config}, or null
   * @param profileName {@code --profile}, or null for {@code default}
   * @param env         the environment
   * @param system      the system properties
   * @return the merged configuration
   * @throws InvalidInputException if a named profile or file does not exist
   */
  static Configuration load(
      Path configFile, String profileName, Map<String, String> env, Properties system) {
    Path file =
        configFile != null
            ? configFile
            : env.containsKey("SIMBRIDGE_CONFIG")
                ? Path.of(env.get("SIMBRIDGE_CONFIG"))
                : Path.of(system.getProperty("user.home", "."), ".simbridge", "config.properties");
    String profile = profileName == null ? DEFAULT_PROFILE : profileName;
    Configuration c = new Configuration(file, profile);
    c.readFile(configFile != null || profileName != null);
    c.readEnvironment(env);
    c.readProperties(system);
    return c;
  }

  private void readFile(boolean mustExist) {
    if (!Files.isRegularFile(file)) {
      if (mustExist) {
        throw new InvalidInputException(
            "--config",
            "file " + file + " does not exist",
            "a properties file of profiles: <profile>.<provider>.<key>=value");
      }
      return;
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    TreeSet<String> profiles = new TreeSet<>();
    String head = profile + ".";
    for (String name : p.stringPropertyNames()) {
      profiles.add(name.contains(".") ? name.substring(0, name.indexOf('.')) : name);
      if (name.startsWith(head)) {
        put(name.substring(head.length()), ".", p.getProperty(name), file + " [" + profile + "]");
      }
    }
    if (!profiles.contains(profile) && !profile.equals(DEFAULT_PROFILE)) {
      throw new InvalidInputException(
          "--profile",
          "'" + profile + "' is not in " + file,
          profiles.isEmpty() ? "a profile defined in the file" : String.join(", ", profiles));
    }
  }

  private void readEnvironment(Map<String, String> env) {
    env.forEach(
        (k, v) -> {
          if (k.startsWith("SIMBRIDGE_") && !k.equals("SIMBRIDGE_CONFIG")) {
            put(
                k.substring("SIMBRIDGE_".length()).toLowerCase(Locale.ROOT),
                "_",
                v,
                "environment " + k);
          }
        });
  }

  private void readProperties(Properties system) {
    for (String name : system.stringPropertyNames()) {
      if (name.startsWith("simbridge.")) {
        put(
            name.substring("simbridge.".length()),
            ".",
            system.getProperty(name),
            "system property " + name);
      }
    }
  }

  /** Records {@code <provider><sep><key>} or {@code routes}; names of no known provider are ignored. */
  private void put(String name, String separator, String value, String source) {
    if (name.equals(ROUTES)) {
      entries.put("*/" + ROUTES, new Entry("*", ROUTES, value, source));
      return;
    }
    for (String id : SimProviders.ids()) {
      if (name.startsWith(id + separator)) {
        String key = name.substring(id.length() + 1);
        key = separator.equals("_") ? key.replace('_', '-') : key;
        entries.put(id + "/" + key, new Entry(id, key, value, source));
      }
    }
  }

  /** @return the profile in use */
  String profile() {
    return profile;
  }

  /** @return the profiles file consulted (it may not exist) */
  Path file() {
    return file;
  }

  /** @return the routes setting, if any */
  Optional<String> routes() {
    return Optional.ofNullable(entries.get("*/" + ROUTES)).map(Entry::value);
  }

  /** @return every setting, secrets masked, sorted by provider and key */
  List<Entry> masked() {
    List<Entry> shown = new ArrayList<>();
    Map<String, SimProviderFactory> factories = SimProviders.available();
    for (Entry e : entries.values()) {
      boolean secret = !e.provider().equals("*") && isSecret(factories.get(e.provider()), e.key());
      shown.add(secret ? new Entry(e.provider(), e.key(), MASK, e.source()) : e);
    }
    return shown;
  }

  /** A key the provider does not declare is masked too: an unknown key may still be a credential. */
  private static boolean isSecret(SimProviderFactory factory, String key) {
    if (factory == null) {
      return true;
    }
    return factory.settings().stream()
        .filter(d -> d.key().equals(key))
        .findFirst()
        .map(SettingDescriptor::secret)
        .orElse(!ProviderSettings.COMMON.stream().anyMatch(d -> d.key().equals(key)));
  }

  /** @return the ids of the providers that have at least one setting */
  List<String> providerIds() {
    return entries.values().stream()
        .map(Entry::provider)
        .filter(p -> !p.equals("*"))
        .distinct()
        .toList();
  }

  /** @return every configured provider, built by {@link SimProviders#fromProperties(Properties)} */
  Map<String, SimProvider> build() {
    Properties merged = new Properties();
    entries.values().stream()
        .filter(e -> !e.provider().equals("*"))
        .forEach(e -> merged.setProperty("simbridge." + e.provider() + "." + e.key(), e.value()));
    return SimProviders.fromProperties(merged);
  }
}
