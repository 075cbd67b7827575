package io.simbridge.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbridge.core.Capability;
import io.simbridge.core.Page;
import io.simbridge.core.PagedIterable;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.error.UnsupportedCapabilityException;
import io.simbridge.core.model.SimRef;
import io.simbridge.testkit.ProviderEmulator;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The checks every suite runs over the capabilities of its {@link Capability.Area}: capabilities
 * honest (each declared one works against the emulator, each undeclared one is refused with
 * {@link UnsupportedCapabilityException} without a request), errors typed (an unknown SIM is a
 * {@link NotFoundException}, wrong credentials an {@link AuthenticationException}). Static, so
 * that the suites, being interfaces, share them without adding public methods to test classes.
 */
final class AreaChecks {
  private AreaChecks() {}

  /** The area's capabilities, in declaration order. */
  static List<Capability> capabilities(Capability.Area area) {
    return Arrays.stream(Capability.values()).filter(c -> c.area() == area).toList();
  }

  static List<Capability> supported(ConformanceFixture f, Capability.Area area) {
    SimProvider p = f.provider();
    return capabilities(area).stream().filter(p::supports).toList();
  }

  static BiFunction<SimProvider, SimRef, Object> call(ConformanceFixture f, Capability c) {
    return Invocations.all(f).get(c);
  }

  static void declaredCapabilitiesWork(ConformanceFixture f, Capability.Area area) {
    SimProvider p = f.provider();
    for (Capability c : supported(f, area)) {
      assertDoesNotThrow(
          () -> call(f, c).apply(p, f.simFor(c)), () -> p.providerId() + " declares " + c);
    }
  }

  static void undeclaredCapabilitiesAreRefusedWithoutARequest(
      ConformanceFixture f, Capability.Area area) {
    SimProvider p = f.provider();
    ProviderEmulator<?> emulator = f.emulator();
    for (Capability c : capabilities(area)) {
      if (p.supports(c)) {
        continue;
      }
      int before = emulator.totalRequests();
      UnsupportedCapabilityException e =
          assertThrows(
              UnsupportedCapabilityException.class,
              () -> call(f, c).apply(p, f.knownSim()),
              () -> p.providerId() + " does not declare " + c);
      assertEquals(c, e.capability());
      assertEquals(p.providerId(), e.provider());
      assertEquals(before, emulator.totalRequests(), () -> "requests after refusing " + c);
    }
  }

  static void wrongCredentialsAreAnAuthenticationError(ConformanceFixture f, Capability.Area area) {
    List<Capability> supported = supported(f, area);
    if (supported.isEmpty()) {
      return;
    }
    Capability c = supported.get(0);
    try (SimProvider wrong = f.providerWithWrongCredentials()) {
      AuthenticationException t =
          assertThrows(
              AuthenticationException.class,
              () -> call(f, c).apply(wrong, f.simFor(c)),
              () -> c + " with wrong credentials");
      assertEquals(wrong.providerId(), t.provider());
    }
  }

  static void anUnknownSimIsANotFoundErrorNamingTheProvider(
      ConformanceFixture f, Capability.Area area) {
    SimProvider p = f.provider();
    for (Capability c : supported(f, area)) {
      if (!perSim(c)) {
        continue;
      }
      NotFoundException t =
          assertThrows(
              NotFoundException.class,
              () -> call(f, c).apply(p, f.unknownSim()),
              () -> c + " on an unknown SIM");
      assertEquals(p.providerId(), t.provider());
      assertFalse(t.operation().isBlank(), "the error names no operation");
    }
  }

  /** Whether a capability takes a SIM, so that an unknown one must be a typed not-found error. */
  static boolean perSim(Capability c) {
    return c.area() == Capability.Area.SIM_OPERATIONS
        || (c.area() == Capability.Area.TRAFFIC_QUERIES && c != Capability.LIST_SIMS);
  }

  /**
   * Checks that a list is lazy: no request until it is consumed, at least one when its first
   * item is asked for, and, for a list of several pages, more requests while the rest is read
   * (so the first item did not fetch everything).
   */
  static void assertLazy(ProviderEmulator<?> emulator, PagedIterable<?> list) {
    int before = emulator.totalRequests();
    Iterator<?> items = list.iterator();
    assertEquals(before, emulator.totalRequests(), "requests before the list is consumed");
    boolean more = items.hasNext();
    int afterFirst = emulator.totalRequests();
    assertTrue(afterFirst > before, "requests once the first item is asked for: none sent");
    while (more) {
      items.next();
      more = items.hasNext();
    }
    int afterAll = emulator.totalRequests();
    int pages = 0;
    for (Page<?> page : list.byPage()) {
      pages = page.number();
    }
    if (pages > 1) {
      assertTrue(afterAll > afterFirst, "no requests while reading pages 2 to " + pages);
    }
  }
}
