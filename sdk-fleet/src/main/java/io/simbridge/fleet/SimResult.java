package io.simbridge.fleet;

import io.simbridge.core.internal.text.ToString;
import io.simbridge.core.model.SimRef;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one SIM in a fleet-wide read: the value, or the error of that SIM alone (a
 * {@link io.simbridge.core.error.SimApiException} from its provider, an
 * {@link UnknownSimException}, or an input error).
 *
 * @param sim      the SIM
 * @param provider the provider that owns it; empty when it could not be routed
 * @param value    the value read, on success
 * @param error    the error, on failure
 * @param <T>      the value type
 */
public record SimResult<T>(
    SimRef sim, Optional<String> provider, Optional<T> value, Optional<RuntimeException> error) {

  /**
   * Validates the record: exactly one of value and error.
   *
   * @param sim      the SIM
   * @param provider the provider that owns it; empty when it could not be routed
   * @param value    the value read, on success
   * @param error    the error, on failure
   */
  public SimResult {
    Objects.requireNonNull(sim, "sim");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(error, "error");
    if (value.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("a result holds a value or an error, not both or neither");
    }
  }

  static <T> SimResult<T> success(SimRef sim, String provider, T value) {
    return new SimResult<>(sim, Optional.of(provider), Optional.of(value), Optional.empty());
  }

  static <T> SimResult<T> failure(SimRef sim, String provider, RuntimeException error) {
    return new SimResult<>(
        sim, Optional.ofNullable(provider), Optional.empty(), Optional.of(error));
  }

  /**
   * @return whether the SIM was read
   */
  public boolean isSuccess() {
    return value.isPresent();
  }

  /**
   * @return the value
   * @throws RuntimeException the SIM's error, if it failed
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
