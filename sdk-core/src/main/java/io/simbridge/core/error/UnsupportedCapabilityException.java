package io.simbridge.core.error;

import io.simbridge.core.Capability;
import java.util.Objects;

/**
 * The provider does not offer this capability. Raised before any network call; check
 * {@code supports(Capability)} first to avoid it.
 */
public class UnsupportedCapabilityException extends SimApiException {
  private static final long serialVersionUID = 1L;

  /** The capability the provider lacks. */
  private final Capability capability;

  /**
   * Creates the exception.
   *
   * @param provider   the provider id
   * @param capability the capability the provider lacks
   */
  public UnsupportedCapabilityException(String provider, Capability capability) {
    super(
        ErrorDetails.of(provider, Objects.requireNonNull(capability, "capability").name()),
        "provider '" + provider + "' does not support " + capability,
        null);
    this.capability = capability;
  }

  /** @return the capability the provider lacks */
  public Capability capability() {
    return capability;
  }
}
