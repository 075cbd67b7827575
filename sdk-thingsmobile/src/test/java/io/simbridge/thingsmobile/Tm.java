package io.simbridge.thingsmobile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.simbridge.core.time.ManualClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Shared test helpers: fixtures, stubs, a client pointed at WireMock, and the form a request carried. */
final class Tm {
  static final String USER = "acme-user";
  static final String TOKEN = "tok-5f3a9c1e-0d2b-4e6f";
  static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

  private Tm() {}

  /** A client on the production environment whose base URL is WireMock, on a manual clock. */
  static ThingsMobileClient.Builder client(WireMockExtension server, ManualClock clock) {
    return ThingsMobileClient.builder()
        .username(USER)
        .token(TOKEN)
        .baseUrl(server.baseUrl())
        .clock(clock)
        .sleeper(clock);
  }

  static String fixture(String name) {
    try (InputStream in = Tm.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ResponseDefinitionBuilder xml(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/xml;charset=UTF-8")
        .withBody(body);
  }

  /** Answers every POST to the operation with the fixture. */
  static void stub(WireMockExtension server, String operation, String fixture) {
    server.stubFor(post(urlPathEqualTo("/" + operation)).willReturn(xml(fixture(fixture))));
  }

  /** @return the one request the server received, checked to be a POST to the operation without a query */
  static LoggedRequest onlyRequest(WireMockExtension server, String operation) {
    List<LoggedRequest> all = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(all).hasSize(1);
    LoggedRequest r = all.get(0);
    assertThat(r.getMethod().getName()).isEqualTo("POST");
    assertThat(r.getUrl()).isEqualTo("/" + operation);
    return r;
  }

  /**
   * @return the url-encoded form fields of a request, in order, as {@code name=value} (decoded);
   *     fails if the request is not url-encoded
   */
  static List<String> urlEncodedFields(LoggedRequest r) {
    assertThat(r.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    List<String> fields = new ArrayList<>();
    for (String pair : r.getBodyAsString().split("&", -1)) {
      int eq = pair.indexOf('=');
      fields.add(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8)
              + "="
              + URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return fields;
  }

  /** @return the multipart form fields of a request, in order, as {@code name=value}; fails if not multipart */
  static List<String> multipartFields(LoggedRequest r) {
    assertThat(r.getHeader("Content-Type")).startsWith("multipart/form-data");
    List<String> fields = new ArrayList<>();
    r.getParts().forEach(p -> fields.add(p.getName() + "=" + p.getBody().asString()));
    return fields;
  }

  /** The credential fields every form starts with, then the given ones. */
  static List<String> withCredentials(String... fields) {
    List<String> all = new ArrayList<>(List.of("username=" + USER, "token=" + TOKEN));
    all.addAll(List.of(fields));
    return all;
  }
}
