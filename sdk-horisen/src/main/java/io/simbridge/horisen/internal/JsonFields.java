package io.simbridge.horisen.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.simbridge.core.internal.parse.Fields;
import io.simbridge.core.internal.parse.MalformedFieldException;
import io.simbridge.core.internal.parse.Mappers;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads the members of a JSON object tolerantly: a missing member, {@code null} or a blank string
 * is absent; a number may come as a JSON number or a numeric string, and a text (such as
 * {@code mnc}) as a string or a number. A value of the wrong kind is a {@link MalformedFieldException}
 * naming the member, never a silent zero.
 */
final class JsonFields {
  private JsonFields() {}

  /**
   * @param body a JSON answer
   * @return its tree, {@code null} or a missing node when the body is empty
   * @throws IOException if it is not JSON (a Jackson exception)
   */
  static JsonNode parse(byte[] body) throws IOException {
    return Mappers.json().readTree(body);
  }

  private static JsonNode member(JsonNode object, String name) {
    JsonNode v = object.get(name);
    return v == null || v.isNull() ? null : v;
  }

  private static MalformedFieldException wrongKind(String name, JsonNode v, String expected) {
    return new MalformedFieldException(name, "is " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
        + ", not " + expected);
  }

  static Optional<String> text(JsonNode object, String name) {
    JsonNode v = member(object, name);
    if (v == null) {
      return Optional.empty();
    } else if (v.isTextual()) {
      return Fields.text(v.textValue());
    } else if (v.isNumber()) {
      return Optional.of(v.isIntegralNumber() ? v.asText() : v.decimalValue().toPlainString());
    } else if (v.isBoolean()) {
      return Optional.of(v.asText());
    }
    throw wrongKind(name, v, "a text");
  }

  static OptionalLong integer(JsonNode object, String name) {
    JsonNode v = member(object, name);
    if (v == null) {
      return OptionalLong.empty();
    } else if (v.isTextual()) {
      return Fields.optionalLong(name, v.textValue());
    } else if (v.isNumber()) {
      try {
        // 12 and 12.0 are whole numbers; 12.5 and 1e30 are not.
        return OptionalLong.of(v.decimalValue().longValueExact());
      } catch (ArithmeticException e) {
        throw new MalformedFieldException(name, "is not a whole number of at most 64 bits: " + v.asText());
      }
    }
    throw wrongKind(name, v, "a whole number");
  }

  static OptionalInt smallInteger(JsonNode object, String name) {
    OptionalLong n = integer(object, name);
    if (n.isEmpty()) {
      return OptionalInt.empty();
    }
    long value = n.getAsLong();
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new MalformedFieldException(name, "is out of range: " + value);
    }
    return OptionalInt.of((int) value);
  }

  static Optional<BigDecimal> decimal(JsonNode object, String name) {
    JsonNode v = member(object, name);
    if (v == null) {
      return Optional.empty();
    } else if (v.isTextual()) {
      return Fields.optionalDecimal(name, v.textValue());
    } else if (v.isNumber()) {
      return Optional.of(v.decimalValue());
    }
    throw wrongKind(name, v, "a number");
  }

  static Optional<OffsetDateTime> dateTime(JsonNode object, String name) {
    JsonNode v = member(object, name);
    if (v == null) {
      return Optional.empty();
    } else if (v.isTextual()) {
      return Fields.optionalOffsetDateTime(name, v.textValue());
    }
    throw wrongKind(name, v, "an ISO date-time");
  }

  static Optional<LocalDate> date(JsonNode object, String name) {
    JsonNode v = member(object, name);
    if (v == null) {
      return Optional.empty();
    } else if (v.isTextual()) {
      return Fields.optionalDate(name, v.textValue());
    }
    throw wrongKind(name, v, "an ISO date");
  }

  /** Reads {@code yes}/{@code no} (documented for {@code isMobile}), also a JSON boolean, 1/0 or true/false. */
  static Optional<Boolean> yesNo(JsonNode object, String name) {
    JsonNode v = member(object, name);
    if (v == null) {
      return Optional.empty();
    } else if (v.isBoolean()) {
      return Optional.of(v.booleanValue());
    } else if (v.isTextual() || v.isIntegralNumber()) {
      return Fields.optionalFlag(name, v.asText());
    }
    throw wrongKind(name, v, "yes or no");
  }
}
