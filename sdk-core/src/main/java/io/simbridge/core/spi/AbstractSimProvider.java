package io.simbridge.core.spi;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The parts every provider's neutral view shares: its id, its capability set, {@code unwrap}
 * to the provider client, and {@code close}. A provider overrides the operations it supports;
 * the others refuse with {@link io.simbridge.core.error.UnsupportedCapabilityException}.
 *
 * @param <C> the provider client type
 */
public abstract class AbstractSimProvider<C extends AutoCloseable> implements SimProvider {
  private final String providerId;
  private final Set<Capability> capabilities;
  private final C client;

  /**
   * @param providerId   the provider id
   * @param capabilities what this view supports
   * @param client       the provider client it wraps
   */
  protected AbstractSimProvider(String providerId, Set<Capability> capabilities, C client) {
    this.providerId = Objects.requireNonNull(providerId, "providerId");
    this.capabilities =
        capabilities.isEmpty()
            ? Set.of()
            : java.util.Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
    this.client = Objects.requireNonNull(client, "client");
  }

  /** @return the provider client this view wraps */
  protected final C client() {
    return client;
  }

  @Override
  public final String providerId() {
    return providerId;
  }

  @Override
  public final Set<Capability> capabilities() {
    return capabilities;
  }

  @Override
  public final <T> T unwrap(Class<T> type) {
    if (type.isInstance(client)) {
      return type.cast(client);
    }
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new IllegalArgumentException(
        providerId
            + " view wraps a "
            + client.getClass().getSimpleName()
            + ", not a "
            + type.getName());
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("closing the " + providerId + " client failed", e);
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + client + "]";
  }
}
