package io.simbridge.cli;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.SimProviders;
import io.simbridge.core.time.ManualClock;
import io.simbridge.fleet.RoutingRule;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.testkit.ProviderEmulator;
import io.simbridge.testkit.freebit.FreebitEmulator;
import io.simbridge.testkit.horisen.HorisenEmulator;
import io.simbridge.testkit.m2miportal.M2mIportalEmulator;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import io.simbridge.thingsmobile.ThingsMobileClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The embedded sandbox behind {@code --sandbox}: the test kit's four emulators on loopback ports,
 * with seeded SIMs, and a client for each. Emulators and clients share one fast-forward clock, so
 * documented call limits (5 s between two Things Mobile simStatus calls) pass at once. An emulator
 * starts only when a command first calls its provider: a web server costs a second of CPU.
 *
 * <p>Every run starts from the same seed: a write changes the emulator only for the rest of that
 * run. Seeded identifiers: Things Mobile MSISDNs {@code 882361000000000} onward (ICCIDs
 * {@code 89445013121...}) and the documented sandbox MSISDNs {@code 882360000000001..5}; M2M
 * iPortal ICCIDs {@code 8944300000000000008} onward; freebit numbers {@code 819000000000} onward
 * (national {@code 09000000000}) and share groups {@code AAA0_00000000001..3}; HORISEN reports
 * from 2024-10-01.
 */
final class Sandbox implements AutoCloseable {
  /** The sandbox's fixed start time, so that every run sees the same data. */
  static final Instant START = Instant.parse("2026-06-01T08:00:00Z");

  private final ManualClock clock = new ManualClock(START);
  private final ThingsMobileEmulator thingsMobile =
      ThingsMobileEmulator.builder().clock(clock).generatedSims(40).build();
  private final M2mIportalEmulator m2m =
      M2mIportalEmulator.builder().clock(clock).generatedSims(24).build();
  private final FreebitEmulator freebit =
      FreebitEmulator.builder().clock(clock).phoneNumbers(20).build();
  private final HorisenEmulator horisen =
      HorisenEmulator.builder().clock(clock).reportRows(40).build();
  private final List<ProviderEmulator<?>> emulators = List.of(thingsMobile, m2m, freebit, horisen);
  private Path jobsFolder;

  /** @return the routes that send each seeded identifier to its provider */
  static List<RoutingRule> routes() {
    return List.of(
        RoutingRule.msisdnPrefix("88236", "thingsmobile"),
        RoutingRule.iccidPrefix("8944501", "thingsmobile"),
        RoutingRule.iccidPrefixRange("894430", "894439", "m2miportal"),
        RoutingRule.msisdnPrefix("8190", "freebit"));
  }

  /**
   * Starts all four emulators at once, in parallel.
   *
   * @return this sandbox
   */
  Sandbox start() {
    CompletableFuture.allOf(
            emulators.stream()
                .map(e -> CompletableFuture.runAsync(e::start))
                .toArray(CompletableFuture[]::new))
        .join();
    return this;
  }

  /** Restores every emulator's seeded data, so that a sandbox can serve several runs alike. */
  void reset() {
    emulators.forEach(ProviderEmulator::reset);
  }

  /**
   * A provider for each emulator. Each starts its emulator and builds its client on its first call
   * beyond {@code providerId}, {@code capabilities} and {@code supports}; closing one leaves its
   * emulator running.
   *
   * @return the providers, by id
   */
  Map<String, SimProvider> providers() {
    Map<String, SimProvider> providers = new LinkedHashMap<>();
    providers.put(
        "thingsmobile",
        lazy(
            "thingsmobile",
            () ->
                ThingsMobileClient.builder()
                    .baseUrl(thingsMobile.start().baseUrl())
                    .username(ThingsMobileEmulator.USERNAME)
                    .token(ThingsMobileEmulator.TOKEN)
                    .clock(clock)
                    .sleeper(clock)
                    .build()
                    .asSimProvider()));
    providers.put(
        "m2miportal",
        lazy(
            "m2miportal",
            () ->
                M2mIportalClient.builder()
                    .baseUrl(m2m.start().baseUrl())
                    .username(M2mIportalEmulator.USERNAME)
                    .password(M2mIportalEmulator.PASSWORD)
                    .apiId(M2mIportalEmulator.API_ID)
                    .clock(clock)
                    .sleeper(clock)
                    .build()
                    .asSimProvider()));
    providers.put(
        "freebit",
        lazy(
            "freebit",
            () ->
                FreebitClient.builder()
                    .baseUrl(freebit.start().baseUrl())
                    .oemCredentials(FreebitEmulator.OEM_ID, FreebitEmulator.OEM_KEY)
                    .clock(clock)
                    .sleeper(clock)
                    .build()
                    .asSimProvider()));
    providers.put(
        "horisen",
        lazy(
            "horisen",
            () ->
                HorisenClient.builder()
                    .baseUrl(horisen.start().baseUrl() + "/bulk/traffic-report/v2")
                    .tokenUrl(horisen.tokenUrl())
                    .clientCredentials(HorisenEmulator.CLIENT_ID, HorisenEmulator.CLIENT_SECRET)
                    .clock(clock)
                    .sleeper(clock)
                    .build()
                    .asSimProvider()));
    return providers;
  }

  /** A provider answering what it is from its factory, and building the real one on first use. */
  private static SimProvider lazy(String id, Supplier<SimProvider> build) {
    Set<Capability> capabilities = SimProviders.factory(id).capabilities();
    InvocationHandler handler =
        new InvocationHandler() {
          private SimProvider real;

          private synchronized SimProvider real() {
            if (real == null) {
              real = build.get();
            }
            return real;
          }

          private synchronized void closeReal() {
            if (real != null) {
              real.close();
            }
          }

          @Override
          public Object invoke(Object proxy, java.lang.reflect.Method m, Object[] args)
              throws Throwable {
            return switch (m.getName()) {
              case "providerId" -> id;
              case "capabilities" -> capabilities;
              case "supports" -> capabilities.contains(args[0]);
              case "close" -> {
                closeReal();
                yield null;
              }
              case "toString" -> "sandbox " + id;
              case "hashCode" -> System.identityHashCode(proxy);
              case "equals" -> proxy == args[0];
              default -> {
                try {
                  yield m.invoke(real(), args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              }
            };
          }
        };
    return (SimProvider)
        Proxy.newProxyInstance(
            SimProvider.class.getClassLoader(), new Class<?>[] {SimProvider.class}, handler);
  }

  /** @return the freebit share groups, which the fleet reaches by account id */
  List<String> freebitShareGroups() {
    return freebit.shareGroups();
  }

  /** @return the Things Mobile emulator */
  ThingsMobileEmulator thingsMobile() {
    return thingsMobile;
  }

  /** @return the M2M iPortal emulator */
  M2mIportalEmulator m2m() {
    return m2m;
  }

  /**
   * @return the jobs' journal of this sandbox: a file in a temporary folder, deleted on
   *         {@link #close()}, so sandbox jobs never mix with real ones
   */
  synchronized Path jobsFile() {
    if (jobsFolder == null) {
      try {
        jobsFolder = Files.createTempDirectory("simbridge-sandbox-jobs");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the sandbox's jobs folder", e);
      }
    }
    return jobsFolder.resolve("jobs.db");
  }

  /** Stops every emulator that was started, and deletes the sandbox's jobs. */
  @Override
  public void close() {
    emulators.forEach(ProviderEmulator::stop);
    synchronized (this) {
      if (jobsFolder != null) {
        try (Stream<Path> files = Files.list(jobsFolder)) {
          for (Path f : files.toList()) {
            Files.deleteIfExists(f);
          }
          Files.deleteIfExists(jobsFolder);
        } catch (IOException e) {
          // A temporary folder left behind is harmless; the run's result stands.
        }
      }
    }
  }
}
