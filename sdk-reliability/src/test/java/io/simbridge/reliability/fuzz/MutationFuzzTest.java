package io.simbridge.reliability.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.error.SimApiException;
import io.simbridge.core.error.TransportException;
import io.simbridge.reliability.support.AnswerHook;
import io.simbridge.reliability.support.Clients;
import io.simbridge.reliability.support.Fixtures;
import io.simbridge.reliability.support.Served;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Mutation fuzzing of every parser: each documented answer, then {@code reliability.fuzz.tries}
 * mutated answers per parser (600 by default, 25,000 with {@code -Pfuzz}), each read by every
 * call that reads such an answer, client and neutral view. The only outcomes allowed are a value
 * or a {@link SimApiException}; anything else (a {@code NullPointerException},
 * {@code ClassCastException}, {@code IllegalStateException}, an {@code Error}...) is a stray
 * exception, reported with what replays it:
 * {@code -Dreliability.fuzz.seed=<seed> -Dreliability.fuzz.only=<PARSER>:<case>}.
 *
 * <p>The hook cannot fail in transport, so a {@link TransportException} here means a decoding
 * error was mistaken for a network one: reported too, except the known case that
 * {@link FuzzFindingsTest} reproduces.
 *
 * <p>Answers are served by the in-process {@link AnswerHook}; {@link HookMatchesWireMockTest}
 * shows a sample gives the same outcomes through a real server. Outcome counts go to
 * {@code target/reliability/fuzz-<parser>.txt}.
 */
class MutationFuzzTest {
  static final int TRIES = Integer.getInteger("reliability.fuzz.tries", 600);
  static final long SEED = Long.getLong("reliability.fuzz.seed", 20260901L);
  private static final String ONLY = System.getProperty("reliability.fuzz.only", "");
  private static final int MAX_REPORTED = 15;

  @ParameterizedTest
  @EnumSource(Parser.class)
  void onlyValuesOrSimApiExceptions(Parser parser) throws Exception {
    List<Parser.Seed> seeds = parser.seeds();
    Mutator mutator = new Mutator(parser.format);
    AnswerHook hook = new AnswerHook();
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> strays = new ArrayList<>();
    Map<String, Integer> reportedPerKind = new TreeMap<>();
    Set<String> distinct = new HashSet<>();
    int calls = 0;
    int tried = 0;

    // The documented answers themselves first: a baseline that must read cleanly too.
    int first = -seeds.size();
    int end = TRIES;
    if (!ONLY.isEmpty()) {
      // Replay one case, whatever the number of tries it was found with.
      if (!ONLY.startsWith(parser + ":")) {
        return;
      }
      first = Integer.parseInt(ONLY.substring(ONLY.indexOf(':') + 1));
      end = first + 1;
    }
    for (int i = first; i < end; i++) {
      Parser.Seed seed = seeds.get(Math.floorMod(i, seeds.size()));
      byte[] original = Fixtures.bytes(seed.fixture());
      List<String> applied = new ArrayList<>();
      byte[] body =
          i < 0 ? original : mutator.mutate(original, new Random(caseSeed(parser, i)), applied);
      if (i >= 0) {
        tried++;
        distinct.add(seed.fixture() + "\n" + new String(body, StandardCharsets.ISO_8859_1));
      }
      route(hook, parser, seed, body);
      for (Parser.Call call : seed.calls()) {
        calls++;
        String outcome;
        try (Parser.Calls clients = new Parser.Calls(hook)) {
          call.action().invoke(clients);
          outcome = "value";
        } catch (TransportException e) {
          // The hook never fails in transport: this answer arrived whole, so an I/O error can only
          // come from decoding it, which makes it malformed.
          outcome = "MISCLASSIFIED TransportException";
          if (strays.size() < MAX_REPORTED) {
            strays.add(describe(parser, i, seed, call, applied, body, e));
          }
        } catch (SimApiException e) {
          outcome = e.getClass().getSimpleName();
        } catch (Throwable t) {
          outcome = "STRAY " + t.getClass().getName();
          // A few examples of each kind of stray exception, not the first few of the most common.
          if (reportedPerKind.merge(outcome, 1, Integer::sum) <= 3
              && strays.size() < MAX_REPORTED) {
            strays.add(describe(parser, i, seed, call, applied, body, t));
          }
        }
        outcomes.merge(outcome, 1, Integer::sum);
      }
    }
    report(parser, seeds.size(), tried, distinct.size(), calls, outcomes);
    assertThat(strays).as("stray exceptions for %s (seed %d)", parser, SEED).isEmpty();
  }

  /** The seed of one case: the campaign's seed, the parser and the case number. */
  @SuppressWarnings(
      "EnumOrdinal") // kept: another index would change every case a reported seed replays
  static long caseSeed(Parser parser, int i) {
    return SEED * 1_000_003L + parser.ordinal() * 100_000_007L + i;
  }

  /** Serves {@code body} on the parser's path, and the documented answers everywhere else. */
  static void route(AnswerHook hook, Parser parser, Parser.Seed seed, byte[] body) {
    Served fuzzed = Served.of(200, parser.contentType, body);
    Served token = Served.ok("application/json", Clients.horisenTokenAnswer());
    Served auth = Served.ok("application/json", Clients.freebitAuthAnswer());
    Served traffic =
        Served.ok("application/json", Fixtures.text("freebit/PA05-01-response-mvno-account.json"));
    Served page =
        Served.ok("application/json", Fixtures.text("horisen/3.1-customer-traffic-reports.json"));
    hook.route(
        r -> {
          String path = r.url().encodedPath();
          if (path.equals(seed.path())) {
            return fuzzed;
          } else if (path.equals(Clients.HORISEN_TOKEN_PATH)) {
            return token;
          } else if (path.equals(Parser.AUTH_PATH)) {
            return auth;
          } else if (path.equals(Parser.TRAFFIC_PATH)) {
            return traffic;
          }
          return page;
        });
  }

  private static String describe(
      Parser parser,
      int i,
      Parser.Seed seed,
      Parser.Call call,
      List<String> applied,
      byte[] body,
      Throwable t) {
    String text = new String(body, StandardCharsets.UTF_8);
    java.io.StringWriter trace = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(trace));
    String[] frames = trace.toString().split("\n");
    return "\n"
        + parser
        + ":"
        + i
        + " (replay: -Dreliability.fuzz.seed="
        + SEED
        + " -Dreliability.fuzz.only="
        + parser
        + ":"
        + i
        + ")\n  fixture "
        + seed.fixture()
        + ", call "
        + call.name()
        + ", mutations "
        + applied
        + "\n  answer: "
        + Mutator.printable(text.length() > 600 ? text.substring(0, 600) + "..." : text)
        + "\n  "
        + String.join("\n  ", java.util.Arrays.copyOf(frames, Math.min(frames.length, 12)));
  }

  private static void report(
      Parser parser, int seeds, int tried, int distinct, int calls, Map<String, Integer> outcomes) {
    StringBuilder b = new StringBuilder();
    b.append("parser=")
        .append(parser)
        .append('\n')
        .append("seed=")
        .append(SEED)
        .append('\n')
        .append("documented answers=")
        .append(seeds)
        .append('\n')
        .append("mutated answers=")
        .append(tried)
        .append('\n')
        .append("distinct mutated answers=")
        .append(distinct)
        .append('\n')
        .append("calls=")
        .append(calls)
        .append('\n');
    outcomes.forEach((k, v) -> b.append("outcome ").append(k).append('=').append(v).append('\n'));
    System.out.print(b);
    try {
      Path dir = Path.of("target", "reliability");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("fuzz-" + parser + ".txt"), b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
