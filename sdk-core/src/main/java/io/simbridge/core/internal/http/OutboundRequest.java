package io.simbridge.core.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An HTTP request as a provider module describes it, independent of the HTTP library. Immutable,
 * so one instance can be sent again on a retry.
 */
public final class OutboundRequest {

  /** How the body is encoded. */
  public enum Encoding {
    /** No body. */
    NONE,
    /** {@code application/x-www-form-urlencoded} fields. */
    URL_ENCODED_FORM,
    /** {@code multipart/form-data} fields. */
    MULTIPART_FORM,
    /** Bytes of a given media type. */
    RAW
  }

  /**
   * A header or form field.
   *
   * @param name  its name
   * @param value its value
   */
  public record Field(String name, String value) {
    /** Validates the record. */
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value of " + name);
    }
  }

  private final String method;
  private final String url;
  private final List<Field> headers;
  private final Encoding encoding;
  private final List<Field> fields;
  private final byte[] body;
  private final String mediaType;

  private OutboundRequest(Builder b) {
    this.method = b.method;
    this.url = b.url;
    this.headers = List.copyOf(b.headers);
    this.encoding = b.encoding;
    this.fields = List.copyOf(b.fields);
    this.body = b.body;
    this.mediaType = b.mediaType;
  }

  /** @param url the full URL, query included @return a GET builder */
  public static Builder get(String url) {
    return new Builder("GET", url);
  }

  /** @param url the full URL @return a POST builder */
  public static Builder post(String url) {
    return new Builder("POST", url);
  }

  /** @return the HTTP method */
  public String method() {
    return method;
  }

  /** @return the full URL */
  public String url() {
    return url;
  }

  /** @return the headers, in order */
  public List<Field> headers() {
    return headers;
  }

  /** @return the body encoding */
  public Encoding encoding() {
    return encoding;
  }

  /** @return the form fields, in order */
  public List<Field> fields() {
    return fields;
  }

  /** @return a copy of the raw body, empty unless {@link Encoding#RAW} */
  public byte[] body() {
    return body == null ? new byte[0] : body.clone();
  }

  byte[] bodyUnsafe() {
    return body;
  }

  /** @return the raw body's media type, {@code null} unless {@link Encoding#RAW} */
  public String mediaType() {
    return mediaType;
  }

  /**
   * @param redactor hides secrets
   * @return the body as logs may show it
   */
  String describeBody(Redactor redactor) {
    return switch (encoding) {
      case NONE -> "";
      case RAW -> redactor.redact(new String(body, StandardCharsets.UTF_8));
      case URL_ENCODED_FORM, MULTIPART_FORM -> {
        StringBuilder sb = new StringBuilder();
        for (Field f : fields) {
          sb.append(sb.length() == 0 ? "" : "&")
              .append(f.name())
              .append('=')
              .append(redactor.isSecretName(f.name()) ? Redactor.MASK : redactor.redact(f.value()));
        }
        yield sb.toString();
      }
    };
  }

  /** Builds an {@link OutboundRequest}. */
  public static final class Builder {
    private final String method;
    private final String url;
    private final List<Field> headers = new ArrayList<>();
    private Encoding encoding = Encoding.NONE;
    private final List<Field> fields = new ArrayList<>();
    private byte[] body;
    private String mediaType;

    private Builder(String method, String url) {
      this.method = method;
      this.url = Objects.requireNonNull(url, "url");
    }

    /**
     * @param name header name
     * @param value header value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.add(new Field(name, value));
      return this;
    }

    /**
     * Encodes the fields as {@code application/x-www-form-urlencoded}.
     *
     * @return this builder
     */
    public Builder urlEncodedForm() {
      return encoding(Encoding.URL_ENCODED_FORM);
    }

    /**
     * Encodes the fields as {@code multipart/form-data}.
     *
     * @return this builder
     */
    public Builder multipartForm() {
      return encoding(Encoding.MULTIPART_FORM);
    }

    /**
     * @param name field name
     * @param value field value
     * @return this builder
     */
    public Builder field(String name, String value) {
      fields.add(new Field(name, value));
      return this;
    }

    /**
     * @param bytes the body
     * @param type  its media type, such as {@code application/json}
     * @return this builder
     */
    public Builder body(byte[] bytes, String type) {
      encoding(Encoding.RAW);
      this.body = bytes.clone();
      this.mediaType = Objects.requireNonNull(type, "mediaType");
      return this;
    }

    private Builder encoding(Encoding e) {
      if (encoding != Encoding.NONE && encoding != e) {
        throw new IllegalStateException("body already encoded as " + encoding);
      }
      encoding = e;
      return this;
    }

    /** @return the request */
    public OutboundRequest build() {
      if (!fields.isEmpty()
          && encoding != Encoding.URL_ENCODED_FORM
          && encoding != Encoding.MULTIPART_FORM) {
        throw new IllegalStateException("form fields need urlEncodedForm() or multipartForm()");
      }
      return new OutboundRequest(this);
    }
  }
}
