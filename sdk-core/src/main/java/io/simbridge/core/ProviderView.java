package io.simbridge.core;

import java.util.Set;

/**
 * What every neutral view has: the provider it talks to, what it can do, and a way back to the
 * provider's full-fidelity client.
 */
public interface ProviderView {

  /** @return the provider id, such as {@code thingsmobile} */
  String providerId();

  /** @return every capability this provider supports through the neutral API */
  Set<Capability> capabilities();

  /**
   * @param capability a capability
   * @return whether this provider supports it; when not, calling it raises
   *     {@link io.simbridge.core.error.UnsupportedCapabilityException} without a network call
   */
  default boolean supports(Capability capability) {
    return capabilities().contains(capability);
  }

  /**
   * Returns the provider client behind this view, for operations the neutral API does not
   * cover: {@code provider.unwrap(ThingsMobileClient.class)}.
   *
   * @param type the client class (or this view's own class)
   * @param <T>  the client type
   * @return the client
   * @throws IllegalArgumentException if this view wraps no instance of {@code type}
   */
  <T> T unwrap(Class<T> type);
}
