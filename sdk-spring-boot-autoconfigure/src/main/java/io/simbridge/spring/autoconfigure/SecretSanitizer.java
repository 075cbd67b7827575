package io.simbridge.spring.autoconfigure;

import io.simbridge.core.SimProviders;
import io.simbridge.core.spi.SettingDescriptor;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks simbridge credentials in {@code /actuator/env} and {@code /actuator/configprops}, even
 * when the application shows values ({@code management.endpoint.*.show-values=always}): every
 * setting a provider declares secret, and any {@code simbridge.*} key ending in token, password,
 * secret or key. Keys are compared in every spelling Spring accepts ({@code simbridge.x.api-id},
 * {@code simbridge.x.apiId}, {@code SIMBRIDGE_X_API_ID}).
 */
final class SecretSanitizer implements SanitizingFunction {
  private static final String HEAD = canonical(SimbridgeProperties.PREFIX);
  private static final List<String> SECRET_ENDINGS = List.of("token", "password", "secret", "key");

  private final Set<String> secrets = new HashSet<>();

  /** Reads the secret flags of every provider on the class path. */
  SecretSanitizer() {
    SimProviders.available()
        .forEach(
            (id, factory) -> {
              for (SettingDescriptor d : factory.settings()) {
                if (d.secret()) {
                  secrets.add(canonical(SimbridgeProperties.PREFIX + id + d.key()));
                }
              }
            });
  }

  @Override
  public SanitizableData apply(SanitizableData data) {
    return data.getValue() != null && isSecret(data.getKey())
        ? data.withValue(SanitizableData.SANITIZED_VALUE)
        : data;
  }

  /**
   * @param key a property key, in any spelling
   * @return whether it names a simbridge credential
   */
  boolean isSecret(String key) {
    String k = canonical(key);
    return k.startsWith(HEAD)
        && (secrets.contains(k) || SECRET_ENDINGS.stream().anyMatch(k::endsWith));
  }

  private static String canonical(String key) {
    return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
