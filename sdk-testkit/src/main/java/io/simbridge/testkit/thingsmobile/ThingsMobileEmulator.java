package io.simbridge.testkit.thingsmobile;

import io.simbridge.testkit.EmulatedRequest;
import io.simbridge.testkit.EmulatedResponse;
import io.simbridge.testkit.ProviderEmulator;
import io.simbridge.testkit.internal.DocumentedOperations;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An emulator of the Things Mobile business API: all 19 operations, with stateful SIMs, the
 * sandbox's special MSISDNs, paging over generated SIMs, CDRs and credit history, and the
 * documented call limits answered with error 60.
 *
 * <p>Give a client {@link #baseUrl()} as its base URL and {@link #USERNAME}/{@link #TOKEN} (the
 * documented sandbox credentials). Operations are recognised by the last path segment, so the
 * base URL works with or without the {@code /services/business-api} prefix. With
 * {@link Builder#requireBasicAuth(boolean)} it also checks the test host's HTTP basic
 * authentication ({@link #BASIC_AUTH_USER}/{@link #BASIC_AUTH_PASSWORD}).
 *
 * <p>Sandbox MSISDNs, as the documentation's testing section describes them: 882360000000001 is
 * "sim not found or not available" for every SIM operation, 882360000000002 is a not-active SIM
 * (and "empty or not valid input: simBarcode" for activateSim, a traffic CDR for
 * getCdrPaginated), 882360000000003 answers "generic error" (a not-active SIM for simStatus, an
 * SMS-MO CDR for getCdrPaginated), 882360000000004 succeeds (an active SIM), and
 * 882360000000005 answers "CDR limit not respected" to downloadCdr.
 */
public final class ThingsMobileEmulator extends ProviderEmulator<ThingsMobileEmulator> {
  /** The documented sandbox username. */
  public static final String USERNAME = "TMTEST";

  /** The documented sandbox token. */
  public static final String TOKEN = "91c6ce3c-a848-4f0e-bfca-ab9eeff5d1e6";

  /** The test host's basic-authentication user. */
  public static final String BASIC_AUTH_USER = "test";

  /** The test host's basic-authentication password. */
  public static final String BASIC_AUTH_PASSWORD = "Thingsmobil3";

  /** The sandbox MSISDN that is never found. */
  public static final String MSISDN_NOT_FOUND = "882360000000001";

  /** The sandbox MSISDN of a not-active SIM with traffic. */
  public static final String MSISDN_NOT_ACTIVE = "882360000000002";

  /** The sandbox MSISDN that answers "generic error". */
  public static final String MSISDN_GENERIC_ERROR = "882360000000003";

  /** The sandbox MSISDN that succeeds: an active SIM. */
  public static final String MSISDN_OK = "882360000000004";

  /** The sandbox MSISDN whose CDR export exceeds the limit. */
  public static final String MSISDN_CDR_LIMIT = "882360000000005";

  /**
   * The 19 operations, with their documented minimum interval (zero: none). They come from
   * {@link DocumentedOperations#forEmulator(String)}, so that the test kit declares them nowhere
   * else.
   */
  public static final Map<String, Duration> OPERATIONS =
      DocumentedOperations.forEmulator("thingsmobile").intervals();

  private final boolean requireBasicAuth;
  private final boolean enforceCallLimits;
  private final ZoneId zone;
  // Touched only inside handle(), which the base class calls one request at a time, and in the
  // synchronized accessors.
  private final ThingsMobileState state;
  private final ThingsMobileAnswers answers;

  /** An emulator with the defaults of {@link #builder()}. */
  public ThingsMobileEmulator() {
    this(builder());
  }

  private ThingsMobileEmulator(Builder b) {
    super(b.clock);
    this.requireBasicAuth = b.requireBasicAuth;
    this.enforceCallLimits = b.enforceCallLimits;
    this.zone = b.zone;
    this.state = new ThingsMobileState(b.generatedSims, b.cdrsPerSim, b.creditRows);
    this.answers = new ThingsMobileAnswers(state, this::now);
  }

  /** @return a builder: 30 generated SIMs, 5 CDRs each, 12 credit rows, call limits on */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String providerId() {
    return "thingsmobile";
  }

  /** @return the username to configure a client with */
  public String username() {
    return USERNAME;
  }

  /** @return the token to configure a client with */
  public String token() {
    return TOKEN;
  }

  /** @return the MSISDNs of the generated SIMs, in list order */
  public synchronized List<String> generatedMsisdns() {
    return state.generatedMsisdns();
  }

  /**
   * @param msisdn a SIM's MSISDN
   * @return its ICCID, for a reference by both identifiers
   */
  public synchronized String iccidOf(String msisdn) {
    return state.require(msisdn).iccid;
  }

  /**
   * @param msisdn a SIM's MSISDN
   * @return its raw status as the API reports it, such as {@code suspended}
   */
  public synchronized String statusOf(String msisdn) {
    return state.require(msisdn).status;
  }

  /** @return every SMS text sent through the emulator since the last reset, as "msisdn: text" */
  public synchronized List<String> sentSms() {
    return List.copyOf(state.sentSms);
  }

  @Override
  protected Optional<String> operationOf(EmulatedRequest request) {
    String path = request.path();
    String last = path.substring(path.lastIndexOf('/') + 1);
    return request.method().equals("POST") && OPERATIONS.containsKey(last)
        ? Optional.of(last)
        : Optional.empty();
  }

  @Override
  protected void resetState() {
    state.reset();
  }

  @Override
  protected EmulatedResponse handle(String op, EmulatedRequest r) {
    if (requireBasicAuth && !basicAuthOk(r)) {
      return new EmulatedResponse(
          401,
          "text/html",
          "<html><body><h1>401 Unauthorized</h1></body></html>",
          Map.of("WWW-Authenticate", "Basic realm=\"sandbox\""));
    }
    boolean cdrStyle = ThingsMobileAnswers.messageElement(op);
    if (!USERNAME.equals(r.field("username").orElse(null))
        || !TOKEN.equals(r.field("token").orElse(null))) {
      return ResultXml.ko(30, "user error: invalid username or token", cdrStyle);
    }
    Duration interval = OPERATIONS.get(op);
    if (enforceCallLimits && !interval.isZero() && tooSoon(USERNAME + "/" + op, interval)) {
      return ResultXml.ko(60, "too many requests", cdrStyle);
    }
    return answers.answer(op, r);
  }

  private static boolean basicAuthOk(EmulatedRequest r) {
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (BASIC_AUTH_USER + ":" + BASIC_AUTH_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return r.header("Authorization").map(expected::equals).orElse(false);
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock().instant(), zone).withNano(0);
  }

  /** Builds a {@link ThingsMobileEmulator}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private int generatedSims = 30;
    private int cdrsPerSim = 5;
    private int creditRows = 12;
    private boolean requireBasicAuth;
    private boolean enforceCallLimits = true;
    private ZoneId zone = ZoneId.of("Europe/Rome");

    private Builder() {}

    /**
     * @param clock the emulator's time (a {@code ManualClock} fast-forwards call limits)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param count SIMs generated besides the sandbox ones
     * @return this builder
     */
    public Builder generatedSims(int count) {
      this.generatedSims = count;
      return this;
    }

    /**
     * @param count CDRs generated per SIM
     * @return this builder
     */
    public Builder cdrsPerSim(int count) {
      this.cdrsPerSim = count;
      return this;
    }

    /**
     * @param count credit history rows
     * @return this builder
     */
    public Builder creditRows(int count) {
      this.creditRows = count;
      return this;
    }

    /**
     * @param require whether to check the test host's basic authentication
     * @return this builder
     */
    public Builder requireBasicAuth(boolean require) {
      this.requireBasicAuth = require;
      return this;
    }

    /**
     * @param enforce whether to answer calls that come too soon with error 60
     * @return this builder
     */
    public Builder enforceCallLimits(boolean enforce) {
      this.enforceCallLimits = enforce;
      return this;
    }

    /**
     * @param zone the zone of the dates the emulator writes (default Europe/Rome)
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** @return the emulator, not started */
    public ThingsMobileEmulator build() {
      return new ThingsMobileEmulator(this);
    }
  }
}
