package io.simbridge.testkit.internal;

import io.simbridge.core.ProviderOperation;
import io.simbridge.core.SimProviders;
import io.simbridge.core.spi.SimProviderFactory;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A provider's documented operations (wire names and minimum intervals), as its operation enum
 * declares them, found at run time through {@link SimProviders#available()}: the test kit cannot
 * depend on the provider modules at compile time (their tests use the kit), and must not declare
 * the names and intervals a second time. Not part of the kit's API.
 */
public final class DocumentedOperations {
  private final String provider;
  private final Map<String, Duration> intervals;

  private DocumentedOperations(String provider, Map<String, Duration> intervals) {
    this.provider = provider;
    this.intervals = Collections.unmodifiableMap(new LinkedHashMap<>(intervals));
  }

  /**
   * Looks a provider's operations up in its {@link SimProviderFactory#operations()}.
   *
   * @param providerId the provider id, such as {@code thingsmobile}
   * @return its operations, in documentation order
   * @throws IllegalStateException if the provider module is not on the class path, or its factory
   *     declares no operations
   */
  public static DocumentedOperations of(String providerId) {
    SimProviderFactory factory = SimProviders.available().get(providerId);
    if (factory == null) {
      throw new IllegalStateException(
          "the "
              + providerId
              + " emulator takes its operation names and documented"
              + " intervals from the provider module, which is not on the class path: add io.simbridge:sdk-"
              + providerId
              + " (test scope)");
    }
    List<ProviderOperation> declared = factory.operations();
    if (declared.isEmpty()) {
      throw new IllegalStateException(
          "operations not declared by "
              + providerId
              + ": "
              + factory.getClass().getName()
              + ".operations() returns none; it must return its operation enum's"
              + " constants");
    }
    Map<String, Duration> intervals = new LinkedHashMap<>();
    for (ProviderOperation op : declared) {
      if (!op.provider().equals(providerId)) {
        throw new IllegalStateException(
            factory.getClass().getName()
                + ".operations() lists "
                + op.name()
                + " of provider "
                + op.provider()
                + ", not "
                + providerId);
      }
      intervals.put(op.wireName(), op.documentedInterval());
    }
    return new DocumentedOperations(providerId, intervals);
  }

  /**
   * The operations an emulator serves, read from the provider's operation enum through its
   * factory: names and documented intervals are declared once, in the provider module.
   *
   * @param providerId the provider id, such as {@code thingsmobile}
   * @return its operations
   */
  public static DocumentedOperations forEmulator(String providerId) {
    return of(providerId);
  }

  /**
   * @return the provider id
   */
  public String provider() {
    return provider;
  }

  /**
   * @param wireName an operation's documented name, such as {@code simStatus}
   * @return whether the provider documents it
   */
  public boolean declares(String wireName) {
    return intervals.containsKey(wireName);
  }

  /**
   * @param wireName an operation's documented name
   * @return its documented minimum interval between two calls, zero for none
   * @throws IllegalStateException if the provider does not document the operation
   */
  public Duration interval(String wireName) {
    Duration d = intervals.get(wireName);
    if (d == null) {
      throw new IllegalStateException(
          "'"
              + wireName
              + "' is not an operation "
              + provider
              + " declares; it declares "
              + intervals.keySet());
    }
    return d;
  }

  /**
   * @return every documented operation with its minimum interval, in documentation order
   */
  public Map<String, Duration> intervals() {
    return intervals;
  }
}
