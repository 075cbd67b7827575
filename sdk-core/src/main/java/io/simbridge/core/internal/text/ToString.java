package io.simbridge.core.internal.text;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The one {@code toString()} of the model records, so that what people read in logs is plain:
 * {@code SimInfo[msisdn=882360000000001, name=sim-00001, status=ACTIVE, cdrs=25 items]}. A present
 * {@code Optional} (or {@code OptionalLong}, {@code OptionalInt}, {@code OptionalDouble}) prints
 * its value, an empty one or {@code null} is left out, a collection of more than
 * {@value #LISTED} elements prints as its count, and every other value prints its own
 * {@code toString()} ({@code DataVolume} and {@code Money} have a readable one). Each value is
 * passed through {@link Printable#escape} so that text from a provider cannot forge a log line.
 */
public final class ToString {
  /** Collections up to this size print their elements; larger ones print their count. */
  static final int LISTED = 3;

  private static final ClassValue<RecordComponent[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
          return type.getRecordComponents();
        }
      };

  private ToString() {}

  /**
   * @param record any record in a package its module exports
   * @return the record's simple name and its present components, in declaration order
   */
  public static String of(Record record) {
    StringBuilder sb = new StringBuilder(record.getClass().getSimpleName()).append('[');
    boolean first = true;
    for (RecordComponent component : COMPONENTS.get(record.getClass())) {
      String shown = show(read(record, component.getAccessor()));
      if (shown != null) {
        sb.append(first ? "" : ", ").append(component.getName()).append('=').append(shown);
        first = false;
      }
    }
    return sb.append(']').toString();
  }

  /**
   * @param value a component value
   * @return how it prints, or {@code null} when it is absent and is left out
   */
  static String show(Object value) {
    Object plain = unwrap(value);
    if (plain == null) {
      return null;
    }
    if (plain instanceof Collection<?> items && items.size() > LISTED) {
      return items.size() + " items";
    }
    return Printable.escape(String.valueOf(plain));
  }

  private static Object unwrap(Object value) {
    if (value instanceof Optional<?> o) {
      return o.orElse(null);
    }
    if (value instanceof OptionalLong o) {
      return o.isPresent() ? o.getAsLong() : null;
    }
    if (value instanceof OptionalInt o) {
      return o.isPresent() ? o.getAsInt() : null;
    }
    if (value instanceof OptionalDouble o) {
      return o.isPresent() ? o.getAsDouble() : null;
    }
    return value;
  }

  private static Object read(Record record, Method accessor) {
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(
          record.getClass().getName() + " is not in an exported package", e);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    }
  }
}
