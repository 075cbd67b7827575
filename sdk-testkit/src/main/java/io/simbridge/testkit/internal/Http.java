package io.simbridge.testkit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A plain JDK HTTP client, so that the emulators are tested without any simbridge client. Not
 * part of the kit's API.
 */
public final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  /**
   * @param url    the URL
   * @param fields the form fields
   * @return the answer to a url-encoded form POST
   */
  public static Reply form(String url, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /**
   * @param url         the URL
   * @param contentType the body's media type
   * @param body        the body
   * @return the answer to a POST of a body with a content type
   */
  public static Reply post(String url, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /**
   * @param url     the URL
   * @param headers header names and values, alternating
   * @return the answer to a GET with headers given as name, value, name, value...
   */
  public static Reply get(String url, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b.build());
  }

  /**
   * @param request the request
   * @return the answer, or an {@link UncheckedIOException} when the connection fails
   */
  public static Reply send(HttpRequest request) {
    try {
      HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body(), r.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * @param s a form or query value
   * @return the value, url-encoded
   */
  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * An answer, in types of the test kit's own, so that tests in named modules need not read
   * {@code java.net.http}.
   *
   * @param statusCode the HTTP status
   * @param body       the body
   * @param headers    the headers, by lower-case name
   */
  public record Reply(int statusCode, String body, Map<String, List<String>> headers) {
    /**
     * @param name a header name, any case
     * @return its first value
     */
    public Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }
  }
}
