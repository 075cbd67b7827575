package io.simbridge.testkit.m2miportal;

import static io.simbridge.testkit.internal.Text.xml;

import io.simbridge.testkit.EmulatedRequest;
import io.simbridge.testkit.EmulatedResponse;
import io.simbridge.testkit.ProviderEmulator;
import io.simbridge.testkit.internal.DocumentedOperations;
import io.simbridge.testkit.internal.Text;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An emulator of the M2M iPortal XML API: the nine information requests and commands on one
 * endpoint, named by the request's root element. SIMs keep state (set_status, set_group), a sent
 * SMS appears in query_sms_mt_details, group moves are refused during a contract term, and
 * unknown ICCIDs and wrong credentials get the API's failure answer.
 *
 * <p>Give a client {@link #baseUrl()} and {@link #USERNAME}, {@link #PASSWORD} (which contains
 * XML special characters, so a client that does not escape it fails) and {@link #API_ID}.
 * Generated SIMs cover every documented variant: some have no traffic history (all elements
 * empty) or no network, some no contract, some a minimum or fixed term; one is closed.
 */
public final class M2mIportalEmulator extends ProviderEmulator<M2mIportalEmulator> {
  /** The API user the emulator accepts. */
  public static final String USERNAME = "simbridge-user";

  /** The password the emulator accepts; it contains {@code < & " '} on purpose. */
  public static final String PASSWORD = "p<a&ss\"wo'rd>";

  /** The API account id the emulator accepts. */
  public static final String API_ID = "123456";

  /** The nine operations, by root element, from {@link DocumentedOperations#forEmulator(String)}. */
  public static final Set<String> OPERATIONS =
      DocumentedOperations.forEmulator("m2miportal").intervals().keySet();

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneOffset.UTC);

  private final int generatedSims;
  private final Map<String, Sim> sims = new LinkedHashMap<>();
  private final DocumentBuilderFactory parsers = hardenedParsers();
  // simbridge sends a form feed (GSM 7-bit extension table) as &#12;, which XML 1.0 parsers refuse
  // and the provider's parser is left to decide on: the emulator accepts that one reference by
  // parsing a private-use stand-in in its place, and answers it the same way in an XML 1.1 answer.
  private static final String FORM_FEED_REF = "&#12;";
  private static final String FORM_FEED_STAND_IN = "\uE00C";
  private static final String SUBSTITUTED = "formFeedStandIn";

  /** An emulator with the defaults of {@link #builder()}. */
  public M2mIportalEmulator() {
    this(builder());
  }

  private M2mIportalEmulator(Builder b) {
    super(b.clock);
    this.generatedSims = b.generatedSims;
    resetState();
  }

  /** @return a builder: 24 generated SIMs */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String providerId() {
    return "m2miportal";
  }

  /** @return the ICCIDs of the generated SIMs */
  public synchronized List<String> iccids() {
    return List.copyOf(sims.keySet());
  }

  /**
   * @param iccid a SIM
   * @return its status as the API reports it: active, deactivated or closed
   */
  public synchronized String statusOf(String iccid) {
    return Objects.requireNonNull(sims.get(iccid), "no SIM " + iccid).status;
  }

  /**
   * @param iccid a SIM
   * @return its group code
   */
  public synchronized String groupOf(String iccid) {
    return Objects.requireNonNull(sims.get(iccid), "no SIM " + iccid).group;
  }

  @Override
  protected Optional<String> operationOf(EmulatedRequest r) {
    if (!r.method().equals("POST")) {
      return Optional.empty();
    }
    return Optional.of(
        root(r).map(Element::getTagName).filter(OPERATIONS::contains).orElse("unknown"));
  }

  @Override
  protected void resetState() {
    sims.clear();
    Instant base = Instant.parse("2026-01-10T08:00:00Z");
    for (int i = 0; i < generatedSims; i++) {
      Sim s = new Sim(Text.withLuhn("894430000", i, 9));
      s.status = i == generatedSims - 1 ? "closed" : i % 8 == 6 ? "deactivated" : "active";
      s.group = "GRP" + (i % 3 + 1);
      s.historyKind = i % 6 == 5 ? null : i % 3 == 0 ? "data" : i % 3 == 1 ? "sms" : "voice";
      s.historyAt = base.minusSeconds(3600L * i);
      s.network = i % 6 == 4 ? "" : "vodafone";
      s.country = i % 6 == 4 ? "" : "united kingdom";
      s.contractType = i % 3 == 0 ? "" : String.valueOf(i % 3);
      s.monthsRemaining = i % 3 == 0 ? "" : String.valueOf(i % 4);
      s.dataMb = String.format("%d.%03d", 80 + i, (i * 7) % 1000);
      s.smsCount = 3 + i % 5;
      s.voiceMins = i % 4;
      s.levels =
          i % 2 == 0 ? new String[] {"10.00", "20.00"} : new String[] {"500.000", "1024.000"};
      sims.put(s.iccid, s);
    }
  }

  @Override
  protected EmulatedResponse handle(String op, EmulatedRequest r) {
    Optional<Element> root = root(r);
    if (op.equals("unknown") || root.isEmpty()) {
      return failure(
          root.map(Element::getTagName).orElse("request"),
          "Invalid request: unknown or malformed request");
    }
    Element req = root.get();
    if (!"1".equals(req.getAttribute("version"))) {
      return failure(op, "Invalid or missing parameters: version");
    }
    if (!API_ID.equals(req.getAttribute("api_id"))
        || !USERNAME.equals(text(req, "username"))
        || !PASSWORD.equals(text(req, "password"))) {
      return failure(op, "Invalid authentication credentials");
    }
    String iccid = text(req, "iccid");
    if (iccid == null || iccid.isBlank()) {
      return failure(op, "Invalid or missing parameters: iccid");
    }
    Sim s = sims.get(iccid);
    if (s == null) {
      return failure(op, "Unknown ICCID " + iccid);
    }
    return switch (op) {
      case "query_last_mo_traffic" ->
          s.historyKind == null
              ? success(
                  op,
                  el("traffic_type", "")
                      + el("timestamp", "")
                      + el("network", "")
                      + el("country", ""))
              : success(
                  op,
                  el("traffic_type", s.historyKind)
                      + el("timestamp", TIMESTAMP.format(s.historyAt))
                      + el("network", s.network)
                      + el("country", s.country));
      case "query_contract" ->
          success(
              op, el("contract_type", s.contractType) + el("months_remaining", s.monthsRemaining));
      case "query_status" -> success(op, el("status", s.status));
      case "query_usage" ->
          success(
              op,
              el("data_mb", s.dataMb)
                  + el("sms", String.valueOf(s.smsCount))
                  + el("voice_mins", String.valueOf(s.voiceMins)));
      case "query_usage_levels" ->
          success(op, el("warning", s.levels[0]) + el("limit", s.levels[1]));
      case "query_sms_mt_details" -> smsDetails(op, req, s);
      case "set_status" -> setStatus(op, req, s);
      case "set_group" -> setGroup(op, req, s);
      case "send_sms" -> sendSms(op, req, s);
      default -> throw new IllegalStateException(op);
    };
  }

  private EmulatedResponse smsDetails(String op, Element req, Sim s) {
    String lastx = text(req, "lastx");
    int count = 1;
    if (lastx != null) {
      try {
        count = Integer.parseInt(lastx.strip());
      } catch (NumberFormatException e) {
        count = 0;
      }
      if (count < 1 || count > 20) {
        return failure(op, "Invalid or missing parameters: lastx must be 1 to 20");
      }
    }
    if (s.sms.isEmpty()) {
      return success(op, "<sms/>");
    }
    StringBuilder out = new StringBuilder();
    for (int i = s.sms.size() - 1; i >= 0 && s.sms.size() - i <= count; i--) {
      Sms m = s.sms.get(i);
      out.append("<sms>")
          .append(el("sent_timestamp", TIMESTAMP.format(m.sent)))
          .append(el("sms_uid", m.uid))
          .append(el("status", "pending"))
          .append(el("delivered_timestamp", ""))
          .append(el("origin", "api"))
          .append(el("message_text", m.text))
          .append("</sms>");
    }
    return success(op, out.toString());
  }

  private EmulatedResponse setStatus(String op, Element req, Sim s) {
    String status = text(req, "status");
    if (s.status.equals("closed")) {
      return failure(op, "Values not permitted: the SIM is closed");
    }
    if ("active".equals(status)) {
      s.status = "active";
    } else if ("de-activated".equals(status)) {
      s.status = "deactivated";
    } else {
      return failure(op, "Invalid or missing parameters: status must be active or de-activated");
    }
    return success(op, "");
  }

  private EmulatedResponse setGroup(String op, Element req, Sim s) {
    String group = text(req, "group");
    if (group == null || group.isBlank()) {
      return failure(op, "Invalid or missing parameters: group");
    }
    if (!s.contractType.isEmpty() && !s.monthsRemaining.equals("0")) {
      return failure(
          op, "Values not permitted: group moves are not permitted during the contract period");
    }
    s.group = group;
    return success(op, "");
  }

  private EmulatedResponse sendSms(String op, Element req, Sim s) {
    String text = text(req, "message_text");
    if (text == null || text.isEmpty() || text.length() > 160) {
      return failure(op, "Invalid message content");
    }
    String uid = text(req, "sms_uid");
    if (uid != null && !uid.matches("[A-Za-z0-9]{1,12}")) {
      return failure(op, "Invalid or missing parameters: sms_uid");
    }
    if (s.status.equals("closed")) {
      return failure(op, "Values not permitted: the SIM is closed");
    }
    s.sms.add(new Sms(clock().instant(), uid == null ? "" : uid, text));
    return success(op, "");
  }

  private Optional<Element> root(EmulatedRequest r) {
    try {
      DocumentBuilder parser = parsers.newDocumentBuilder();
      // A body already holding the stand-in is parsed as sent, so no character of it is changed.
      boolean substitute = !r.body().contains(FORM_FEED_STAND_IN);
      String body = substitute ? r.body().replace(FORM_FEED_REF, FORM_FEED_STAND_IN) : r.body();
      Document doc = parser.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
      doc.setUserData(SUBSTITUTED, substitute, null);
      return Optional.of(doc.getDocumentElement());
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private static String text(Element root, String name) {
    var nodes = root.getElementsByTagName(name);
    if (nodes.getLength() == 0) {
      return null;
    }
    String text = nodes.item(0).getTextContent();
    return Boolean.TRUE.equals(root.getOwnerDocument().getUserData(SUBSTITUTED))
        ? text.replace(FORM_FEED_STAND_IN, "\f")
        : text;
  }

  private static String el(String name, String value) {
    return value.isEmpty()
        ? "<" + name + "/>"
        : "<" + name + ">" + xml(value).replace("\f", FORM_FEED_REF) + "</" + name + ">";
  }

  private static EmulatedResponse success(String op, String elements) {
    // Only XML 1.1 lets &#12; stand for a form feed, so an answer quoting one declares that
    // version.
    String version = elements.contains(FORM_FEED_REF) ? "1.1" : "1.0";
    return EmulatedResponse.xml(
        200,
        "<?xml version=\""
            + version
            + "\" encoding=\"UTF-8\"?><"
            + op
            + "_response api_id=\""
            + API_ID
            + "\"><api_outcome>success</api_outcome>"
            + elements
            + "</"
            + op
            + "_response>");
  }

  private static EmulatedResponse failure(String op, String description) {
    return EmulatedResponse.xml(
        200,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><"
            + op
            + "_response api_id=\""
            + API_ID
            + "\"><api_outcome>failure</api_outcome><error_description>"
            + xml(description)
            + "</error_description></"
            + op
            + "_response>");
  }

  private static DocumentBuilderFactory hardenedParsers() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      return f;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class Sim {
    final String iccid;
    final List<Sms> sms = new ArrayList<>();
    String status;
    String group;
    String historyKind;
    Instant historyAt;
    String network;
    String country;
    String contractType;
    String monthsRemaining;
    String dataMb;
    int smsCount;
    int voiceMins;
    String[] levels;

    Sim(String iccid) {
      this.iccid = iccid;
    }
  }

  private record Sms(Instant sent, String uid, String text) {}

  /** Builds an {@link M2mIportalEmulator}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private int generatedSims = 24;

    private Builder() {}

    /**
     * @param clock the emulator's time (SMS sent timestamps)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param count SIMs generated
     * @return this builder
     */
    public Builder generatedSims(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("at least one SIM: " + count);
      }
      this.generatedSims = count;
      return this;
    }

    /** @return the emulator, not started */
    public M2mIportalEmulator build() {
      return new M2mIportalEmulator(this);
    }
  }
}
