package io.simbridge.testkit;

import com.github.tomakehurst.wiremock.http.Request;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request as an emulator sees it: method, path, query, headers, and form fields decoded
 * whether they came url-encoded or as multipart form data.
 */
public final class EmulatedRequest {
  private final String method;
  private final String path;
  private final Map<String, List<String>> query;
  private final Map<String, String> fields;
  private final Request raw;

  EmulatedRequest(Request raw) {
    this.raw = raw;
    this.method = raw.getMethod().getName().toUpperCase(Locale.ROOT);
    URI uri = URI.create(raw.getUrl());
    this.path = uri.getRawPath();
    this.query = decode(uri.getRawQuery());
    this.fields = formFields(raw);
  }

  private static Map<String, String> formFields(Request raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw.isMultipart()) {
      for (Request.Part part : raw.getParts()) {
        out.put(part.getName(), part.getBody().asString());
      }
    } else {
      String type = raw.getHeader("Content-Type");
      if (type != null
          && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
        decode(raw.getBodyAsString()).forEach((k, v) -> out.put(k, v.get(0)));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, List<String>> decode(String encoded) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return out;
    }
    String[] pairs = encoded.split("&", -1);
    int count = pairs.length;
    while (count > 0 && pairs[count - 1].isEmpty()) {
      count--; // as split("&") had it: trailing '&'s add no pair
    }
    for (int i = 0; i < count; i++) {
      String pair = pairs[i];
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return out;
  }

  /** @return the HTTP method, upper case */
  public String method() {
    return method;
  }

  /** @return the path, without the query */
  public String path() {
    return path;
  }

  /**
   * @param name a query parameter
   * @return its first value
   */
  public Optional<String> query(String name) {
    List<String> values = query.get(name);
    return values == null ? Optional.empty() : Optional.of(values.get(0));
  }

  /** @return every query parameter, decoded, in order */
  public Map<String, List<String>> queryParameters() {
    return Collections.unmodifiableMap(query);
  }

  /**
   * @param name a header
   * @return its value
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(raw.getHeader(name));
  }

  /**
   * @param name a form field
   * @return its value, from a url-encoded or multipart body
   */
  public Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /** @return every form field, in order */
  public Map<String, String> fields() {
    return fields;
  }

  /** @return whether the body was multipart form data */
  public boolean isMultipart() {
    return raw.isMultipart();
  }

  /** @return the body as text */
  public String body() {
    return raw.getBodyAsString();
  }
}
