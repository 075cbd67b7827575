package io.simbridge.core;

/**
 * One configured provider seen through the neutral API: every operation of
 * {@link SimOperations}, {@link TrafficQueries} and {@link ReportQueries}, of which it supports
 * those in {@link #capabilities()}.
 *
 * <p>Obtain one from a provider client ({@code ThingsMobileClient.asSimProvider()}) or from
 * {@link SimProviders}. Thread-safe; share one instance per set of credentials, and close it
 * when done.
 */
public interface SimProvider extends SimOperations, TrafficQueries, ReportQueries, AutoCloseable {

  /** Closes the provider client behind this view. Calls made afterwards fail. */
  @Override
  void close();
}
