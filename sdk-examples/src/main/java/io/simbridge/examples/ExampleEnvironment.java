package io.simbridge.examples;

import io.simbridge.core.SimProvider;
import io.simbridge.core.SimProviders;
import io.simbridge.core.config.ClientBuilder;
import io.simbridge.core.observe.CallListener;
import io.simbridge.core.time.ManualClock;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.testkit.ProviderEmulator;
import io.simbridge.testkit.freebit.FreebitEmulator;
import io.simbridge.testkit.horisen.HorisenEmulator;
import io.simbridge.testkit.m2miportal.M2mIportalEmulator;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import io.simbridge.thingsmobile.ThingsMobileClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the examples send their calls. For each provider: to the real service (or any endpoint)
 * when at least one {@code SIMBRIDGE_<PROVIDER>_*} environment variable is set, built exactly as
 * {@link SimProviders#fromEnvironment()} builds it; otherwise to an embedded emulator from
 * {@code sdk-testkit}, started on a free loopback port.
 *
 * <p>Emulators and their clients share one fast-forward clock, so documented call limits (5 s
 * between two Things Mobile simStatus calls, say) pass instantly; against a real service they
 * take their real time.
 *
 * <p>Against a real service the examples only read, unless
 * {@code SIMBRIDGE_EXAMPLES_ALLOW_WRITES=true}: renaming, recharging or suspending someone's real
 * SIM is not something an example should do on its own.
 */
final class ExampleEnvironment implements AutoCloseable {
  private final Map<String, String> env;
  private final Map<String, SimProvider> configured;
  private final ManualClock clock = new ManualClock(Instant.parse("2026-06-01T08:00:00Z"));
  private final List<ProviderEmulator<?>> started = new ArrayList<>();
  private final List<CallListener> listeners = new ArrayList<>();

  ExampleEnvironment(Map<String, String> env) {
    this.env = env;
    this.configured = SimProviders.fromEnvironment(env);
  }

  /** @return whether the provider runs against its embedded emulator */
  boolean emulated(String provider) {
    return !configured.containsKey(provider);
  }

  /** @return whether examples may write to this provider */
  boolean writesAllowed(String provider) {
    return emulated(provider)
        || Boolean.parseBoolean(env.getOrDefault("SIMBRIDGE_EXAMPLES_ALLOW_WRITES", "false"));
  }

  /** @return an example-specific setting, {@code SIMBRIDGE_EXAMPLES_<NAME>} */
  Optional<String> setting(String name) {
    return Optional.ofNullable(env.get("SIMBRIDGE_EXAMPLES_" + name.toUpperCase(Locale.ROOT)))
        .filter(v -> !v.isBlank());
  }

  /** @return where a provider's calls go, for the examples' headings */
  String target(String provider) {
    return emulated(provider)
        ? "embedded emulator (fast-forward clock)"
        : "configured from SIMBRIDGE_" + provider.toUpperCase(Locale.ROOT) + "_* variables";
  }

  /**
   * Every emulated client built from now on reports its calls to {@code listener}. (A client
   * configured from the environment is built by {@link SimProviders}, which takes no listener.)
   */
  void listen(CallListener listener) {
    listeners.add(listener);
  }

  private <B extends ClientBuilder<B>> B observed(B builder) {
    listeners.forEach(builder::addListener);
    return builder;
  }

  private <E extends ProviderEmulator<E>> E start(E emulator) {
    started.add(emulator.start());
    return emulator;
  }

  ThingsMobileEmulator thingsMobileEmulator;
  M2mIportalEmulator m2mEmulator;
  FreebitEmulator freebitEmulator;
  HorisenEmulator horisenEmulator;

  ThingsMobileClient thingsMobile() {
    if (!emulated("thingsmobile")) {
      return configured.get("thingsmobile").unwrap(ThingsMobileClient.class);
    }
    if (thingsMobileEmulator == null) {
      thingsMobileEmulator =
          start(ThingsMobileEmulator.builder().clock(clock).generatedSims(400).build());
    }
    return observed(ThingsMobileClient.builder())
        .baseUrl(thingsMobileEmulator.baseUrl())
        .username(ThingsMobileEmulator.USERNAME)
        .token(ThingsMobileEmulator.TOKEN)
        .clock(clock)
        .sleeper(clock)
        .build();
  }

  M2mIportalClient m2mIportal() {
    if (!emulated("m2miportal")) {
      return configured.get("m2miportal").unwrap(M2mIportalClient.class);
    }
    if (m2mEmulator == null) {
      m2mEmulator = start(M2mIportalEmulator.builder().clock(clock).generatedSims(400).build());
    }
    return observed(M2mIportalClient.builder())
        .baseUrl(m2mEmulator.baseUrl())
        .username(M2mIportalEmulator.USERNAME)
        .password(M2mIportalEmulator.PASSWORD)
        .apiId(M2mIportalEmulator.API_ID)
        .clock(clock)
        .sleeper(clock)
        .build();
  }

  FreebitClient freebit() {
    if (!emulated("freebit")) {
      return configured.get("freebit").unwrap(FreebitClient.class);
    }
    if (freebitEmulator == null) {
      freebitEmulator = start(FreebitEmulator.builder().clock(clock).phoneNumbers(200).build());
    }
    return observed(FreebitClient.builder())
        .baseUrl(freebitEmulator.baseUrl())
        .oemCredentials(FreebitEmulator.OEM_ID, FreebitEmulator.OEM_KEY)
        .clock(clock)
        .sleeper(clock)
        .build();
  }

  HorisenClient horisen() {
    if (!emulated("horisen")) {
      return configured.get("horisen").unwrap(HorisenClient.class);
    }
    if (horisenEmulator == null) {
      horisenEmulator = start(HorisenEmulator.builder().clock(clock).reportRows(40).build());
    }
    return observed(HorisenClient.builder())
        .baseUrl(horisenEmulator.baseUrl() + "/bulk/traffic-report/v2")
        .tokenUrl(horisenEmulator.tokenUrl())
        .clientCredentials(HorisenEmulator.CLIENT_ID, HorisenEmulator.CLIENT_SECRET)
        .clock(clock)
        .sleeper(clock)
        .build();
  }

  @Override
  public void close() {
    configured.values().forEach(SimProvider::close);
    started.forEach(ProviderEmulator::stop);
  }
}
