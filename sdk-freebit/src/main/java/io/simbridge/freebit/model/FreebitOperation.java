package io.simbridge.freebit.model;

import io.simbridge.core.ProviderOperation;
import java.time.Duration;

/**
 * freebit's operations, named as its documentation and its URLs name them. Both are reads:
 * obtaining a key or reading traffic twice changes nothing at freebit.
 */
public enum FreebitOperation implements ProviderOperation {
  /** OEM authentication: obtains the {@code authKey} the other calls carry. */
  AUTH_OEM("authOem", Duration.ZERO),
  /**
   * PA05-01 MVNO traffic information. Its interval of one second is simbridge's reading of the
   * documentation, not a number freebit gives: freebit forbids using this API for bulk retrieval
   * across an operator's SIMs but states no rate. simbridge declares it as the documented interval
   * all the same, because it is what every client enforces unless told otherwise
   * ({@code callInterval(FreebitOperation.GET_TRAFFIC_INFO, ...)}), and what tools reading
   * {@link #documentedInterval()} (emulators, metrics) must expect; it keeps a loop over many
   * accounts from becoming a bulk retrieval.
   */
  GET_TRAFFIC_INFO("getTrafficInfo", Duration.ofSeconds(1));

  // The provider id; the model may not import the client.
  private static final String PROVIDER = "freebit";

  private final String wireName;
  private final Duration interval;

  FreebitOperation(String wireName, Duration interval) {
    this.wireName = wireName;
    this.interval = interval;
  }

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  @Override
  public boolean isWrite() {
    return false;
  }

  @Override
  public Duration documentedInterval() {
    return interval;
  }
}
