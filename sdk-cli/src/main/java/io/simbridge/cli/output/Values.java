package io.simbridge.cli.output;

import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** Turns cell values into text for machines (bytes, ISO times) or for people (1.5 MiB). */
final class Values {
  private static final DataUnit[] HUMAN_UNITS = {
    DataUnit.GIBIBYTE, DataUnit.MEBIBYTE, DataUnit.KIBIBYTE
  };

  private Values() {}

  /** Unwraps optionals so that every sink sees a plain value or null. */
  static Object plain(Object v) {
    if (v instanceof Optional<?> o) {
      return o.map(Values::plain).orElse(null);
    }
    if (v instanceof OptionalLong o) {
      return o.isPresent() ? o.getAsLong() : null;
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    if (v instanceof TemporalAccessor t) {
      return t.toString();
    }
    return v;
  }

  /** @return the value as a machine reads it: bytes for volumes, plain decimals, ISO times */
  static String machine(Object value) {
    Object v = plain(value);
    if (v == null) {
      return "";
    }
    if (v instanceof DataVolume d) {
      return Long.toString(d.bytes());
    }
    if (v instanceof BigDecimal b) {
      return b.toPlainString();
    }
    if (v instanceof List<?> l) {
      return l.stream().map(Values::machine).collect(Collectors.joining(";"));
    }
    return v.toString();
  }

  /** @return the value as a person reads it: 1.5 MiB, a dash for nothing */
  static String human(Object value) {
    Object v = plain(value);
    if (v == null) {
      return "-";
    }
    if (v instanceof DataVolume d) {
      return volume(d);
    }
    if (v instanceof BigDecimal b) {
      return b.toPlainString();
    }
    if (v instanceof List<?> l) {
      return l.stream().map(Values::human).collect(Collectors.joining(", "));
    }
    if (v instanceof Instant i) {
      return i.toString();
    }
    return v.toString();
  }

  /** @return a volume in the largest binary unit that keeps it at 1 or more, one decimal */
  static String volume(DataVolume d) {
    for (DataUnit u : HUMAN_UNITS) {
      if (d.bytes() >= u.bytes()) {
        return BigDecimal.valueOf(d.bytes())
                .divide(BigDecimal.valueOf(u.bytes()), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString()
            + " "
            + u.symbol();
      }
    }
    return d.bytes() + " B";
  }
}
