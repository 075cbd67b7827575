package io.simbridge.horisen.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.simbridge.core.internal.parse.Fields;
import io.simbridge.core.internal.parse.MalformedFieldException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Jackson deserializers for the members of the API's JSON answers, named on the DTO fields with
 * {@code @JsonDeserialize(using = ...)}. Each reads its member tolerantly: {@code null} or a blank
 * string is empty (and a DTO field starts empty, so a missing member stays so); a number may come
 * as a JSON number or a numeric string, and a text (such as {@code mnc}) as a string, a number or
 * a boolean. A value of the wrong kind is a {@link MalformedFieldException} naming the member,
 * never a silent zero.
 */
public final class JsonValues {
  private JsonValues() {}

  /** Text: a string without surrounding spaces, or a number or boolean as written. */
  public static final class Text extends Member<Optional<String>> {
    /** Jackson's constructor. */
    public Text() {
      super(Optional.class, Optional.empty());
    }

    @Override
    Optional<String> read(JsonParser p, String name) throws IOException {
      return switch (p.currentToken()) {
        case VALUE_STRING -> Fields.text(p.getText());
        case VALUE_NUMBER_INT -> Optional.of(integralText(p));
        // As written: expanding it (toPlainString) would turn 18 bytes of 1e999999999 into a
        // gigabyte.
        case VALUE_NUMBER_FLOAT -> Optional.of(p.getText());
        case VALUE_TRUE, VALUE_FALSE -> Optional.of(p.getText());
        default -> throw wrongKind(p, name, "a text");
      };
    }
  }

  /** Text that must be a JSON string, for a value no number could stand for (an access token). */
  public static final class StringOnly extends Member<Optional<String>> {
    /** Jackson's constructor. */
    public StringOnly() {
      super(Optional.class, Optional.empty());
    }

    @Override
    Optional<String> read(JsonParser p, String name) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw wrongKind(p, name, "a string");
      }
      return Fields.text(p.getText());
    }
  }

  /** A whole number of at most 64 bits: {@code 12}, {@code 12.0} or {@code "12"}; {@code 12.5} is refused. */
  public static final class Whole extends Member<OptionalLong> {
    /** Jackson's constructor. */
    public Whole() {
      super(OptionalLong.class, OptionalLong.empty());
    }

    @Override
    OptionalLong read(JsonParser p, String name) throws IOException {
      return whole(p, name);
    }
  }

  /** A whole number of at most 32 bits, as {@link Whole} reads it. */
  public static final class SmallWhole extends Member<OptionalInt> {
    /** Jackson's constructor. */
    public SmallWhole() {
      super(OptionalInt.class, OptionalInt.empty());
    }

    @Override
    OptionalInt read(JsonParser p, String name) throws IOException {
      OptionalLong n = whole(p, name);
      if (n.isEmpty()) {
        return OptionalInt.empty();
      }
      long value = n.getAsLong();
      if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
        throw new MalformedFieldException(name, "is out of range: " + value);
      }
      return OptionalInt.of((int) value);
    }
  }

  /** A decimal, a JSON number or a numeric string, with the scale it was written with. */
  public static final class Decimal extends Member<Optional<BigDecimal>> {
    /** Jackson's constructor. */
    public Decimal() {
      super(Optional.class, Optional.empty());
    }

    @Override
    Optional<BigDecimal> read(JsonParser p, String name) throws IOException {
      return switch (p.currentToken()) {
        // Read from the parser's buffer (no String per number), with the same bounds as a string.
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
            Optional.of(Fields.plausibleDecimal(name, p.getDecimalValue()));
        case VALUE_STRING -> Fields.optionalDecimal(name, p.getText());
        default -> throw wrongKind(p, name, "a number");
      };
    }
  }

  /** An ISO date-time with offset, as a string. */
  public static final class DateTime extends Member<Optional<OffsetDateTime>> {
    /** Jackson's constructor. */
    public DateTime() {
      super(Optional.class, Optional.empty());
    }

    @Override
    Optional<OffsetDateTime> read(JsonParser p, String name) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw wrongKind(p, name, "an ISO date-time");
      }
      return Fields.optionalOffsetDateTime(name, p.getText());
    }
  }

  /** An ISO date, as a string. */
  public static final class Date extends Member<Optional<LocalDate>> {
    /** Jackson's constructor. */
    public Date() {
      super(Optional.class, Optional.empty());
    }

    @Override
    Optional<LocalDate> read(JsonParser p, String name) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw wrongKind(p, name, "an ISO date");
      }
      return Fields.optionalDate(name, p.getText());
    }
  }

  /** {@code yes}/{@code no} (documented for {@code isMobile}), also a JSON boolean, 1/0 or true/false. */
  public static final class YesNo extends Member<Optional<Boolean>> {
    /** Jackson's constructor. */
    public YesNo() {
      super(Optional.class, Optional.empty());
    }

    @Override
    Optional<Boolean> read(JsonParser p, String name) throws IOException {
      return switch (p.currentToken()) {
        case VALUE_TRUE -> Optional.of(Boolean.TRUE);
        case VALUE_FALSE -> Optional.of(Boolean.FALSE);
        case VALUE_STRING -> Fields.optionalFlag(name, p.getText());
        case VALUE_NUMBER_INT -> Fields.optionalFlag(name, integralText(p));
        default -> throw wrongKind(p, name, "yes or no");
      };
    }
  }

  /**
   * A nested object that may be missing or replaced by anything else ({@code meta},
   * {@code pagination}, {@code links}): an object is bound to the field's type, any other value
   * is skipped and leaves the field {@code null}, so that loose metadata never costs the rows.
   */
  public static final class ObjectOrAbsent extends StdDeserializer<Object>
      implements ContextualDeserializer {
    private final JsonDeserializer<?> object;

    /** Jackson's constructor; the deserializer it uses is the contextual one. */
    public ObjectOrAbsent() {
      this(null);
    }

    private ObjectOrAbsent(JsonDeserializer<?> object) {
      super(Object.class);
      this.object = object;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      // The field type's own bean deserializer: the annotation naming this class is on the field,
      // not on the type, so this does not find this class again.
      return new ObjectOrAbsent(ctxt.findContextualValueDeserializer(property.getType(), property));
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.isExpectedStartObjectToken()) {
        return object.deserialize(p, ctxt);
      }
      p.skipChildren();
      return null;
    }
  }

  /**
   * A member holding an array of objects ({@code data}), each bound by the item type's
   * deserializer. Anything else in its place, or in place of an item, is refused naming the
   * member or the item ({@code data[3]}); {@code null} is left to the caller.
   */
  public static final class ObjectArray extends StdDeserializer<List<Object>>
      implements ContextualDeserializer {
    private final JsonDeserializer<Object> item;

    /** Jackson's constructor; the deserializer it uses is the contextual one. */
    public ObjectArray() {
      this(null);
    }

    private ObjectArray(JsonDeserializer<Object> item) {
      super(List.class);
      this.item = item;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      return new ObjectArray(
          ctxt.findContextualValueDeserializer(property.getType().getContentType(), property));
    }

    @Override
    public List<Object> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String name = p.currentName();
      if (!p.isExpectedStartArrayToken()) {
        throw refused(p, new MalformedFieldException(name, "is not an array"));
      }
      List<Object> items = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          throw refused(
              p, new MalformedFieldException(name + "[" + items.size() + "]", "is not an object"));
        }
        items.add(item.deserialize(p, ctxt));
      }
      return items;
    }
  }

  /**
   * Binds an answer that should be a JSON object.
   *
   * @param reader the reader of its type
   * @param body   the answer
   * @return the bound answer, of the type the reader was made for; {@code null} when the JSON is
   *     not an object (or is empty)
   * @throws IOException if it is not JSON or a member cannot be read (a Jackson exception)
   */
  static Object readObject(ObjectReader reader, byte[] body) throws IOException {
    try (JsonParser p = reader.createParser(body)) {
      return p.nextToken() == JsonToken.START_OBJECT ? reader.readValue(p) : null;
    }
  }

  /**
   * Reports a refused member as a Jackson exception at the value's location, which the transport
   * quotes with the problem; the message still names the member.
   */
  private static JsonMappingException refused(JsonParser p, MalformedFieldException e) {
    return JsonMappingException.from(p, e.getMessage(), e);
  }

  /**
   * One member's reader; the field's name comes from the parser, so one class serves every field
   * of its type. A JSON {@code null} is the empty value; a refused value is reported where it is.
   *
   * @param <T> the field type
   */
  abstract static class Member<T> extends StdDeserializer<T> {
    private final T empty;

    Member(Class<?> type, T empty) {
      super(type);
      this.empty = empty;
    }

    @Override
    public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return read(p, p.currentName());
      } catch (MalformedFieldException e) {
        throw refused(p, e);
      }
    }

    @Override
    public final T getNullValue(DeserializationContext ctxt) {
      return empty;
    }

    /**
     * @param p    the parser, on the member's value (not {@code null})
     * @param name the member's name
     * @return the value
     * @throws IOException if the JSON cannot be read
     */
    abstract T read(JsonParser p, String name) throws IOException;
  }

  private static OptionalLong whole(JsonParser p, String name) throws IOException {
    return switch (p.currentToken()) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        JsonParser.NumberType type = p.getNumberType();
        if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
          yield OptionalLong.of(p.getLongValue());
        }
        try {
          // 12.0 is a whole number; 12.5, 1e30 and 2^64 are not.
          yield OptionalLong.of(p.getDecimalValue().longValueExact());
        } catch (ArithmeticException e) {
          throw new MalformedFieldException(
              name, "is not a whole number of at most 64 bits: " + p.getText());
        }
      }
      case VALUE_STRING -> Fields.optionalLong(name, p.getText());
      default -> throw wrongKind(p, name, "a whole number");
    };
  }

  /** An integer as its canonical digits, the same whichever way the JSON wrote it ({@code -0} is {@code 0}). */
  private static String integralText(JsonParser p) throws IOException {
    return p.getNumberValue().toString();
  }

  private static MalformedFieldException wrongKind(JsonParser p, String name, String expected) {
    return new MalformedFieldException(name, "is " + kind(p.currentToken()) + ", not " + expected);
  }

  private static String kind(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "object";
      case START_ARRAY -> "array";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      default -> token.name().toLowerCase(Locale.ROOT);
    };
  }
}
