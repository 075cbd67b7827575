package io.simbridge.testkit.freebit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.simbridge.testkit.EmulatedRequest;
import io.simbridge.testkit.EmulatedResponse;
import io.simbridge.testkit.ProviderEmulator;
import io.simbridge.testkit.internal.Text;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An emulator of freebit's MVNO API: OEM authentication issuing auth keys that expire on the
 * emulator's clock, and PA05-01 traffic information for generated phone numbers and share
 * groups, with every documented result code. Requests are accepted both ways public
 * integrations send them: the JSON document as a form field named {@code json}, or as an
 * {@code application/json} body.
 *
 * <p>Give a client {@link #baseUrl()} as its host and {@link #OEM_ID}/{@link #OEM_KEY} (or an
 * auth key from {@link #issueAuthKey()}). Every numeric value is answered as a JSON string, as
 * the real API does.
 */
public final class FreebitEmulator extends ProviderEmulator<FreebitEmulator> {
  /** The OEM id the emulator accepts. */
  public static final String OEM_ID = "SIMBRIDGE01";

  /** The OEM key the emulator accepts. */
  public static final String OEM_KEY = "oemkey-5e2d9a71c";

  /** Operation name of {@code /emptool/api/authOem/}. */
  public static final String AUTH_OEM = "authOem";

  /** Operation name of {@code /emptool/api/mvno/getTrafficInfo/}. */
  public static final String GET_TRAFFIC_INFO = "getTrafficInfo";

  /** A phone number whose account status does not allow the request (result code 211). */
  public static final String SUSPENDED_NUMBER = "09099999999";

  /** A phone number with a phone-number issue (result code 240). */
  public static final String PROBLEM_NUMBER = "09099999998";

  private final ObjectMapper json = new ObjectMapper();
  private final int phoneNumbers;
  private final int shareGroups;
  private final Duration keyLifetime;
  private final Map<String, Instant> keys = new HashMap<>();

  /** An emulator with the defaults of {@link #builder()}. */
  public FreebitEmulator() {
    this(builder());
  }

  private FreebitEmulator(Builder b) {
    super(b.clock);
    this.phoneNumbers = b.phoneNumbers;
    this.shareGroups = b.shareGroups;
    this.keyLifetime = b.keyLifetime;
  }

  /** @return a builder: 20 phone numbers, 3 share groups, keys valid 30 minutes */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String providerId() {
    return "freebit";
  }

  /** @return the phone numbers the emulator knows, such as {@code 09000000000} */
  public List<String> phoneNumbers() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < phoneNumbers; i++) {
      out.add(phoneNumber(i));
    }
    return out;
  }

  /** @return the share-group codes the emulator knows, such as {@code AAA0_00000000001} */
  public List<String> shareGroups() {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= shareGroups; i++) {
      out.add(String.format("AAA0_%011d", i));
    }
    return out;
  }

  /** @return a fresh auth key, as OEM authentication would issue it */
  public synchronized String issueAuthKey() {
    String key = "AK" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    keys.put(key, clock().instant().plus(keyLifetime));
    return key;
  }

  /** Invalidates every auth key issued so far: the next call answers result code 205. */
  public synchronized void expireAuthKeys() {
    keys.clear();
  }

  private static String phoneNumber(int i) {
    return String.format("090%08d", i);
  }

  @Override
  protected Optional<String> operationOf(EmulatedRequest r) {
    if (!r.method().equals("POST")) {
      return Optional.empty();
    }
    String p = r.path().endsWith("/") ? r.path() : r.path() + "/";
    if (p.endsWith("/emptool/api/authOem/")) {
      return Optional.of(AUTH_OEM);
    }
    return p.endsWith("/emptool/api/mvno/getTrafficInfo/")
        ? Optional.of(GET_TRAFFIC_INFO)
        : Optional.empty();
  }

  @Override
  protected void resetState() {
    keys.clear();
  }

  @Override
  protected EmulatedResponse handle(String op, EmulatedRequest r) {
    JsonNode doc;
    try {
      String text = r.field("json").orElseGet(r::body);
      doc = text == null || text.isBlank() ? null : json.readTree(text);
    } catch (IOException e) {
      doc = null;
    }
    if (doc == null || !doc.isObject()) {
      return result(204, 400, "Bad Request");
    }
    return op.equals(AUTH_OEM) ? authOem(doc) : trafficInfo(doc);
  }

  private EmulatedResponse authOem(JsonNode doc) {
    if (!OEM_ID.equals(text(doc, "oemId")) || !OEM_KEY.equals(text(doc, "oemKey"))) {
      return result(205, 403, "Auth Error");
    }
    return EmulatedResponse.json(
        200,
        "{\"resultCode\":\"100\",\"status\":{\"message\":\"OK\",\"statusCode\":\"200\"},"
            + "\"authKey\":"
            + Text.json(issueAuthKey())
            + "}");
  }

  private EmulatedResponse trafficInfo(JsonNode doc) {
    Instant expiry = keys.get(text(doc, "authKey"));
    if (expiry == null || !clock().instant().isBefore(expiry)) {
      return result(205, 403, "Auth Error");
    }
    String account = text(doc, "account");
    if (account == null || account.isBlank() || account.contains(",")) {
      return result(201, 400, "Bad Request");
    }
    if (account.matches("[A-Z0-9]{4}_\\d{11}")) {
      if (!shareGroups().contains(account)) {
        return result(323, 404, "Not Found");
      }
      return traffic(account, 1000 + Integer.parseInt(account.substring(5)), "", "20");
    }
    if (!account.matches("0\\d{9,10}")) {
      return result(201, 400, "Bad Request");
    }
    if (account.equals(SUSPENDED_NUMBER)) {
      return result(211, 500, "NG");
    }
    if (account.equals(PROBLEM_NUMBER)) {
      return result(240, 500, "NG");
    }
    int i = account.matches("090\\d{8}") ? Integer.parseInt(account.substring(3)) : -1;
    if (i < 0 || i >= phoneNumbers) {
      return result(210, 500, "NG");
    }
    String recent = (100 + i) + "," + (200 + i) + "," + (300 + i);
    return traffic(account, 100 + i, recent, i % 5 == 4 ? "10" : "20");
  }

  private EmulatedResponse traffic(String account, int today, String recent, String blackList) {
    Map<String, Object> traffic = new LinkedHashMap<>();
    traffic.put("today", String.valueOf(today));
    traffic.put("inRecentDays", recent);
    traffic.put("blackList", blackList);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("resultCode", "100");
    body.put("status", Map.of("message", "OK", "statusCode", "200"));
    body.put("account", account);
    body.put("traffic", traffic);
    try {
      return EmulatedResponse.json(200, json.writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(JsonNode doc, String field) {
    JsonNode n = doc.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  /** An error answer with the documented HTTP status, result code and message. */
  private static EmulatedResponse result(int code, int status, String message) {
    return EmulatedResponse.json(
        status,
        "{\"resultCode\":\""
            + code
            + "\",\"status\":{\"message\":"
            + Text.json(message)
            + ",\"statusCode\":\""
            + status
            + "\"}}");
  }

  /** Builds a {@link FreebitEmulator}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private int phoneNumbers = 20;
    private int shareGroups = 3;
    private Duration keyLifetime = Duration.ofMinutes(30);

    private Builder() {}

    /**
     * @param clock the emulator's time: key expiry is measured with it
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param count phone numbers generated
     * @return this builder
     */
    public Builder phoneNumbers(int count) {
      this.phoneNumbers = count;
      return this;
    }

    /**
     * @param count share groups generated
     * @return this builder
     */
    public Builder shareGroups(int count) {
      this.shareGroups = count;
      return this;
    }

    /**
     * @param lifetime how long an auth key is valid
     * @return this builder
     */
    public Builder keyLifetime(Duration lifetime) {
      this.keyLifetime = Objects.requireNonNull(lifetime, "lifetime");
      return this;
    }

    /** @return the emulator, not started */
    public FreebitEmulator build() {
      return new FreebitEmulator(this);
    }
  }
}
