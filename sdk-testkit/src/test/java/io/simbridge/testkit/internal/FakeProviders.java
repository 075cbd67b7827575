package io.simbridge.testkit.internal;

import io.simbridge.core.Capability;
import io.simbridge.core.ProviderOperation;
import io.simbridge.core.SimProvider;
import io.simbridge.core.spi.ProviderSettings;
import io.simbridge.core.spi.SettingDescriptor;
import io.simbridge.core.spi.SimProviderFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Provider factories registered for the test kit's own tests only (META-INF/services in the test
 * resources), so the operation lookup is tested without any provider module.
 */
final class FakeProviders {
  private FakeProviders() {}

  /** A provider's operation enum, as the provider modules declare theirs. */
  enum FakeOperation implements ProviderOperation {
    READ_THING("readThing", false, Duration.ofSeconds(2)),
    WRITE_THING("writeThing", true, Duration.ZERO);

    private final String wireName;
    private final boolean write;
    private final Duration interval;

    FakeOperation(String wireName, boolean write, Duration interval) {
      this.wireName = wireName;
      this.write = write;
      this.interval = interval;
    }

    @Override
    public String provider() {
      return "fake";
    }

    @Override
    public String wireName() {
      return wireName;
    }

    @Override
    public boolean isWrite() {
      return write;
    }

    @Override
    public Duration documentedInterval() {
      return interval;
    }
  }

  /** Shared by the fakes: nothing but an id and operations. */
  abstract static class Base implements SimProviderFactory {
    @Override
    public String displayName() {
      return id();
    }

    @Override
    public Set<Capability> capabilities() {
      return Set.of();
    }

    @Override
    public List<SettingDescriptor> settings() {
      return List.of();
    }

    @Override
    public SimProvider create(ProviderSettings settings) {
      throw new UnsupportedOperationException("a fake");
    }
  }

  /** Declares its operations, as every provider factory should. */
  public static final class Declaring extends Base {
    @Override
    public String id() {
      return "fake";
    }

    @Override
    public List<ProviderOperation> operations() {
      return List.of(FakeOperation.values());
    }
  }

  /** Declares none, as the factories did before issue 16. */
  public static final class Silent extends Base {
    @Override
    public String id() {
      return "fake-silent";
    }
  }

  /** Lists another provider's operations as its own. */
  public static final class Borrowing extends Base {
    @Override
    public String id() {
      return "fake-borrowing";
    }

    @Override
    public List<ProviderOperation> operations() {
      return List.of(FakeOperation.values());
    }
  }
}
