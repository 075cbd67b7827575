package io.simbridge.core.internal.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one place that builds Jackson mappers for provider answers, hardened the same way for every
 * provider: unknown fields ignored, decimals read as {@code BigDecimal} with their scale, nesting depth and string
 * length bounded, trailing garbage refused; and for XML, DTDs and external entities off, and any
 * document that declares a DOCTYPE refused outright (no XXE, no entity-expansion bomb).
 */
public final class Mappers {
  /** The deepest nesting accepted in an answer; documented answers nest at most 5 levels. */
  public static final int MAX_NESTING_DEPTH = 64;

  /**
   * The most JSON tokens (or XML elements) one answer may hold. The byte limit alone does not
   * bound memory: a tree or bound list costs tens of bytes per token, so 16 MiB of {@code {},}
   * would need gigabytes. The largest documented pages (500 overall-report rows of 53 fields,
   * 5,000 credit rows) hold about 60,000.
   */
  public static final int MAX_TOKENS = 500_000;

  private static final StreamReadConstraints CONSTRAINTS = constraints();

  /** Built on first use, so that a JSON-only provider never loads the XML stack (and vice versa). */
  private static final class Json {
    static final ObjectMapper MAPPER =
        JsonMapper.builder(jsonFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS)
            // Trees keep an amount's scale as written (10.00, not 1E+1).
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
  }

  /** Built on first use. */
  private static final class Xml {
    static final XMLInputFactory INPUT = hardenedInputFactory();
    static final XmlMapper MAPPER =
        XmlMapper.builder(
                XmlFactory.builder()
                    .xmlInputFactory(INPUT)
                    .streamReadConstraints(CONSTRAINTS)
                    .build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS)
            .build();
  }

  private Mappers() {}

  /** @return the shared JSON mapper (thread-safe; do not reconfigure) */
  public static ObjectMapper json() {
    return Json.MAPPER;
  }

  /** @return the shared XML mapper, for writing; read with {@link #readXml} */
  public static XmlMapper xml() {
    return Xml.MAPPER;
  }

  /**
   * Reads an XML answer, refusing any DOCTYPE.
   *
   * @param body the answer
   * @param type the class to bind
   * @param <T>  its type
   * @return the bound value
   * @throws IOException if the XML is malformed or declares a DOCTYPE (a Jackson exception)
   */
  public static <T> T readXml(byte[] body, Class<T> type) throws IOException {
    return readXml(new ByteArrayInputStream(body), type);
  }

  /**
   * Reads an XML answer from a stream, refusing any DOCTYPE.
   *
   * @param body the answer
   * @param type the class to bind
   * @param <T>  its type
   * @return the bound value
   * @throws IOException if the XML is malformed or declares a DOCTYPE (a Jackson exception)
   */
  public static <T> T readXml(InputStream body, Class<T> type) throws IOException {
    XMLStreamReader reader;
    try {
      reader = Xml.INPUT.createXMLStreamReader(body);
    } catch (XMLStreamException e) {
      throw new com.fasterxml.jackson.core.JsonParseException(null, "not XML: " + e.getMessage());
    }
    try {
      toRootElement(reader);
      T value = Xml.MAPPER.readValue(reader, type);
      // Jackson stops at the end of the root element: read on, so that trailing content (a second
      // root, text, a truncated second document) is an error rather than silently ignored.
      try {
        while (reader.hasNext()) {
          reader.next();
        }
      } catch (XMLStreamException e) {
        throw new com.fasterxml.jackson.core.JsonParseException(
            null, "content after the root element: " + e.getMessage());
      }
      return value;
    } finally {
      try {
        reader.close();
      } catch (XMLStreamException ignored) {
        // Closing a reader over an in-memory or already-failed stream cannot lose data.
      }
    }
  }

  /**
   * Jackson 2.18 added the token-count limit; the users' build chooses the version (Spring Boot
   * 3.2 brings 2.15), so it is set only where it exists, and counted by our parser otherwise.
   */
  private static StreamReadConstraints constraints() {
    StreamReadConstraints.Builder b =
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(1_000_000)
            .maxNumberLength(100);
    if (JacksonVersions.HAS_TOKEN_COUNT_LIMIT) {
      b.maxTokenCount(MAX_TOKENS); // linked only when called: never on 2.15 to 2.17
    }
    return b.build();
  }

  private static JsonFactory jsonFactory() {
    JsonFactoryBuilder b = new JsonFactoryBuilder();
    b.streamReadConstraints(CONSTRAINTS);
    return JacksonVersions.HAS_TOKEN_COUNT_LIMIT
        ? b.build()
        : new TokenCountingJsonFactory(b, MAX_TOKENS);
  }

  private static XMLInputFactory hardenedInputFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    // Woodstox limits, set by name so that another StAX implementation still works.
    setIfSupported(f, "com.ctc.wstx.maxElementDepth", MAX_NESTING_DEPTH);
    setIfSupported(f, "com.ctc.wstx.maxEntityCount", 100);
    setIfSupported(f, "com.ctc.wstx.maxAttributesPerElement", 64);
    setIfSupported(f, "com.ctc.wstx.maxTextLength", 1_000_000);
    setIfSupported(f, "com.ctc.wstx.maxElementCount", (long) MAX_TOKENS / 2);
    return f;
  }

  private static void setIfSupported(XMLInputFactory f, String name, Object value) {
    if (f.isPropertySupported(name)) {
      f.setProperty(name, value);
    }
  }

  /**
   * Walks the prolog to the root element, refusing a DOCTYPE before Jackson sees anything. A
   * DOCTYPE can only stand in the prolog, so Jackson then reads the StAX implementation's own
   * reader: a wrapping delegate that watched every event made Jackson fall back to its generic
   * adapter, 4% of a Things Mobile call's CPU (docs/performance.md, Finding 10).
   */
  private static void toRootElement(XMLStreamReader reader) throws IOException {
    try {
      for (int event = reader.getEventType();
          event != XMLStreamConstants.START_ELEMENT;
          event = reader.next()) {
        if (event == XMLStreamConstants.DTD) {
          throw new com.fasterxml.jackson.core.JsonParseException(
              null, "a DOCTYPE declaration is refused (DTDs and entities are not processed)");
        }
        if (event == XMLStreamConstants.END_DOCUMENT) {
          throw new com.fasterxml.jackson.core.JsonParseException(null, "not XML: no root element");
        }
      }
    } catch (XMLStreamException e) {
      throw new com.fasterxml.jackson.core.JsonParseException(null, "not XML: " + e.getMessage());
    }
  }
}
