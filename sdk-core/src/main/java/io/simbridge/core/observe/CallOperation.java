package io.simbridge.core.observe;

import io.simbridge.core.ProviderOperation;
import java.util.Objects;
import java.util.Optional;

/**
 * The operation a call runs, as an event names it. The wire name is always there; the typed
 * constant is present when the provider module declares its operations as a
 * {@link ProviderOperation} enum.
 *
 * @param provider the provider id, such as {@code thingsmobile}
 * @param name     the operation's name in the provider's documentation, such as {@code simStatus}
 * @param write    {@code true} when the operation changes something at the provider
 * @param typed    the operation's constant, when the provider module declares one
 */
public record CallOperation(
    String provider, String name, boolean write, Optional<ProviderOperation> typed) {

  /**
   * Validates the record.
   *
   * @param provider the provider id, such as {@code thingsmobile}
   * @param name     the operation's name in the provider's documentation, such as {@code simStatus}
   * @param write    {@code true} when the operation changes something at the provider
   * @param typed    the operation's constant, when the provider module declares one
   */
  public CallOperation {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(typed, "typed");
  }

  /**
   * The operation as a metric tag or span attribute value: {@code read} or {@code write}.
   *
   * @return {@code "write"} or {@code "read"}
   */
  public String kind() {
    return write ? "write" : "read";
  }
}
