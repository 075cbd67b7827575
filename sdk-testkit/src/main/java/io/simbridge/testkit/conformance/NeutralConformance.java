package io.simbridge.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.error.UnsupportedCapabilityException;
import io.simbridge.core.model.SimRef;
import io.simbridge.testkit.ProviderEmulator;
import io.simbridge.core.Page;
import io.simbridge.core.PagedIterable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The checks every neutral interface shares, run over the capabilities of one
 * {@link Capability.Area}: capabilities honest (each declared one works against the emulator,
 * each undeclared one is refused with {@link UnsupportedCapabilityException} without a request),
 * errors typed (an unknown SIM is a {@link NotFoundException}, wrong credentials an
 * {@link AuthenticationException}).
 */
abstract class NeutralConformance {
  private final Capability.Area area;

  NeutralConformance(Capability.Area area) {
    this.area = area;
  }

  /**
   * @return the provider module's fixture: its neutral view against a running emulator, and SIMs
   *     the emulator knows
   */
  protected abstract ConformanceFixture fixture();

  @BeforeEach
  void resetEmulator() {
    fixture().emulator().reset();
  }

  final SimProvider provider() {
    return fixture().provider();
  }

  final ProviderEmulator<?> emulator() {
    return fixture().emulator();
  }

  final SimRef knownSim() {
    return fixture().knownSim();
  }

  final SimRef simFor(Capability c) {
    return fixture().simFor(c);
  }

  /** @return the area's capabilities, in declaration order */
  final List<Capability> capabilities() {
    return Arrays.stream(Capability.values()).filter(c -> c.area() == area).toList();
  }

  final List<Capability> supported() {
    SimProvider p = provider();
    return capabilities().stream().filter(p::supports).toList();
  }

  final BiFunction<SimProvider, SimRef, Object> call(Capability c) {
    return Invocations.all(fixture()).get(c);
  }

  @Test
  void everyDeclaredCapabilityWorksAgainstTheEmulator() {
    SimProvider p = provider();
    for (Capability c : supported()) {
      assertDoesNotThrow(() -> call(c).apply(p, simFor(c)), () -> p.providerId() + " declares " + c);
    }
  }

  @Test
  void everyUndeclaredCapabilityIsRefusedWithoutARequest() {
    SimProvider p = provider();
    for (Capability c : capabilities()) {
      if (p.supports(c)) {
        continue;
      }
      int before = emulator().totalRequests();
      UnsupportedCapabilityException e = assertThrows(UnsupportedCapabilityException.class,
          () -> call(c).apply(p, knownSim()), () -> p.providerId() + " does not declare " + c);
      assertEquals(c, e.capability());
      assertEquals(p.providerId(), e.provider());
      assertEquals(before, emulator().totalRequests(), () -> "requests after refusing " + c);
    }
  }

  @Test
  void capabilitiesAreAStableSetTheViewAgreesWith() {
    SimProvider p = provider();
    assertEquals(provider().capabilities(), p.capabilities());
    for (Capability c : Capability.values()) {
      assertEquals(p.capabilities().contains(c), p.supports(c), () -> "supports(" + c + ")");
    }
  }

  @Test
  void wrongCredentialsAreAnAuthenticationError() {
    List<Capability> supported = supported();
    if (supported.isEmpty()) {
      return;
    }
    Capability c = supported.get(0);
    try (SimProvider wrong = fixture().providerWithWrongCredentials()) {
      AuthenticationException t = assertThrows(AuthenticationException.class,
          () -> call(c).apply(wrong, simFor(c)), () -> c + " with wrong credentials");
      assertEquals(wrong.providerId(), t.provider());
    }
  }

  /**
   * @param c a capability
   * @return whether it takes a SIM, so that an unknown one must be a typed not-found error
   */
  static boolean perSim(Capability c) {
    return c.area() == Capability.Area.SIM_OPERATIONS
        || (c.area() == Capability.Area.TRAFFIC_QUERIES && c != Capability.LIST_SIMS);
  }

  /**
   * Checks that a list is lazy: no request until it is consumed, at least one when its first
   * item is asked for, and, for a list of several pages, more requests while the rest is read
   * (so the first item did not fetch everything).
   *
   * @param list a list returned by the neutral view
   */
  final void assertLazy(PagedIterable<?> list) {
    int before = emulator().totalRequests();
    Iterator<?> items = list.iterator();
    assertEquals(before, emulator().totalRequests(), "requests before the list is consumed");
    items.hasNext();
    int afterFirst = emulator().totalRequests();
    assertTrue(afterFirst > before, "requests once the first item is asked for: none sent");
    while (items.hasNext()) {
      items.next();
    }
    int afterAll = emulator().totalRequests();
    int pages = 0;
    for (Page<?> page : list.byPage()) {
      pages = page.number();
    }
    if (pages > 1) {
      assertTrue(afterAll > afterFirst, "no requests while reading pages 2 to " + pages);
    }
  }

  @Test
  void anUnknownSimIsANotFoundErrorNamingTheProvider() {
    SimProvider p = provider();
    for (Capability c : supported()) {
      if (!perSim(c)) {
        continue;
      }
      NotFoundException t = assertThrows(NotFoundException.class,
          () -> call(c).apply(p, fixture().unknownSim()), () -> c + " on an unknown SIM");
      assertEquals(p.providerId(), t.provider());
      assertFalse(t.operation().isBlank(), "the error names no operation");
    }
  }
}
