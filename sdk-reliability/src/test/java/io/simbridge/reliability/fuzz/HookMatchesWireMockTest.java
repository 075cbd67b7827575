package io.simbridge.reliability.fuzz;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.reliability.support.AnswerHook;
import io.simbridge.reliability.support.Clients;
import io.simbridge.reliability.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The in-process {@link AnswerHook} the fuzzing uses gives the same outcomes as a real server: the
 * first {@value #SAMPLE} mutated answers of each parser (the same ones {@link MutationFuzzTest}
 * tries first), served both ways, end alike for every call (a value, or the same exception type).
 */
class HookMatchesWireMockTest {
  static final int SAMPLE = 40;

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @ParameterizedTest
  @EnumSource(Parser.class)
  void sameOutcomesThroughAServer(Parser parser) {
    List<Parser.Seed> seeds = parser.seeds();
    Mutator mutator = new Mutator(parser.format);
    AnswerHook hook = new AnswerHook();
    List<String> viaHook = new ArrayList<>();
    List<String> viaServer = new ArrayList<>();
    for (int i = 0; i < SAMPLE; i++) {
      Parser.Seed seed = seeds.get(i % seeds.size());
      byte[] body =
          mutator.mutate(
              Fixtures.bytes(seed.fixture()),
              new Random(MutationFuzzTest.caseSeed(parser, i)),
              new ArrayList<>());
      MutationFuzzTest.route(hook, parser, seed, body);
      serve(parser, seed, body);
      for (Parser.Call call : seed.calls()) {
        viaHook.add(i + " " + call.name() + ": " + outcome(call, new Parser.Calls(hook)));
        viaServer.add(
            i + " " + call.name() + ": " + outcome(call, new Parser.Calls(server.baseUrl(), null)));
      }
    }

    assertThat(viaServer).isEqualTo(viaHook);
    assertThat(viaHook).anyMatch(o -> o.endsWith(": value")).anyMatch(o -> o.endsWith("Exception"));
  }

  private static void serve(Parser parser, Parser.Seed seed, byte[] body) {
    server.resetAll();
    server.stubFor(
        any(anyUrl())
            .atPriority(9)
            .willReturn(okJson(Fixtures.text("horisen/3.1-customer-traffic-reports.json"))));
    server.stubFor(
        post(urlPathEqualTo(Clients.HORISEN_TOKEN_PATH))
            .atPriority(5)
            .willReturn(okJson(Clients.horisenTokenAnswer())));
    server.stubFor(
        post(urlPathEqualTo(Parser.AUTH_PATH))
            .atPriority(5)
            .willReturn(okJson(Clients.freebitAuthAnswer())));
    server.stubFor(
        post(urlPathEqualTo(Parser.TRAFFIC_PATH))
            .atPriority(5)
            .willReturn(okJson(Fixtures.text("freebit/PA05-01-response-mvno-account.json"))));
    var answer =
        aResponse().withStatus(200).withHeader("Content-Type", parser.contentType).withBody(body);
    server.stubFor(
        (seed.path().startsWith(Clients.HORISEN_API)
                ? get(urlPathEqualTo(seed.path()))
                : post(urlPathEqualTo(seed.path())))
            .atPriority(1)
            .willReturn(answer));
  }

  private static String outcome(Parser.Call call, Parser.Calls clients) {
    try (clients) {
      call.action().invoke(clients);
      return "value";
    } catch (Throwable t) {
      return t.getClass().getSimpleName();
    }
  }
}
