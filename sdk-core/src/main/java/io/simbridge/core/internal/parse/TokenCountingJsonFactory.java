package io.simbridge.core.internal.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A JSON factory whose parsers refuse a document of more than a given number of tokens: the guard
 * that {@code StreamReadConstraints.maxTokenCount} gives from Jackson 2.18 on, for Jackson 2.15 to
 * 2.17. Every parser the factory makes is wrapped, whichever input it reads; tokens skipped as an
 * unknown field's value count too, as they do in Jackson's own limit.
 */
final class TokenCountingJsonFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  private final long maxTokens;

  TokenCountingJsonFactory(JsonFactoryBuilder builder, long maxTokens) {
    super(builder);
    this.maxTokens = maxTokens;
  }

  private TokenCountingJsonFactory(TokenCountingJsonFactory src) {
    super(src, null);
    this.maxTokens = src.maxTokens;
  }

  /** {@inheritDoc} Overridden because the base class refuses to copy a subclass. */
  @Override
  public JsonFactory copy() {
    return new TokenCountingJsonFactory(this);
  }

  @Override
  protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    return new Counting(super._createParser(in, ctxt), maxTokens);
  }

  @Override
  protected JsonParser _createParser(Reader r, IOContext ctxt) throws IOException {
    return new Counting(super._createParser(r, ctxt), maxTokens);
  }

  @Override
  protected JsonParser _createParser(
      char[] data, int offset, int len, IOContext ctxt, boolean recyclable) throws IOException {
    return new Counting(super._createParser(data, offset, len, ctxt, recyclable), maxTokens);
  }

  @Override
  protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt)
      throws IOException {
    return new Counting(super._createParser(data, offset, len, ctxt), maxTokens);
  }

  @Override
  protected JsonParser _createParser(DataInput input, IOContext ctxt) throws IOException {
    return new Counting(super._createParser(input, ctxt), maxTokens);
  }

  /**
   * Counts every token read. The delegate base class forwards only {@code nextToken},
   * {@code nextValue} and {@code skipChildren}; the other {@code next...} methods of
   * {@link JsonParser} are built on {@code nextToken}, so they are counted through it.
   */
  private static final class Counting extends JsonParserDelegate {
    private final long maxTokens;
    private long tokens;

    Counting(JsonParser parser, long maxTokens) {
      super(parser);
      this.maxTokens = maxTokens;
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken t = delegate.nextToken();
      if (t != null && ++tokens > maxTokens) {
        throw new StreamConstraintsException(
            "Token count (" + tokens + ") exceeds the maximum allowed (" + maxTokens + ")",
            delegate.currentLocation());
      }
      return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
      JsonToken t = nextToken();
      return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    // Skipped through nextToken() so that the skipped tokens count.
    @Override
    public JsonParser skipChildren() throws IOException {
      JsonToken current = currentToken();
      if (current != JsonToken.START_OBJECT && current != JsonToken.START_ARRAY) {
        return this;
      }
      int open = 1;
      while (open > 0) {
        JsonToken t = nextToken();
        if (t == null) {
          return this; // the parser itself reports an unclosed structure at the end of input
        }
        if (t.isStructStart()) {
          open++;
        } else if (t.isStructEnd()) {
          open--;
        }
      }
      return this;
    }
  }
}
