package io.simbridge.core.spi;

import java.util.Objects;

/**
 * One setting a provider factory reads, documented for users.
 *
 * @param key         the key, in kebab case, such as {@code base-url}
 * @param description what it sets
 * @param required    whether the factory refuses to build without it
 * @param secret      whether the value is a credential, masked in {@code toString()}
 */
public record SettingDescriptor(String key, String description, boolean required, boolean secret) {
  /**
   * Validates the record.
   *
   * @param key         the key, in kebab case, such as {@code base-url}
   * @param description what it sets
   * @param required    whether the factory refuses to build without it
   * @param secret      whether the value is a credential, masked in {@code toString()}
   */
  public SettingDescriptor {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(description, "description");
    if (!key.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("setting keys are kebab case: " + key);
    }
  }
}
