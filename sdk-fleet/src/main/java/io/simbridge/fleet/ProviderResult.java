package io.simbridge.fleet;

import io.simbridge.core.internal.text.ToString;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The answer of one provider to a fleet-wide question, such as its credit balance: the value,
 * or that provider's error alone.
 *
 * @param provider the provider id
 * @param value    the value, on success
 * @param error    the error, on failure
 * @param <T>      the value type
 */
public record ProviderResult<T>(
    String provider, Optional<T> value, Optional<RuntimeException> error) {

  /**
   * Validates the record: exactly one of value and error.
   *
   * @param provider the provider id
   * @param value    the value, on success
   * @param error    the error, on failure
   */
  public ProviderResult {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(error, "error");
    if (value.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("a result holds a value or an error, not both or neither");
    }
  }

  static <T> ProviderResult<T> of(String provider, Supplier<T> call) {
    try {
      return new ProviderResult<>(provider, Optional.of(call.get()), Optional.empty());
    } catch (RuntimeException e) {
      return new ProviderResult<>(provider, Optional.empty(), Optional.of(e));
    }
  }

  /**
   * @return whether the provider answered
   */
  public boolean isSuccess() {
    return value.isPresent();
  }

  /**
   * @return the value
   * @throws RuntimeException the provider's error, if it failed
   */
  public T orElseThrow() {
    if (error.isPresent()) {
      throw error.get();
    }
    return value.orElseThrow(NoSuchElementException::new);
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
