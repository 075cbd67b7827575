package io.simbridge.core.spi;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.config.ClientBuilder;
import io.simbridge.core.internal.http.TransportOptions;
import io.simbridge.core.internal.http.Urls;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimState;
import io.simbridge.core.model.SimStatus;
import java.util.List;
import java.util.Set;

/** A provider that exists only in tests, registered in META-INF/services. */
public final class FakeProviderFactory implements SimProviderFactory {

  /** The fake provider's client. */
  public static final class FakeClient implements AutoCloseable {
    public final String username;
    public final String baseUrl;
    public final TransportOptions options;
    public boolean closed;

    FakeClient(Builder b) {
      this.username = b.username;
      TransportOptions o = b.options();
      this.baseUrl =
          Urls.requireAllowed(
              "baseUrl", b.url().orElse("https://api.fake.example"), o.allowInsecureHttp());
      this.options = o;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Its builder, reusing the shared settings. */
  public static final class Builder extends ClientBuilder<Builder> {
    String username;

    Builder() {
      super("fake");
    }

    Builder username(String u) {
      this.username = u;
      return this;
    }

    TransportOptions options() {
      return TransportOptions.Bridge.of(this);
    }

    java.util.Optional<String> url() {
      return baseUrlOverride();
    }
  }

  /** Its neutral view: state only. */
  public static final class FakeProvider extends AbstractSimProvider<FakeClient> {
    FakeProvider(FakeClient client) {
      super("fake", Set.of(Capability.SIM_STATE), client);
    }

    @Override
    public SimStatus state(SimRef sim) {
      return SimStatus.of(SimState.ACTIVE, "on");
    }
  }

  /** For the service loader. */
  public FakeProviderFactory() {}

  @Override
  public String id() {
    return "fake";
  }

  @Override
  public String displayName() {
    return "Fake";
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.SIM_STATE);
  }

  @Override
  public List<SettingDescriptor> settings() {
    return List.of(
        new SettingDescriptor("username", "the account", true, false),
        new SettingDescriptor("token", "the API token", true, true));
  }

  @Override
  public SimProvider create(ProviderSettings settings) {
    settings.require("token");
    return new FakeProvider(
        new FakeClient(settings.applyCommon(new Builder().username(settings.require("username")))));
  }
}
