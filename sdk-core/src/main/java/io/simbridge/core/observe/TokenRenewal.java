package io.simbridge.core.observe;

import java.util.Locale;
import java.util.Objects;

/**
 * A credential obtained at run time was fetched from the provider. The event names the provider
 * and the reason only, never the credential.
 *
 * @param provider the provider id, such as {@code horisen}
 * @param reason   why it was fetched
 */
public record TokenRenewal(String provider, Reason reason) {

  /** Why a credential was fetched. */
  public enum Reason {
    /** The client had none yet. */
    FIRST,
    /** The one held was about to expire. */
    EXPIRING,
    /** The provider rejected the one held. */
    REJECTED;

    /**
     * The reason as a metric tag or span attribute value.
     *
     * @return the lower-case name, such as {@code expiring}
     */
    public String tagValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Validates the record.
   *
   * @param provider the provider id, such as {@code horisen}
   * @param reason   why it was fetched
   */
  public TokenRenewal {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(reason, "reason");
  }
}
