package io.simbridge.m2miportal;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okXml;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.time.ManualClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** A WireMock server standing for the API, a client pointed at it, and fixture helpers. */
abstract class M2mTestSupport {
  @RegisterExtension
  static final WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** The docs' example: 19 digits without a valid Luhn check digit, which must still be accepted. */
  static final Iccid ICCID = Iccid.of("1234567890123456789");

  final ManualClock time = new ManualClock(Instant.parse("2026-03-01T00:00:00Z"));
  M2mIportalClient client;

  /** @return a builder pointed at WireMock with the docs' example credentials and manual time */
  M2mIportalClient.Builder builder() {
    return M2mIportalClient.builder()
        .baseUrl(server.baseUrl())
        .clock(time)
        .sleeper(time)
        .username("username")
        .password("password")
        .apiId("123456");
  }

  @BeforeEach
  void createClient() {
    client = builder().build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  static String fixture(String name) {
    try (InputStream in = M2mTestSupport.class.getResourceAsStream("/fixtures/" + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers requests whose root element is {@code root} with {@code body}. */
  static void answer(String root, String body) {
    server.stubFor(
        post(urlPathEqualTo("/"))
            .withRequestBody(matchingXPath("/" + root))
            .willReturn(okXml(body)));
  }

  static void answerFixture(String root, String fixtureName) {
    answer(root, fixture(fixtureName));
  }

  /** A successful answer of {@code root}'s operation with the given elements. */
  static String success(String root, String elements) {
    return "<"
        + root
        + "_response api_id=\"123456\"><api_outcome>success</api_outcome>"
        + elements
        + "</"
        + root
        + "_response>";
  }

  static LoggedRequest onlyRequest() {
    List<LoggedRequest> all = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  static void assertNothingSent() {
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  /** Parses XML with a DOCTYPE-refusing parser, comments and whitespace between elements dropped. */
  static Document dom(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setIgnoringComments(true);
      Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
      dropBlankText(d.getDocumentElement());
      return d;
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + xml, e);
    }
  }

  private static void dropBlankText(Node n) {
    for (Node c = n.getFirstChild(); c != null; ) {
      Node next = c.getNextSibling();
      if (c.getNodeType() == Node.TEXT_NODE
          && c.getNodeValue().isBlank()
          && n.getChildNodes().getLength() > 1) {
        n.removeChild(c);
      } else {
        dropBlankText(c);
      }
      c = next;
    }
  }

  /** @return the document written compactly, for comparing two documents whatever their layout */
  static String canonical(String xml) {
    try {
      var t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      StringWriter out = new StringWriter();
      t.transform(new DOMSource(dom(xml)), new StreamResult(out));
      return out.toString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** @return the text of the first element named {@code name} in the document */
  static String textOf(String xml, String name) {
    Node n = dom(xml).getElementsByTagName(name).item(0);
    assertThat(n).as("element <%s> in %s", name, xml).isNotNull();
    return n.getTextContent();
  }
}
