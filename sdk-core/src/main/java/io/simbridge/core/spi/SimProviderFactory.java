package io.simbridge.core.spi;

import io.simbridge.core.Capability;
import io.simbridge.core.ProviderOperation;
import io.simbridge.core.SimProvider;
import java.util.List;
import java.util.Set;

/**
 * Creates a provider's neutral view from settings. Each provider module registers one through
 * {@link java.util.ServiceLoader} ({@code provides} in its module descriptor and a
 * {@code META-INF/services} entry), so that {@link io.simbridge.core.SimProviders} finds it.
 */
public interface SimProviderFactory {

  /** @return the provider id, lower case, such as {@code thingsmobile} */
  String id();

  /** @return the provider's name for people, such as {@code Things Mobile} */
  String displayName();

  /** @return what the provider's neutral view supports */
  Set<Capability> capabilities();

  /**
   * The provider's documented operations, the constants of its operation enum, so tools (the
   * test kit's emulators, metrics, jobs) find names and documented intervals without a compile
   * dependency on the provider module.
   *
   * @return the operations, in documentation order
   */
  default List<ProviderOperation> operations() {
    return List.of();
  }

  /** @return the provider's own settings (besides {@link ProviderSettings#COMMON}) */
  List<SettingDescriptor> settings();

  /**
   * @param settings the provider's settings
   * @return a configured provider
   * @throws io.simbridge.core.error.InvalidInputException if a setting is missing or wrong
   */
  SimProvider create(ProviderSettings settings);
}
