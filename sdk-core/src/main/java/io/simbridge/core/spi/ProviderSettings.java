package io.simbridge.core.spi;

import io.simbridge.core.config.CallLimitMode;
import io.simbridge.core.config.ClientBuilder;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.observe.CallListener;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The settings of one provider, as {@link io.simbridge.core.SimProviders} found them: keys in
 * kebab case ({@code base-url}), written {@code simbridge.<provider>.<key>} in properties and
 * {@code SIMBRIDGE_<PROVIDER>_<KEY>} (upper case, {@code -} as {@code _}) in the environment.
 *
 * <p>Every provider understands the {@link #COMMON} settings besides its own.
 */
public final class ProviderSettings {

  /** The settings every provider understands. */
  public static final List<SettingDescriptor> COMMON =
      List.of(
          new SettingDescriptor(
              "base-url", "send calls to this URL instead of the provider's host", false, false),
          new SettingDescriptor(
              "connect-timeout", "time to open a connection, such as 10s or PT10S", false, false),
          new SettingDescriptor(
              "read-timeout", "longest silence while reading, such as 30s", false, false),
          new SettingDescriptor(
              "call-timeout", "time for one whole attempt, such as 60s", false, false),
          new SettingDescriptor(
              "max-attempts",
              "attempts for a read, the first included (1 disables retries)",
              false,
              false),
          new SettingDescriptor(
              "call-limit-mode",
              "wait (default) or fail-fast when a call limit says it is too early",
              false,
              false),
          new SettingDescriptor(
              "allow-insecure-http",
              "true to allow plain HTTP to hosts other than loopback",
              false,
              false));

  private final String provider;
  private final Map<String, String> values;
  private final List<SettingDescriptor> known;
  private final List<CallListener> listeners;

  private ProviderSettings(
      String provider,
      Map<String, String> values,
      List<SettingDescriptor> known,
      List<CallListener> listeners) {
    this.provider = provider;
    this.values = Map.copyOf(values);
    this.known = known;
    this.listeners = listeners;
  }

  /**
   * @param provider the provider id
   * @param values   the settings by key ({@code username}, {@code base-url}...)
   * @param known    the provider's own settings, to recognise secrets and refuse unknown keys
   * @return the settings
   * @throws InvalidInputException if a key is neither common nor the provider's own
   */
  public static ProviderSettings of(
      String provider, Map<String, String> values, List<SettingDescriptor> known) {
    Objects.requireNonNull(provider, "provider");
    for (String key : values.keySet()) {
      boolean isKnown =
          COMMON.stream().anyMatch(d -> d.key().equals(key))
              || known.stream().anyMatch(d -> d.key().equals(key));
      if (!isKnown) {
        throw new InvalidInputException(
            propertyName(provider, key), "is not a setting of " + provider, allKeys(known));
      }
    }
    return new ProviderSettings(provider, values, List.copyOf(known), List.of());
  }

  /**
   * Listeners are objects, not text, so they come from code (a framework integration that owns
   * the application's meter registry or tracer) rather than from a property.
   *
   * @param callListeners listeners that {@link #applyCommon} registers on the client, in order
   * @return these settings with those listeners
   */
  public ProviderSettings withListeners(List<? extends CallListener> callListeners) {
    return new ProviderSettings(provider, values, known, List.copyOf(callListeners));
  }

  private static String allKeys(List<SettingDescriptor> known) {
    return java.util.stream.Stream.concat(COMMON.stream(), known.stream())
        .map(SettingDescriptor::key)
        .collect(Collectors.joining(", "));
  }

  /**
   * @param provider a provider id
   * @param key      a setting key
   * @return the property name, {@code simbridge.<provider>.<key>}
   */
  public static String propertyName(String provider, String key) {
    return "simbridge." + provider + "." + key;
  }

  /**
   * @param provider a provider id
   * @param key      a setting key
   * @return the environment variable name, {@code SIMBRIDGE_<PROVIDER>_<KEY>}
   */
  public static String environmentName(String provider, String key) {
    return ("SIMBRIDGE_" + provider + "_" + key).toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** @return the provider id */
  public String provider() {
    return provider;
  }

  /**
   * @param key a key
   * @return its value, empty when unset or blank; surrounding spaces are dropped, except from a
   *     secret's value, where they may belong to the password
   */
  public Optional<String> get(String key) {
    String v = values.get(key);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    boolean secret = known.stream().anyMatch(d -> d.key().equals(key) && d.secret());
    return Optional.of(secret ? v : v.strip());
  }

  /**
   * @param key a key
   * @return its value
   * @throws InvalidInputException if it is unset, naming the property and environment variable
   */
  public String require(String key) {
    return get(key)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    propertyName(provider, key),
                    "is not set",
                    "a value, as property "
                        + propertyName(provider, key)
                        + " or environment variable "
                        + environmentName(provider, key)));
  }

  /**
   * @param key a key
   * @return its value as a duration: {@code 500ms}, {@code 10s}, {@code 2m} or ISO-8601 {@code PT10S}
   */
  public Optional<Duration> duration(String key) {
    return get(key)
        .map(
            v -> {
              String s = v.toLowerCase(Locale.ROOT);
              try {
                if (s.startsWith("pt") || s.startsWith("p")) {
                  return Duration.parse(v.toUpperCase(Locale.ROOT));
                } else if (s.endsWith("ms")) {
                  return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
                } else if (s.endsWith("s")) {
                  return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1)));
                } else if (s.endsWith("m")) {
                  return Duration.ofMinutes(Long.parseLong(s.substring(0, s.length() - 1)));
                }
              } catch (NumberFormatException | DateTimeParseException e) {
                // reported below
              }
              throw new InvalidInputException(
                  propertyName(provider, key),
                  "'" + v + "' is not a duration",
                  "500ms, 10s, 2m or ISO-8601 such as PT10S");
            });
  }

  /**
   * @param key a key
   * @return its value as an integer
   */
  public Optional<Integer> integer(String key) {
    return get(key)
        .map(
            v -> {
              try {
                return Integer.parseInt(v);
              } catch (NumberFormatException e) {
                throw new InvalidInputException(
                    propertyName(provider, key),
                    "'" + v + "' is not a whole number",
                    "a whole number");
              }
            });
  }

  /**
   * @param key a key
   * @return its value as a boolean ({@code true} or {@code false})
   */
  public Optional<Boolean> bool(String key) {
    return get(key)
        .map(
            v ->
                switch (v.toLowerCase(Locale.ROOT)) {
                  case "true" -> Boolean.TRUE;
                  case "false" -> Boolean.FALSE;
                  default ->
                      throw new InvalidInputException(
                          propertyName(provider, key),
                          "'" + v + "' is not a boolean",
                          "true or false");
                });
  }

  /**
   * Applies the {@link #COMMON} settings and the {@linkplain #withListeners listeners} to a
   * provider's builder.
   *
   * @param builder the builder
   * @param <B>     its type
   * @return the builder
   */
  public <B extends ClientBuilder<B>> B applyCommon(B builder) {
    get("base-url").ifPresent(builder::baseUrl);
    duration("connect-timeout").ifPresent(builder::connectTimeout);
    duration("read-timeout").ifPresent(builder::readTimeout);
    duration("call-timeout").ifPresent(builder::callTimeout);
    integer("max-attempts")
        .ifPresent(
            n ->
                builder.retryPolicy(
                    io.simbridge.core.config.RetryPolicy.defaults().withMaxAttempts(n)));
    get("call-limit-mode")
        .ifPresent(
            m ->
                builder.callLimitMode(
                    switch (m.toLowerCase(Locale.ROOT)) {
                      case "wait" -> CallLimitMode.WAIT;
                      case "fail-fast" -> CallLimitMode.FAIL_FAST;
                      default ->
                          throw new InvalidInputException(
                              propertyName(provider, "call-limit-mode"),
                              "'" + m + "'",
                              "wait or fail-fast");
                    }));
    bool("allow-insecure-http").ifPresent(builder::allowInsecureHttp);
    listeners.forEach(builder::addListener);
    return builder;
  }

  /** Shows every setting, secrets masked. */
  @Override
  public String toString() {
    Map<String, String> shown = new TreeMap<>();
    values.forEach(
        (k, v) ->
            shown.put(
                k, known.stream().anyMatch(d -> d.key().equals(k) && d.secret()) ? "***" : v));
    return "ProviderSettings[" + provider + ", " + shown + "]";
  }
}
