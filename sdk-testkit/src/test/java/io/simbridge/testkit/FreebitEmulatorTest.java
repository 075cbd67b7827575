package io.simbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.simbridge.core.time.ManualClock;
import io.simbridge.testkit.freebit.FreebitEmulator;
import io.simbridge.testkit.internal.Http;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FreebitEmulatorTest {
  static final ManualClock CLOCK = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
  static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static EmulatorExtension<FreebitEmulator> freebit =
      EmulatorExtension.of(
          () -> FreebitEmulator.builder().clock(CLOCK).keyLifetime(Duration.ofMinutes(10)).build());

  private static JsonNode jsonBody(String path, String json) throws Exception {
    return JSON.readTree(
        Http.post(freebit.emulator().baseUrl() + path, "application/json", json).body());
  }

  /** The form-field encoding public integrations use: multipart with a field named json. */
  private static Http.Reply multipart(String path, String json) {
    String boundary = "b0undary";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"json\"\r\n\r\n"
            + json
            + "\r\n--"
            + boundary
            + "--\r\n";
    return Http.send(
        HttpRequest.newBuilder(URI.create(freebit.emulator().baseUrl() + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  @Test
  void oemAuthenticationThenTrafficInfoAsTheDocumentShowsIt() throws Exception {
    JsonNode auth =
        JSON.readTree(
            multipart(
                    "/emptool/api/authOem/",
                    "{\"oemId\":\""
                        + FreebitEmulator.OEM_ID
                        + "\",\"oemKey\":\""
                        + FreebitEmulator.OEM_KEY
                        + "\"}")
                .body());
    assertThat(auth.get("resultCode").asText()).isEqualTo("100");

    JsonNode info =
        JSON.readTree(
            multipart(
                    "/emptool/api/mvno/getTrafficInfo/",
                    "{\"authKey\":\""
                        + auth.get("authKey").asText()
                        + "\",\"account\":\"09000000000\"}")
                .body());

    assertThat(info.get("resultCode").asText()).isEqualTo("100");
    assertThat(info.get("status").get("statusCode").asText()).isEqualTo("200");
    assertThat(info.get("traffic").get("today").asText()).isEqualTo("100");
    assertThat(info.get("traffic").get("inRecentDays").asText()).isEqualTo("100,200,300");
    assertThat(info.get("traffic").get("blackList").isTextual()).isTrue();
  }

  @Test
  void shareGroupsHaveNoRecentDays() throws Exception {
    JsonNode info =
        jsonBody(
            "/emptool/api/mvno/getTrafficInfo/",
            "{\"authKey\":\""
                + freebit.emulator().issueAuthKey()
                + "\",\"account\":\"AAA0_00000000001\"}");

    assertThat(info.get("traffic").get("inRecentDays").asText()).isEmpty();
  }

  @Test
  void everyDocumentedResultCodeComesWithItsStatus() throws Exception {
    String key = freebit.emulator().issueAuthKey();
    assertResult("{\"authKey\":\"" + key + "\",\"account\":\"abc\"}", 400, "201");
    assertResult("[1,2]", 400, "204");
    assertResult("{\"authKey\":\"nope\",\"account\":\"09000000000\"}", 403, "205");
    assertResult("{\"authKey\":\"" + key + "\",\"account\":\"ZZZ9_00000000099\"}", 404, "323");
    assertResult("{\"authKey\":\"" + key + "\",\"account\":\"08011112222\"}", 500, "210");
    assertResult(
        "{\"authKey\":\"" + key + "\",\"account\":\"" + FreebitEmulator.SUSPENDED_NUMBER + "\"}",
        500,
        "211");
    assertResult(
        "{\"authKey\":\"" + key + "\",\"account\":\"" + FreebitEmulator.PROBLEM_NUMBER + "\"}",
        500,
        "240");
  }

  private static void assertResult(String json, int status, String code) throws Exception {
    Http.Reply r =
        Http.post(
            freebit.emulator().baseUrl() + "/emptool/api/mvno/getTrafficInfo/",
            "application/json",
            json);
    assertThat(r.statusCode()).as(json).isEqualTo(status);
    assertThat(JSON.readTree(r.body()).get("resultCode").asText()).as(json).isEqualTo(code);
  }

  @Test
  void authKeysExpireOnTheEmulatorClock() throws Exception {
    String key = freebit.emulator().issueAuthKey();
    CLOCK.advance(Duration.ofMinutes(10));

    assertThat(
            jsonBody(
                    "/emptool/api/mvno/getTrafficInfo/",
                    "{\"authKey\":\"" + key + "\",\"account\":\"09000000000\"}")
                .get("resultCode")
                .asText())
        .isEqualTo("205");
  }
}
