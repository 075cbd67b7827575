package io.simbridge.reliability.secrets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.testing.LogCapture;
import io.simbridge.core.time.ManualClock;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.horisen.model.Filter;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.reliability.support.Clients;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14, section 2: secrets forgotten after many token renewals, an M2M iPortal password that
 * starts with the username, secrets cut before they were hidden, and secrets echoed in the other
 * spellings a provider or a proxy writes ({@link SecretForms#otherSpellings}). Searched in every
 * log line (TRACE), every exception message of each cause chain and every serialized exception.
 */
class SecretsOverLongUptimeAndInEverySpellingTest {
  @RegisterExtension final LogCapture logs = new LogCapture();

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final int RENEWALS = 45;
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 1, 31);

  private final ManualClock clock = Clients.clock();
  private final List<String> texts = new ArrayList<>();

  /** Echoed in every spelling and searched in every spelling. */
  private final Set<String> secrets = new LinkedHashSet<>();

  /** The tokens issued at run time: searched as they are, and by their prefix. */
  private final Set<String> tokens = new LinkedHashSet<>();

  private int failures;

  @AfterEach
  void report(org.junit.jupiter.api.TestInfo test) {
    System.out.printf(
        "secrets test %s: %d failures, %d secrets echoed, %d tokens, %d log lines%n",
        test.getDisplayName(), failures, secrets.size(), tokens.size(), logs.lines().size());
  }

  @Test
  void horisenClientSecretStaysHiddenAfter45TokenRenewals() {
    secrets.add(Clients.HORISEN_CLIENT_SECRET);
    try (HorisenClient h = Clients.horisen(server.baseUrl(), server.baseUrl(), clock).build()) {
      Supplier<Object> report = () -> h.customerTrafficReportsPage(FROM, TO, Filter.none(), 1);
      server.stubFor(
          any(anyUrl())
              .atPriority(5)
              .willReturn(
                  aResponse()
                      .withStatus(400)
                      .withHeader("Content-Type", "application/json")
                      .withBody("{\"Code\":\"BAD\",\"Message\":\"refused\"}")));
      for (int i = 0; i < RENEWALS; i++) {
        String token = "hz-renewed-token-" + i;
        tokens.add(token);
        server.stubFor(
            post(urlPathEqualTo(Clients.HORISEN_TOKEN_PATH))
                .atPriority(1)
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"access_token\":\""
                                + token
                                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        attempt(report);
        clock.advance(Duration.ofHours(1));
      }
      assertThat(server.findAll(postRequestedFor(urlPathEqualTo(Clients.HORISEN_TOKEN_PATH))))
          .hasSize(RENEWALS);

      secrets.add("hz-renewed-token-0");
      secrets.add("hz-renewed-token-" + (RENEWALS - 1));
      echoInEverySpelling("application/json", report);
    }
    assertNoSecretLeaked();
  }

  @Test
  void freebitOemKeyStaysHiddenAfter45ReAuthentications() {
    secrets.add(Clients.FREEBIT_OEM_KEY);
    try (FreebitClient f = Clients.freebitWithOem(server.baseUrl(), clock).build()) {
      Supplier<Object> traffic = () -> f.getTrafficInfo(FreebitAccount.of("09012345678"));
      // 205: the key expired; the client authenticates again and replays once.
      server.stubFor(
          any(anyUrl())
              .atPriority(5)
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withBody(
                          "{\"resultCode\":\"205\",\"status\":{\"message\":\"key expired\",\"statusCode\":\"403\"}}")));
      for (int i = 0; i < RENEWALS; i++) {
        String key = "fb-renewed-key-" + i;
        tokens.add(key);
        server.stubFor(
            post(urlPathEqualTo("/emptool/api/authOem/"))
                .atPriority(1)
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"resultCode\":\"100\","
                                + "\"status\":{\"message\":\"OK\",\"statusCode\":\"200\"},\"authKey\":\""
                                + key
                                + "\"}")));
        attempt(traffic);
      }
      assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/emptool/api/authOem/"))))
          .hasSizeGreaterThanOrEqualTo(RENEWALS);

      secrets.add("fb-renewed-key-0");
      secrets.add("fb-renewed-key-" + (RENEWALS - 1));
      echoInEverySpelling("application/json", traffic);
    }
    assertNoSecretLeaked();
  }

  @Test
  void anM2mIportalPasswordThatStartsWithTheUsernameIsNeverPartlyShown() {
    String username = "acme-ops";
    String password = "acme-ops-Vault-2024!";
    secrets.add(password);
    try (M2mIportalClient m2m =
        M2mIportalClient.builder()
            .username(username)
            .password(password)
            .apiId(Clients.M2M_API_ID)
            .baseUrl(server.baseUrl())
            .clock(clock)
            .sleeper(clock)
            .build()) {
      echoInEverySpelling(
          "application/xml", () -> m2m.queryStatus(Iccid.of("8944501312167518236")));
    }
    assertNoSecretLeaked();
    assertThat(logs.text() + String.join("\n", texts)).doesNotContain("Vault-2024");
  }

  @Test
  void aSecretAcrossTheCutOfAnExcerptOrATraceBodyShowsNoPrefix() {
    String secret = Clients.HORISEN_CLIENT_SECRET;
    secrets.add(secret);
    try (HorisenClient h = Clients.horisen(server.baseUrl(), server.baseUrl(), clock).build()) {
      // Where the excerpt (640 bytes) and the TRACE body (16 KiB) were cut before hiding.
      for (String body : List.of(" ".repeat(630) + secret, "x".repeat(16_376) + secret)) {
        server.stubFor(
            any(anyUrl())
                .atPriority(5)
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
        attempt(() -> h.customerTrafficReportsPage(FROM, TO, Filter.none(), 1));
      }
    }
    assertNoSecretLeaked();
  }

  /** Answers with every secret known so far in every spelling, each status, and makes the call. */
  private void echoInEverySpelling(String contentType, Supplier<Object> call) {
    List<String> echoes = new ArrayList<>();
    for (String s : secrets) {
      echoes.addAll(SecretForms.otherSpellings(s));
    }
    String all = String.join(" | ", echoes);
    for (int status : List.of(200, 401, 500)) {
      for (String body :
          List.of(all, "<html><p>" + all + "</p></html>", "{\"error\":\"" + all + "\"}")) {
        server.stubFor(
            any(anyUrl())
                .atPriority(5)
                .willReturn(
                    aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", contentType)
                        .withBody(body)));
        attempt(call);
      }
    }
  }

  private void attempt(Supplier<Object> call) {
    try {
      texts.add(String.valueOf(call.get()));
    } catch (SimApiException e) {
      failures++;
      texts.add(serialized(e));
      for (Throwable t = e; t != null; t = t.getCause()) {
        texts.add(t.toString());
      }
    }
  }

  /** The exception as Java serialization writes it, read as Latin-1 so every ASCII secret shows. */
  private static String serialized(SimApiException e) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }

  private void assertNoSecretLeaked() {
    assertThat(failures).as("failures seen").isPositive();
    assertThat(logs.text()).contains("***");
    String haystack = logs.text() + "\n" + String.join("\n", texts);
    List<String> found = new ArrayList<>();
    for (String s : secrets) {
      for (String form : SecretForms.otherSpellings(s)) {
        if (haystack.contains(form)) {
          found.add(form);
        }
      }
    }
    Set<String> all = new LinkedHashSet<>(secrets);
    all.addAll(tokens);
    for (String s : all) {
      // A cut never leaves a secret's prefix of 6 characters or more.
      if (haystack.contains(s.substring(0, Math.min(6, s.length())))) {
        found.add("prefix of " + s);
      }
    }
    assertThat(found)
        .as("secrets found in logs, exception messages or serialized exceptions")
        .isEmpty();
  }
}
