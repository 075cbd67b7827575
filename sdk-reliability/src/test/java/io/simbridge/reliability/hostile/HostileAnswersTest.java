package io.simbridge.reliability.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.internal.http.TransportOptions;
import io.simbridge.core.testing.LogCapture;
import io.simbridge.horisen.model.CustTrafficReport;
import io.simbridge.horisen.model.ReportPage;
import io.simbridge.reliability.fuzz.Parser;
import io.simbridge.reliability.support.Clients;
import io.simbridge.reliability.support.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile answers, for every parser (Things Mobile XML, M2M iPortal XML, HORISEN JSON and CSV,
 * freebit JSON, HORISEN's OAuth token JSON, freebit's authOem JSON), through a real server:
 * external entities that would read a canary file or fetch a canary URL, entity-expansion
 * bombs, deep nesting, an exponent that expands to a billion digits, and answers far larger than
 * any documented page with and without {@code Content-Length}. Each must be refused (or, for the
 * streamed CSV report, read row by row), never read a file, never reach the canary URL, and never
 * end in an {@code Error}. The canary's content must appear nowhere: not in the value, not in any
 * exception message of the cause chain, not in any log line at TRACE.
 *
 * <p>The bounded-memory side of the large answers is proven in a 128 MiB JVM by
 * {@link BoundedMemoryTest}.
 */
class HostileAnswersTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** The same, but every answer chunked, without {@code Content-Length}. */
  @RegisterExtension
  static WireMockExtension chunked =
      WireMockExtension.newInstance()
          .options(
              wireMockConfig()
                  .dynamicPort()
                  .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.ALWAYS))
          .build();

  @RegisterExtension final LogCapture logs = new LogCapture();

  /** Larger than the default limit (16 MiB), and than any documented page by far. */
  static final int HUGE = (int) TransportOptions.DEFAULT_MAX_RESPONSE_BYTES + 2 * 1024 * 1024;

  private static final String CANARY = "CANARY-" + UUID.randomUUID();
  private static Path canaryFile;

  @TempDir static Path tmp;

  @BeforeAll
  static void plantCanary() throws IOException {
    canaryFile = tmp.resolve("canary-" + UUID.randomUUID() + ".txt").toAbsolutePath();
    Files.writeString(canaryFile, CANARY);
  }

  @BeforeEach
  void healthyNeighbours() {
    for (WireMockExtension s : List.of(server, chunked)) {
      s.stubFor(
          post(urlPathEqualTo(Clients.HORISEN_TOKEN_PATH))
              .willReturn(okJson(Clients.horisenTokenAnswer())));
      s.stubFor(
          post(urlPathEqualTo(Parser.AUTH_PATH)).willReturn(okJson(Clients.freebitAuthAnswer())));
      s.stubFor(
          post(urlPathEqualTo(Parser.TRAFFIC_PATH))
              .willReturn(okJson(Fixtures.text("freebit/PA05-01-response-mvno-account.json"))));
      s.stubFor(
          any(urlPathMatching("/canary.*"))
              .willReturn(aResponse().withStatus(200).withBody(CANARY)));
    }
  }

  @ParameterizedTest
  @EnumSource(Parser.class)
  void anExternalEntityNeverReadsTheCanaryFile(Parser parser) {
    String doctype = "<!DOCTYPE r [<!ENTITY canary SYSTEM \"" + canaryFile.toUri() + "\">]>";
    Outcome o = serveAndCall(parser, withDoctype(parser, doctype, "&canary;"));

    assertThat(o.thrown()).isExactlyInstanceOf(MalformedResponseException.class);
    assertCanaryAbsent(o);
  }

  @ParameterizedTest
  @EnumSource(Parser.class)
  void externalDtdsAndParameterEntitiesNeverReachTheCanaryUrl(Parser parser) {
    String url = server.baseUrl() + "/canary";
    List<String> doctypes =
        List.of(
            "<!DOCTYPE r SYSTEM \"" + url + ".dtd\">",
            "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + url + "-param\"> %p;]>",
            "<!DOCTYPE r [<!ENTITY canary SYSTEM \"" + url + "-entity\">]>",
            "<!DOCTYPE r PUBLIC \"-//canary//EN\" \"" + url + "-public.dtd\">");
    for (String doctype : doctypes) {
      Outcome o = serveAndCall(parser, withDoctype(parser, doctype, "&canary;"));

      assertThat(o.thrown()).as(doctype).isExactlyInstanceOf(MalformedResponseException.class);
      assertCanaryAbsent(o);
    }
    assertThat(server.findAll(anyRequestedFor(urlPathMatching("/canary.*"))))
        .as("requests to the canary URL")
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Parser.class)
  void anXIncludeIsNotFollowed(Parser parser) {
    String body =
        "<r xmlns:xi=\"http://www.w3.org/2001/XInclude\"><api_outcome>success</api_outcome><done>true</done>"
            + "<status><xi:include href=\""
            + canaryFile.toUri()
            + "\" parse=\"text\"/></status></r>";
    // Read as an ordinary element (no XInclude processing): whatever the parser makes of it, an
    // allowed outcome (call() fails on any other), and never the file's content.
    Outcome o = serveAndCall(parser, body);

    assertCanaryAbsent(o);
  }

  @ParameterizedTest
  @EnumSource(Parser.class)
  void entityExpansionBombsAreRefused(Parser parser) {
    StringBuilder laughs = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      laughs
          .append("<!ENTITY l")
          .append(i)
          .append(" \"")
          .append(("&l" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    laughs.append("]>");
    // Quadratic blowup: no nesting, one 64 KiB entity referenced 10,000 times.
    String quadratic = "<!DOCTYPE r [<!ENTITY big \"" + "x".repeat(65_536) + "\">]>";

    Outcome billion = serveAndCall(parser, withDoctype(parser, laughs.toString(), "&l9;"));
    Outcome square = serveAndCall(parser, withDoctype(parser, quadratic, "&big;".repeat(10_000)));

    assertThat(billion.thrown()).isExactlyInstanceOf(MalformedResponseException.class);
    assertThat(square.thrown()).isExactlyInstanceOf(MalformedResponseException.class);
  }

  @ParameterizedTest
  @EnumSource(Parser.class)
  void deepNestingIsRefused(Parser parser) {
    int depth = 100_000;
    String nested =
        parser.readsXml()
            ? "<a>".repeat(depth) + "</a>".repeat(depth)
            : "{\"data\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    String objects =
        parser.readsXml()
            ? "<result><done>true</done><sims>"
                + "<sim><cdrs>".repeat(depth / 2)
                + "</cdrs></sim>".repeat(depth / 2)
                + "</sims></result>"
            : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);

    for (String body : List.of(nested, objects)) {
      Outcome o = serveAndCall(parser, body);

      assertThat(o.thrown()).isExactlyInstanceOf(MalformedResponseException.class);
    }
  }

  /**
   * A number whose exponent spells a billion digits: 18 bytes that a reader writing the number
   * out in full would turn into a gigabyte. (HORISEN's report rows and token are excluded: they
   * have exactly that bug, see the disabled tests below.)
   */
  @ParameterizedTest
  @EnumSource(
      value = Parser.class,
      names = {"HORISEN_JSON"},
      mode = EnumSource.Mode.EXCLUDE)
  void anExponentBombIsRefusedOrReadAsWritten(Parser parser) {
    String bomb = "1e999999999";
    String body =
        switch (parser) {
          case THINGS_MOBILE_XML ->
              fixture(parser)
                  .replace("<balance>30</balance>", "<balance>" + bomb + "</balance>")
                  .replace("<dailyTrafficThreshold>1000000", "<dailyTrafficThreshold>" + bomb);
          case M2M_IPORTAL_XML -> fixture(parser).replace(">active<", ">" + bomb + "<");
          case HORISEN_CSV -> fixture(parser).replace("0.0065", bomb);
          case FREEBIT_JSON -> fixture(parser).replace("\"today\": \"100\"", "\"today\": " + bomb);
          case HORISEN_TOKEN_JSON -> fixture(parser).replace("3600", bomb);
          case FREEBIT_AUTH_OEM_JSON -> fixture(parser).replace("\"100\"", bomb);
          default -> throw new IllegalArgumentException(parser.name());
        };
    assertThat(body).contains(bomb);

    Outcome o = serveAndCall(parser, body);

    assertThat(o.thrown())
        .satisfiesAnyOf(
            t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(SimApiException.class));
    assertThat(String.valueOf(o.value())).hasSizeLessThan(100_000);
  }

  @Test
  void horisenReadsAnExponentInATextFieldWithoutWritingItOut() {
    serve(server, Parser.HORISEN_JSON, "{\"data\":[{\"mcc\": 1e9999999, \"customerId\": 1}]}");

    Outcome o = call(Parser.HORISEN_JSON, server.baseUrl());

    assertThat(o.thrown())
        .satisfiesAnyOf(
            t -> assertThat(t).isInstanceOf(MalformedResponseException.class),
            t -> assertThat(t).isNull());
    if (o.thrown() == null) {
      @SuppressWarnings("unchecked")
      ReportPage<CustTrafficReport> page = (ReportPage<CustTrafficReport>) o.value();
      assertThat(page.data().get(0).mcc().orElse("")).hasSizeLessThan(64);
    }
  }

  @Test
  void horisenRefusesATokenThatIsAnExponentBomb() {
    server.stubFor(
        post(urlPathEqualTo(Clients.HORISEN_TOKEN_PATH))
            .willReturn(
                okJson(
                    "{\"access_token\": 1e9999999, \"token_type\": \"Bearer\", \"expires_in\": 3600}")));
    server.stubFor(
        get(urlPathMatching("/api/.*"))
            .willReturn(okJson(Fixtures.text("horisen/3.1-customer-traffic-reports.json"))));

    Outcome o = call(Parser.HORISEN_JSON, server.baseUrl());

    assertThat(o.thrown()).isExactlyInstanceOf(MalformedResponseException.class);
  }

  @ParameterizedTest
  @EnumSource(Parser.class)
  void aHugeAnswerWithContentLengthIsRefusedOrStreamed(Parser parser) {
    hugeAnswer(parser, server);
  }

  @ParameterizedTest
  @EnumSource(Parser.class)
  void aHugeChunkedAnswerIsRefusedOrStreamed(Parser parser) throws IOException {
    assertChunkedServerSendsNoContentLength();
    hugeAnswer(parser, chunked);
  }

  private void hugeAnswer(Parser parser, WireMockExtension srv) {
    String fixture = fixture(parser);
    Outcome o;
    if (parser.readsCsv()) {
      int eol = fixture.indexOf('\n') + 1;
      String header = fixture.substring(0, eol);
      String row =
          "1001,\"Acme, Inc.\",ACME-01,55,Standard EU,Germany,Telekom Deutschland,262,01,2024-10,15230,EUR,"
              + "0.0065,98.995\r\n";
      int rows = HUGE / row.length();
      serve(srv, parser, header + row.repeat(rows));
      o = call(parser, srv.baseUrl());
      assertThat(o.thrown()).isNull();
      assertThat((List<?>) o.value()).hasSize(rows);
    } else {
      // The documented answer with whitespace between its first two lines: valid, only too large.
      int at = fixture.indexOf('\n') + 1;
      serve(srv, parser, fixture.substring(0, at) + " ".repeat(HUGE) + fixture.substring(at));
      o = call(parser, srv.baseUrl());
      assertThat(o.thrown())
          .isExactlyInstanceOf(MalformedResponseException.class)
          .hasMessageContaining(
              "is larger than the limit of "
                  + TransportOptions.DEFAULT_MAX_RESPONSE_BYTES
                  + " bytes");
    }
    srv.resetAll();
  }

  /** The chunked server really answers without {@code Content-Length}. */
  private static void assertChunkedServerSendsNoContentLength() throws IOException {
    chunked.stubFor(
        get("/probe").willReturn(aResponse().withStatus(200).withBody("x".repeat(1000))));
    try (Response r =
        new OkHttpClient()
            .newCall(new Request.Builder().url(chunked.baseUrl() + "/probe").build())
            .execute()) {
      assertThat(r.header("Content-Length")).isNull();
      assertThat(r.header("Transfer-Encoding")).isEqualToIgnoringCase("chunked");
    }
  }

  // ---- helpers ----

  /**
   * What a call gave.
   *
   * @param value its value
   * @param thrown what it threw
   */
  record Outcome(Object value, Throwable thrown) {}

  private static String fixture(Parser parser) {
    return Fixtures.text(parser.representative().fixture());
  }

  /**
   * For an XML parser, the documented answer with the DOCTYPE before its root and {@code ref} as
   * the text of its first leaf element; for the others, a small XML document (which their
   * formats cannot read anyway).
   */
  private static String withDoctype(Parser parser, String doctype, String ref) {
    if (!parser.readsXml()) {
      return "<?xml version=\"1.0\"?>" + doctype + "<r>" + ref + "</r>";
    }
    String xml = fixture(parser);
    int root = 0;
    while (xml.startsWith("<!--", root)
        || xml.startsWith("<?", root)
        || Character.isWhitespace(xml.charAt(root))) {
      root =
          xml.startsWith("<!--", root)
              ? xml.indexOf("-->", root) + 3
              : xml.startsWith("<?", root) ? xml.indexOf("?>", root) + 2 : root + 1;
    }
    String withDoctype = xml.substring(0, root) + doctype + xml.substring(root);
    return withDoctype.replaceFirst(
        ">([^<>]+)</", ">" + java.util.regex.Matcher.quoteReplacement(ref) + "</");
  }

  private static void serve(WireMockExtension srv, Parser parser, String body) {
    String path = parser.representative().path();
    var answer =
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", parser.contentType)
            .withBody(body.getBytes(StandardCharsets.UTF_8));
    srv.stubFor(
        (path.startsWith(Clients.HORISEN_API)
                ? get(urlPathEqualTo(path))
                : post(urlPathEqualTo(path)))
            .willReturn(answer));
  }

  private Outcome serveAndCall(Parser parser, String body) {
    serve(server, parser, body);
    return call(parser, server.baseUrl());
  }

  private static Outcome call(Parser parser, String baseUrl) {
    Parser.Call call = parser.representative().calls().get(0);
    try (Parser.Calls clients = new Parser.Calls(baseUrl, null)) {
      return new Outcome(call.action().invoke(clients), null);
    } catch (Throwable t) {
      if (!(t instanceof SimApiException)) {
        throw new AssertionError("stray " + t, t);
      }
      return new Outcome(null, t);
    }
  }

  private void assertCanaryAbsent(Outcome o) {
    List<String> texts = new ArrayList<>();
    texts.add(String.valueOf(o.value()));
    for (Throwable t = o.thrown(); t != null; t = t.getCause()) {
      texts.add(t.toString());
    }
    texts.add(logs.text());
    assertThat(String.join("\n", texts)).doesNotContain(CANARY);
  }
}
