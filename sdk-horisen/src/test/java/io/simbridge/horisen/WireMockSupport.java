package io.simbridge.horisen;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.simbridge.core.config.RetryPolicy;
import io.simbridge.core.time.ManualClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A WireMock server standing in for both the API host (under the documented base path) and the
 * token endpoint, and clients pointed at it with a {@link ManualClock}.
 */
abstract class WireMockSupport {
  static final String API = "/bulk/traffic-report/v2";
  static final String TOKEN_PATH = "/oauth2/access-token";
  static final String CLIENT_ID = "my-client";
  static final String CLIENT_SECRET = "s3cr3t-Client-Secret-42";

  /** The token in oauth2-access-token.json. */
  static final String TOKEN = "tok-1-eyJhbGciOiJSUzI1NiJ9";

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final List<HorisenClient> clients = new ArrayList<>();

  /** Client credentials against WireMock, no retries unless a test asks for them. */
  HorisenClient.Builder builder() {
    return HorisenClient.builder()
        .baseUrl(server.baseUrl() + API)
        .tokenUrl(server.baseUrl() + TOKEN_PATH)
        .clientCredentials(CLIENT_ID, CLIENT_SECRET)
        .retryPolicy(RetryPolicy.none())
        .clock(clock)
        .sleeper(clock);
  }

  HorisenClient client() {
    return track(builder().build());
  }

  HorisenClient track(HorisenClient client) {
    clients.add(client);
    return client;
  }

  @AfterEach
  void closeClients() {
    clients.forEach(HorisenClient::close);
  }

  static void stubToken() {
    server.stubFor(post(TOKEN_PATH).willReturn(okJson(fixture("oauth2-access-token.json"))));
  }

  static void stubApi(String path, String json) {
    server.stubFor(get(urlPathEqualTo(API + path)).willReturn(okJson(json)));
  }

  static String fixture(String name) {
    try (InputStream in = WireMockSupport.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An answer with no rows, in the snake-case pagination of the invoice, customer and control endpoints. */
  static String emptyPage() {
    return "{\"data\": [], \"meta\": {\"pagination\": {\"total\": 0, \"count\": 0, \"per_page\": 50,"
        + " \"current_page\": 1, \"total_pages\": 1, \"links\": {}}}}";
  }

  static List<LoggedRequest> apiRequests() {
    return server.findAll(getRequestedFor(urlPathMatching(API + "/.*")));
  }

  static LoggedRequest onlyApiRequest() {
    List<LoggedRequest> all = apiRequests();
    if (all.size() != 1) {
      throw new AssertionError("expected one API request, got " + all.size() + ": " + all);
    }
    return all.get(0);
  }

  static int tokenRequests() {
    return server.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).size();
  }

  static int allRequests() {
    return server.findAll(anyRequestedFor(anyUrl())).size();
  }

  /** The query string exactly as it arrived, still percent-encoded. */
  static String rawQuery(LoggedRequest r) {
    String url = r.getUrl();
    int q = url.indexOf('?');
    return q < 0 ? "" : url.substring(q + 1);
  }
}
