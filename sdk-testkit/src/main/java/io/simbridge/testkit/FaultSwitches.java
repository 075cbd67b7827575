package io.simbridge.testkit;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The faults an emulator currently injects: per operation, or for all of them. Thread-safe.
 */
public final class FaultSwitches {
  private static final String ALL = "*";

  private final Map<String, Slot> switches = new ConcurrentHashMap<>();

  FaultSwitches() {}

  /**
   * @param operation the provider operation, such as {@code simStatus}
   * @param fault     the fault to inject into its answers
   * @return these switches
   */
  public FaultSwitches inject(String operation, EmulatorFault fault) {
    switches.put(Objects.requireNonNull(operation, "operation"), new Slot(fault));
    return this;
  }

  /**
   * @param fault the fault to inject into every answer
   * @return these switches
   */
  public FaultSwitches injectAll(EmulatorFault fault) {
    return inject(ALL, fault);
  }

  /**
   * @param operation stop injecting faults into this operation's answers
   * @return these switches
   */
  public FaultSwitches clear(String operation) {
    switches.remove(operation);
    return this;
  }

  /**
   * Stops every fault.
   *
   * @return these switches
   */
  public FaultSwitches clear() {
    switches.clear();
    return this;
  }

  /** Takes the fault for one answer of {@code operation}, counting down limited faults. */
  Optional<EmulatorFault> take(String operation) {
    Optional<EmulatorFault> own = take(switches.get(operation), operation);
    return own.isPresent() ? own : take(switches.get(ALL), ALL);
  }

  private Optional<EmulatorFault> take(Slot slot, String key) {
    if (slot == null) {
      return Optional.empty();
    }
    synchronized (slot) {
      if (slot.left == 0) {
        switches.remove(key, slot);
        return Optional.empty();
      }
      if (slot.left > 0) {
        slot.left--;
      }
      return Optional.of(slot.fault);
    }
  }

  private static final class Slot {
    final EmulatorFault fault;
    int left;

    Slot(EmulatorFault fault) {
      this.fault = Objects.requireNonNull(fault, "fault");
      this.left = fault.times();
    }
  }
}
