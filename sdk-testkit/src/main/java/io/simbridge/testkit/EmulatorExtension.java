package io.simbridge.testkit;

import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs an emulator for a test class: started before the first test, reset before each test,
 * stopped after the last.
 *
 * <pre>{@code
 * @RegisterExtension
 * static EmulatorExtension<ThingsMobileEmulator> tm = EmulatorExtension.of(ThingsMobileEmulator::new);
 *
 * @Test
 * void blocksASim() {
 *   ThingsMobileClient client = ThingsMobileClient.builder().baseUrl(tm.emulator().baseUrl())...
 * }
 * }</pre>
 *
 * <p>Registered on an instance field instead of a static one, it starts and stops around each
 * test.
 *
 * @param <E> the emulator type
 */
public final class EmulatorExtension<E extends ProviderEmulator<E>>
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
  private final Supplier<E> factory;
  private E emulator;
  private boolean perTest;

  private EmulatorExtension(Supplier<E> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /**
   * @param factory creates the emulator, such as {@code ThingsMobileEmulator::new}
   * @param <E>     the emulator type
   * @return the extension
   */
  public static <E extends ProviderEmulator<E>> EmulatorExtension<E> of(Supplier<E> factory) {
    return new EmulatorExtension<>(factory);
  }

  /** @return the running emulator */
  public E emulator() {
    if (emulator == null) {
      throw new IllegalStateException("the emulator starts before the first test");
    }
    return emulator;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    emulator = factory.get().start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (emulator == null) {
      perTest = true;
      emulator = factory.get().start();
    }
    emulator.reset();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perTest) {
      emulator.stop();
      emulator = null;
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (emulator != null) {
      emulator.stop();
      emulator = null;
    }
  }
}
