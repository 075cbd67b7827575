package io.simbridge.core;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * One documented operation of one provider, named by a constant instead of a string. Each
 * provider module declares its operations as an enum in its {@code model} package
 * ({@code ThingsMobileOperation}, {@code HorisenOperation}, {@code FreebitOperation},
 * {@code M2mIportalOperation}) implementing this interface, so a builder setting, a listener
 * event, a metric tag or a job names an operation the compiler checks.
 */
public interface ProviderOperation {

  /**
   * The constant's name, as the enum that implements this interface declares it.
   *
   * @return the Java name, such as {@code SIM_STATUS}
   */
  String name();

  /**
   * The provider that documents this operation.
   *
   * @return the provider id, such as {@code thingsmobile}
   */
  String provider();

  /**
   * The operation's name in the provider's documentation and on the wire.
   *
   * @return the documented name, such as {@code simStatus} or {@code query_last_mo_traffic}
   */
  String wireName();

  /**
   * Whether the operation changes something at the provider. A write is never sent twice by
   * simbridge on its own.
   *
   * @return {@code true} for a write, {@code false} for a read
   */
  boolean isWrite();

  /**
   * The documented minimum time between two calls of this operation on one account.
   *
   * @return the interval, {@link Duration#ZERO} when the documentation sets none
   */
  Duration documentedInterval();

  /**
   * The largest page size the documentation allows, for a listing operation.
   *
   * @return the maximum, empty when the operation does not page or the documentation is silent
   */
  default OptionalInt maxPageSize() {
    return OptionalInt.empty();
  }
}
