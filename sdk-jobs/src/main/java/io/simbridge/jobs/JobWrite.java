package io.simbridge.jobs;

import io.simbridge.core.SimOperations;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.DataLimit;
import io.simbridge.core.model.DataLimits;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.SimRef;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One neutral write with its arguments, as a job runs it on each of its SIMs: built with one
 * factory per {@link WriteOperation}, such as {@code JobWrite.sendSms("APN=iot")}. Immutable;
 * two writes are equal when their operation and arguments are.
 */
public final class JobWrite {
  private final WriteOperation operation;
  private final Map<String, String> arguments;

  private JobWrite(WriteOperation operation, Map<String, String> arguments) {
    this.operation = operation;
    this.arguments = java.util.Collections.unmodifiableMap(new TreeMap<>(arguments));
  }

  /** @return activate each SIM */
  public static JobWrite activate() {
    return new JobWrite(WriteOperation.ACTIVATE, Map.of());
  }

  /** @return suspend each SIM */
  public static JobWrite suspend() {
    return new JobWrite(WriteOperation.SUSPEND, Map.of());
  }

  /** @return resume each SIM */
  public static JobWrite resume() {
    return new JobWrite(WriteOperation.RESUME, Map.of());
  }

  /** @return disconnect each SIM, forcing it to attach again */
  public static JobWrite disconnect() {
    return new JobWrite(WriteOperation.DISCONNECT, Map.of());
  }

  /**
   * @param name the new name of every SIM, not blank
   * @return rename each SIM
   */
  public static JobWrite rename(String name) {
    return new JobWrite(WriteOperation.RENAME, Map.of("name", notBlank("name", name)));
  }

  /**
   * @param tag the new tag of every SIM, not blank
   * @return tag each SIM
   */
  public static JobWrite tag(String tag) {
    return new JobWrite(WriteOperation.TAG, Map.of("tag", notBlank("tag", tag)));
  }

  /**
   * @param date            the expiry date
   * @param suspendOnExpiry whether the provider suspends the SIM on that date
   * @return set each SIM's expiry
   */
  public static JobWrite setExpiry(LocalDate date, boolean suspendOnExpiry) {
    Objects.requireNonNull(date, "date");
    return new JobWrite(
        WriteOperation.SET_EXPIRY,
        Map.of("date", date.toString(), "suspendOnExpiry", String.valueOf(suspendOnExpiry)));
  }

  /**
   * @param limits the daily, monthly and total thresholds
   * @return set each SIM's thresholds
   */
  public static JobWrite setDataLimits(DataLimits limits) {
    Objects.requireNonNull(limits, "limits");
    Map<String, String> a = new TreeMap<>();
    limit(a, "daily", limits.daily());
    limit(a, "monthly", limits.monthly());
    limit(a, "total", limits.total());
    return new JobWrite(WriteOperation.SET_DATA_LIMITS, a);
  }

  /**
   * @param amount the data to add to each SIM, more than zero
   * @return top each SIM up
   */
  public static JobWrite topUp(DataVolume amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.bytes() <= 0) {
      throw new InvalidInputException(
          "amount", amount + " adds nothing", "a volume of more than 0 bytes");
    }
    return new JobWrite(WriteOperation.TOP_UP, Map.of("bytes", String.valueOf(amount.bytes())));
  }

  /**
   * @param text the message, not blank; each provider checks its own length limit
   * @return send each SIM an SMS
   */
  public static JobWrite sendSms(String text) {
    return new JobWrite(WriteOperation.SEND_SMS, Map.of("text", notBlank("text", text)));
  }

  /**
   * @param planId the provider's plan id, not blank
   * @return move each SIM to that plan
   */
  public static JobWrite changePlan(String planId) {
    return new JobWrite(WriteOperation.CHANGE_PLAN, Map.of("planId", notBlank("planId", planId)));
  }

  /**
   * Rebuilds a write from what {@link #operation()} and {@link #arguments()} returned, as the
   * journal stores it.
   *
   * @param operation the operation
   * @param arguments its arguments
   * @return the write, checked as its factory checks it
   */
  public static JobWrite of(WriteOperation operation, Map<String, String> arguments) {
    Objects.requireNonNull(operation, "operation");
    Map<String, String> a = Objects.requireNonNull(arguments, "arguments");
    try {
      return switch (operation) {
        case ACTIVATE -> activate();
        case SUSPEND -> suspend();
        case RESUME -> resume();
        case DISCONNECT -> disconnect();
        case RENAME -> rename(a.get("name"));
        case TAG -> tag(a.get("tag"));
        case SET_EXPIRY ->
            setExpiry(
                LocalDate.parse(a.get("date")), Boolean.parseBoolean(a.get("suspendOnExpiry")));
        case SET_DATA_LIMITS ->
            setDataLimits(
                new DataLimits(limit(a, "daily"), limit(a, "monthly"), limit(a, "total")));
        case TOP_UP -> topUp(DataVolume.ofBytes(Long.parseLong(a.get("bytes"))));
        case SEND_SMS -> sendSms(a.get("text"));
        case CHANGE_PLAN -> changePlan(a.get("planId"));
      };
    } catch (NullPointerException | java.time.DateTimeException | NumberFormatException e) {
      throw new InvalidInputException(
          "arguments",
          "are not those of " + operation + ": " + a.keySet(),
          "the arguments its JobWrite factory takes");
    }
  }

  /** @return the operation */
  public WriteOperation operation() {
    return operation;
  }

  /** @return the arguments by name, such as {@code text} for an SMS; empty when it takes none */
  public Map<String, String> arguments() {
    return arguments;
  }

  /** Sends this write for one SIM; the provider checks its input and capability first. */
  void sendTo(SimOperations provider, SimRef sim) {
    switch (operation) {
      case ACTIVATE -> provider.activate(sim);
      case SUSPEND -> provider.suspend(sim);
      case RESUME -> provider.resume(sim);
      case DISCONNECT -> provider.disconnect(sim);
      case RENAME -> provider.rename(sim, arguments.get("name"));
      case TAG -> provider.tag(sim, arguments.get("tag"));
      case SET_EXPIRY ->
          provider.setExpiry(
              sim,
              LocalDate.parse(arguments.get("date")),
              Boolean.parseBoolean(arguments.get("suspendOnExpiry")));
      case SET_DATA_LIMITS ->
          provider.setDataLimits(
              sim,
              new DataLimits(
                  limit(arguments, "daily"),
                  limit(arguments, "monthly"),
                  limit(arguments, "total")));
      case TOP_UP ->
          provider.topUp(sim, DataVolume.ofBytes(Long.parseLong(arguments.get("bytes"))));
      case SEND_SMS -> provider.sendSms(sim, arguments.get("text"));
      case CHANGE_PLAN -> provider.changePlan(sim, arguments.get("planId"));
    }
  }

  private static void limit(Map<String, String> into, String name, DataLimit limit) {
    into.put(name + "Bytes", String.valueOf(limit.volume().bytes()));
    into.put(name + "Suspends", String.valueOf(limit.suspendWhenReached()));
  }

  private static DataLimit limit(Map<String, String> from, String name) {
    return new DataLimit(
        DataVolume.ofBytes(Long.parseLong(from.get(name + "Bytes"))),
        Boolean.parseBoolean(from.get(name + "Suspends")));
  }

  private static String notBlank(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(
          field, value == null ? "is missing" : "is blank", "a non-blank text");
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JobWrite w && w.operation == operation && w.arguments.equals(arguments);
  }

  @Override
  public int hashCode() {
    return operation.hashCode() * 31 + arguments.hashCode();
  }

  @Override
  public String toString() {
    return operation + (arguments.isEmpty() ? "" : arguments.toString());
  }
}
