package io.simbridge.freebit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.simbridge.core.config.RetryPolicy;
import io.simbridge.core.internal.parse.Mappers;
import io.simbridge.core.time.ManualClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;

/** Shared by the freebit tests: fixtures, a client pointed at WireMock, and what a request carried. */
final class FreebitTests {
  /** The authKey of the documentation's request examples. */
  static final String DOC_AUTH_KEY = "XXXXXXXXXX";

  static final String TRAFFIC_PATH = "/emptool/api/mvno/getTrafficInfo/";
  static final String AUTH_PATH = "/emptool/api/authOem/";

  /** Jitter at its top, so that every retry waits its full cap: 250 ms, 500 ms... */
  static final RetryPolicy POLICY = RetryPolicy.defaults().withJitter(() -> 1.0);

  private FreebitTests() {}

  static ManualClock clock() {
    return new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
  }

  /** A builder aimed at WireMock whose time only moves through {@code clock}. */
  static FreebitClient.Builder builder(WireMockExtension server, ManualClock clock) {
    return FreebitClient.builder()
        .baseUrl(server.baseUrl())
        .clock(clock)
        .sleeper(clock)
        .retryPolicy(POLICY);
  }

  static String fixture(String name) {
    try (InputStream in = FreebitTests.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the JSON text as sent on the wire: compact, in the document's own key order */
  static String compact(String json) {
    try {
      return Mappers.json().writeValueAsString(Mappers.json().readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body);
  }

  static ResponseDefinitionBuilder ok(String fixture) {
    return json(200, fixture(fixture));
  }

  /**
   * @return the JSON document of a default-encoded request: the value of its only multipart
   *     part, which must be named {@code json}
   */
  static String jsonField(LoggedRequest request) {
    assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
    Collection<Request.Part> parts = request.getParts();
    assertThat(parts).extracting(Request.Part::getName).containsExactly("json");
    return parts.iterator().next().getBody().asString();
  }
}
