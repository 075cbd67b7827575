package io.simbridge.testkit.thingsmobile;

import static io.simbridge.testkit.internal.Text.xml;

import io.simbridge.testkit.EmulatedRequest;
import io.simbridge.testkit.EmulatedResponse;
import io.simbridge.testkit.ProviderEmulator;
import io.simbridge.testkit.internal.Text;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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

  /** The 19 operations, with their documented minimum interval (zero: none). */
  public static final Map<String, Duration> OPERATIONS = operations();

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final long MIB = 1_048_576L;
  private static final int CDR_CAP = 10_000;
  private static final int CREDIT_ROWS_CAP = 5_000;
  private static final Set<String> SUSPENDED_GROUP = Set.of("suspended", "replaced", "deleted",
      "suspended-for-data", "suspended-for-traffic", "suspended-for-no-cash", "suspended-for-country-disabled",
      "waiting-activation-fixed-ip", "suspended-for-traffic-limit-in-country", "operation-in-progress",
      "error-during-request", "pending-monthly-network-access-charge");

  private final int generatedSims;
  private final int cdrsPerSim;
  private final int creditRows;
  private final boolean requireBasicAuth;
  private final boolean enforceCallLimits;
  private final ZoneId zone;

  // State; touched only inside handle(), which the base class calls one request at a time.
  private final Map<String, Sim> simsByMsisdn = new LinkedHashMap<>();
  private final List<Plan> plans = new ArrayList<>();
  private final List<HistoryRow> history = new ArrayList<>();
  private final List<String> sentSms = new ArrayList<>();
  private BigDecimal credit;

  /** An emulator with the defaults of {@link #builder()}. */
  public ThingsMobileEmulator() {
    this(builder());
  }

  private ThingsMobileEmulator(Builder b) {
    super(b.clock);
    this.generatedSims = b.generatedSims;
    this.cdrsPerSim = b.cdrsPerSim;
    this.creditRows = b.creditRows;
    this.requireBasicAuth = b.requireBasicAuth;
    this.enforceCallLimits = b.enforceCallLimits;
    this.zone = b.zone;
    resetState();
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
    return simsByMsisdn.values().stream().filter(s -> s.generated).map(s -> s.msisdn).toList();
  }

  /**
   * @param msisdn a SIM's MSISDN
   * @return its ICCID, for a reference by both identifiers
   */
  public synchronized String iccidOf(String msisdn) {
    return Objects.requireNonNull(simsByMsisdn.get(msisdn), "no SIM " + msisdn).iccid;
  }

  /**
   * @param msisdn a SIM's MSISDN
   * @return its raw status as the API reports it, such as {@code suspended}
   */
  public synchronized String statusOf(String msisdn) {
    return Objects.requireNonNull(simsByMsisdn.get(msisdn), "no SIM " + msisdn).status;
  }

  /** @return every SMS text sent through the emulator since the last reset, as "msisdn: text" */
  public synchronized List<String> sentSms() {
    return List.copyOf(sentSms);
  }

  @Override
  protected Optional<String> operationOf(EmulatedRequest request) {
    String path = request.path();
    String last = path.substring(path.lastIndexOf('/') + 1);
    return request.method().equals("POST") && OPERATIONS.containsKey(last) ? Optional.of(last) : Optional.empty();
  }

  @Override
  protected void resetState() {
    simsByMsisdn.clear();
    plans.clear();
    history.clear();
    sentSms.clear();
    credit = new BigDecimal("100.00");
    LocalDateTime base = LocalDateTime.of(2026, 1, 1, 0, 0);

    for (int i = 0; i < generatedSims; i++) {
      String msisdn = String.valueOf(882_361_000_000_000L + i);
      Sim s = new Sim(msisdn, Text.withLuhn("89445013121", i, 7));
      s.generated = true;
      s.name = String.format("sim-%05d", i);
      s.tag = i % 2 == 0 ? "fleet-a" : "fleet-b";
      s.status = i % 10 == 9 ? "not-active" : i % 10 == 8 ? "suspended" : i % 20 == 7 ? "suspended-for-no-cash"
          : i % 50 == 49 ? "deactivated" : "active";
      s.activationDate = s.status.equals("not-active") ? null : base.minusDays(100 + i % 30);
      s.balance = (i % 7) * 10 * MIB;
      s.dailyTraffic = (i % 5) * 100_000L;
      s.monthlyTraffic = s.dailyTraffic * 12;
      s.totalTraffic = s.monthlyTraffic * 4;
      s.lastConnectionDate = s.activationDate == null ? null : base.minusHours(i % 48);
      for (int c = 0; c < cdrsPerSim; c++) {
        LocalDateTime start = base.plusMinutes(10L * c + i);
        s.cdrs.add(new Cdr(msisdn, start, start.plusMinutes(5), 10_000L * (c + 1)));
      }
      simsByMsisdn.put(msisdn, s);
    }

    // The sandbox SIMs come after the generated ones, so lists start with ordinary SIMs.
    sandboxSim(MSISDN_NOT_FOUND, "not-active", null, 0).hidden = true;
    sandboxSim(MSISDN_NOT_ACTIVE, "not-active", LocalDateTime.of(2015, 1, 20, 12, 45), 321_312_321L);
    sandboxSim(MSISDN_GENERIC_ERROR, "not-active", null, 0);
    sandboxSim(MSISDN_OK, "active", LocalDateTime.of(2016, 1, 20, 12, 45), 1_231_231_231L);
    sandboxSim(MSISDN_CDR_LIMIT, "active", LocalDateTime.of(2016, 1, 20, 12, 45), 0);
    simsByMsisdn.get(MSISDN_NOT_ACTIVE).cdrs.add(new Cdr(MSISDN_NOT_ACTIVE, base.plusHours(1), base.plusHours(1)
        .plusMinutes(10), 1_000_000L));
    simsByMsisdn.get(MSISDN_GENERIC_ERROR).cdrs.add(new Cdr(MSISDN_GENERIC_ERROR, base.plusHours(2),
        base.plusHours(2), 0L));

    plans.add(new Plan(1, "Custom plan example", true, "10", "10"));
    plans.add(new Plan(2, "Custom plan example", false, "", ""));

    for (int i = 0; i < creditRows; i++) {
      LocalDateTime at = base.minusDays(creditRows - i);
      history.add(i % 3 == 0 ? new HistoryRow(new BigDecimal("10.00"), at, "Credit recharge", null)
          : new HistoryRow(new BigDecimal("-1.00"), at, "Sim recharge", MSISDN_OK));
    }
  }

  private Sim sandboxSim(String msisdn, String status, LocalDateTime activation, long traffic) {
    Sim s = new Sim(msisdn, "89445013121675" + msisdn.substring(10));
    s.status = status;
    s.activationDate = activation;
    s.totalTraffic = traffic;
    s.monthlyTraffic = traffic;
    s.plan = "default";
    s.name = "sandbox-" + msisdn.substring(14);
    s.tag = "sandbox";
    simsByMsisdn.put(msisdn, s);
    return s;
  }

  @Override
  protected EmulatedResponse handle(String op, EmulatedRequest r) {
    if (requireBasicAuth && !basicAuthOk(r)) {
      return new EmulatedResponse(401, "text/html", "<html><body><h1>401 Unauthorized</h1></body></html>",
          Map.of("WWW-Authenticate", "Basic realm=\"sandbox\""));
    }
    boolean cdrStyle = op.equals("downloadCdr") || op.equals("getCdrPaginated");
    if (!USERNAME.equals(r.field("username").orElse(null)) || !TOKEN.equals(r.field("token").orElse(null))) {
      return ko(30, "user error: invalid username or token", cdrStyle);
    }
    Duration interval = OPERATIONS.get(op);
    if (enforceCallLimits && !interval.isZero() && tooSoon(USERNAME + "/" + op, interval)) {
      return ko(60, "too many requests", cdrStyle);
    }
    try {
      return switch (op) {
        case "activateSim" -> activate(r);
        case "blockSim" -> onSim(r, s -> s.status = "suspended", false);
        case "unblockSim" -> onSim(r, s -> s.status = "active", false);
        case "disconnectSim" -> onSim(r, s -> { }, false);
        case "simStatus" -> simStatus(r);
        case "simListLite" -> simListLite(r);
        case "credit" -> credit(r);
        case "updateSimName" -> onSim(r, s -> s.name = required(r, "name"), true);
        case "updateSimTag" -> onSim(r, s -> s.tag = required(r, "tag"), true);
        case "setupSimExpirationDate" -> onSim(r, s -> {
          s.expirationDate = LocalDate.parse(required(r, "expirationDate")).atStartOfDay();
          s.blockAfterExpiration = flag(r, "blockSim");
        }, true);
        case "setupSimTrafficThreeshold" -> onSim(r, s -> {
          s.dailyThresholdMb = mib(r, "dailyLimit");
          s.monthlyThresholdMb = mib(r, "monthlyLimit");
          s.totalThresholdMb = mib(r, "totalLimit");
          s.blockDaily = flag(r, "blockSimDaily");
          s.blockMonthly = flag(r, "blockSimMonthly");
          s.blockTotal = flag(r, "blockSimTotal");
        }, true);
        case "customPlanList" -> customPlanList();
        case "createCustomPlan" -> createPlan(r);
        case "modifyCustomPlan" -> modifyPlan(r);
        case "changeSimPlan" -> changePlan(r);
        case "sendSms" -> sendSms(r);
        case "downloadCdr" -> downloadCdr(r);
        case "rechargeSim" -> recharge(r);
        case "getCdrPaginated" -> cdrPaginated(r);
        default -> throw new IllegalStateException(op);
      };
    } catch (InputError e) {
      return ko(20, "input error: " + e.getMessage(), cdrStyle);
    }
  }

  private static boolean basicAuthOk(EmulatedRequest r) {
    String expected = "Basic " + Base64.getEncoder().encodeToString(
        (BASIC_AUTH_USER + ":" + BASIC_AUTH_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return r.header("Authorization").map(expected::equals).orElse(false);
  }

  // ---- SIM operations -------------------------------------------------------------------------

  private EmulatedResponse activate(EmulatedRequest r) {
    String msisdn = required(r, "msisdn");
    String barcode = r.field("simBarcode").orElse("");
    switch (msisdn) {
      case MSISDN_NOT_FOUND -> {
        return ko(40, "sim error: sim not found or not available", false);
      }
      case MSISDN_NOT_ACTIVE -> {
        return ko(20, "input error: empty or not valid input: simBarcode", false);
      }
      case MSISDN_GENERIC_ERROR -> {
        return ko(10, "generic error", false);
      }
      case MSISDN_OK -> {
        return done(true);
      }
      default -> {
        // activateSim falls through to the generic SIM checks below
      }
    }
    Sim s = simsByMsisdn.get(msisdn);
    if (s == null || s.hidden) {
      return ko(40, "sim error: sim not found or not available", false);
    }
    if (!barcode.matches("\\d{19,20}") || !barcode.equals(s.iccid)) {
      return ko(20, "input error: empty or not valid input: simBarcode", false);
    }
    if (!s.status.equals("not-active")) {
      return ko(40, "sim error: sim already activated", false);
    }
    s.status = "active";
    s.activationDate = now();
    return done(true);
  }

  /**
   * Runs a change on the SIM a request names, with the sandbox's documented special answers. The
   * sandbox SIMs are canned: a write to one succeeds or fails as documented but changes nothing,
   * so that they always read back as the documentation describes them.
   */
  private EmulatedResponse onSim(EmulatedRequest r, java.util.function.Consumer<Sim> change, boolean emptyLists) {
    Object found = lookup(r);
    if (found instanceof EmulatedResponse error) {
      return error;
    }
    Sim sim = (Sim) found;
    if (sim.generated) {
      change.accept(sim);
    }
    return done(!emptyLists);
  }

  /** The SIM a request names, or the KO answer the sandbox gives for it. */
  private Object lookup(EmulatedRequest r) {
    Optional<String> msisdn = r.field("msisdn").filter(v -> !v.isBlank());
    Optional<String> iccid = r.field("iccid").filter(v -> !v.isBlank());
    if (msisdn.isEmpty() && iccid.isEmpty()) {
      throw new InputError("msisdn or iccid is required");
    }
    Sim s = msisdn.map(simsByMsisdn::get)
        .or(() -> iccid.flatMap(i -> simsByMsisdn.values().stream().filter(x -> x.iccid.equals(i)).findFirst()))
        .orElse(null);
    if (s == null || s.hidden) {
      return ko(40, "sim error: sim not found or not available", false);
    }
    if (s.msisdn.equals(MSISDN_GENERIC_ERROR)) {
      return ko(10, "generic error", false);
    }
    return s;
  }

  private EmulatedResponse simStatus(EmulatedRequest r) {
    int[] paging = paging(r, 2000, 2000);
    Optional<String> msisdn = r.field("msisdn").filter(v -> !v.isBlank());
    if (msisdn.isPresent() && msisdn.get().equals(MSISDN_GENERIC_ERROR)) {
      // The sandbox documents simStatus of this MSISDN as a not-active SIM, not an error.
      return simStatusAnswer(simsByMsisdn.get(MSISDN_GENERIC_ERROR), paging);
    }
    Object found = lookup(r);
    if (found instanceof EmulatedResponse error) {
      return error;
    }
    return found instanceof Sim s && paging[0] > 0 ? simStatusAnswer(s, paging)
        : ko(70, "pagination not valid", false);
  }

  private EmulatedResponse simStatusAnswer(Sim s, int[] paging) {
    StringBuilder cdrs = new StringBuilder();
    page(s.cdrs, paging).forEach(c -> cdrs.append("<cdr><cdrImsi>").append(s.imsi()).append("</cdrImsi><cdrDateStart>")
        .append(fmt(c.start)).append("</cdrDateStart><cdrDateStop>").append(fmt(c.stop))
        .append("</cdrDateStop><cdrNetwork>Zone 1</cdrNetwork><cdrCountry>Zone 1</cdrCountry>")
        .append("<cdrOperator>ITAWI</cdrOperator><cdrTraffic>").append(c.traffic).append("</cdrTraffic></cdr>"));
    String body = "<result><done>true</done><sims><sim>"
        + el("activationDate", fmt(s.activationDate))
        + el("balance", String.valueOf(s.balance))
        + el("blockSimAfterExpirationDate", s.blockAfterExpiration ? "1" : "0")
        + el("blockSimDaily", s.blockDaily ? "1" : "0")
        + el("blockSimMonthly", s.blockMonthly ? "1" : "0")
        + el("blockSimTotal", s.blockTotal ? "1" : "0")
        + el("dailyTraffic", String.valueOf(s.dailyTraffic))
        + el("dailyTrafficThreshold", String.valueOf(s.dailyThresholdMb * MIB))
        + el("expirationDate", fmt(s.expirationDate))
        + el("iccid", s.iccid)
        + el("lastConnectionDate", fmt(s.lastConnectionDate))
        + el("monthlyTraffic", String.valueOf(s.monthlyTraffic))
        + el("monthlyTrafficThreshold", String.valueOf(s.monthlyThresholdMb * MIB))
        + el("msisdn", s.msisdn)
        + el("name", s.name)
        + el("plan", s.plan)
        + el("status", s.status)
        + el("type", "AllInOne Sim")
        + el("tag", s.tag)
        + el("totalTraffic", String.valueOf(s.totalTraffic))
        + el("totalTrafficThreshold", String.valueOf(s.totalThresholdMb * MIB))
        + "<cdrs>" + cdrs + "</cdrs></sim></sims></result>";
    return EmulatedResponse.xml(200, body);
  }

  private EmulatedResponse simListLite(EmulatedRequest r) {
    int[] paging = paging(r, 500, 500);
    if (paging[0] <= 0) {
      return ko(20, "input error: pagination not valid", false);
    }
    Optional<String> name = r.field("name").filter(v -> !v.isBlank());
    Optional<String> tag = r.field("tag").filter(v -> !v.isBlank());
    Optional<String> status = r.field("status").filter(v -> !v.isBlank());
    if (status.isPresent() && !Set.of("to-activate", "active", "suspended", "deactivated").contains(status.get())) {
      return ko(20, "input error: status must be to-activate, active, suspended or deactivated", false);
    }
    Predicate<Sim> keep = s -> !s.hidden && name.map(s.name::equals).orElse(true) && tag.map(s.tag::equals)
        .orElse(true) && status.map(g -> group(s.status).equals(g)).orElse(true);
    List<Sim> matching = simsByMsisdn.values().stream().filter(keep).toList();
    StringBuilder sims = new StringBuilder();
    for (Sim s : page(matching, paging)) {
      sims.append("<sim>").append(el("activationDate", fmt(s.activationDate))).append(el("automation", "default"))
          .append(el("balance", String.valueOf(s.balance))).append(el("country", "Italy"))
          .append(el("dailyTraffic", String.valueOf(s.dailyTraffic))).append(el("expirationDate", fmt(s.expirationDate)))
          .append(el("iccid", s.iccid)).append(el("lastConnectionDate", fmt(s.lastConnectionDate)))
          .append(el("monthlyTraffic", String.valueOf(s.monthlyTraffic))).append(el("msisdn", s.msisdn))
          .append(el("name", s.name)).append(el("plan", s.plan)).append(el("roamingProfile", "TM-1"))
          .append(el("status", s.status)).append(el("tag", s.tag)).append(el("type", "AllInOne Sim")).append("</sim>");
    }
    return EmulatedResponse.xml(200, "<result><done>true</done><sims>" + sims + "</sims></result>");
  }

  private static String group(String status) {
    if (status.equals("not-active")) {
      return "to-activate";
    }
    if (status.equals("active") || status.equals("active-waiting-initial-recharge")) {
      return "active";
    }
    return SUSPENDED_GROUP.contains(status) ? "suspended" : status;
  }

  private EmulatedResponse credit(EmulatedRequest r) {
    int[] paging = paging(r, 500, 5000);
    if (paging[0] <= 0) {
      return ko(70, "pagination not valid", false);
    }
    LocalDateTime from = dateTime(r, "startDateRange").orElse(LocalDateTime.MIN);
    LocalDateTime to = dateTime(r, "endDateRange").orElse(LocalDateTime.MAX);
    List<HistoryRow> rows = history.stream().filter(h -> !h.at.isBefore(from) && !h.at.isAfter(to)).toList();
    if (rows.size() > CREDIT_ROWS_CAP) {
      return ko(90, "credit history error: more than " + CREDIT_ROWS_CAP + " operations, narrow the range", false);
    }
    StringBuilder out = new StringBuilder();
    page(rows, paging).forEach(h -> out.append("<historyRow>").append(el("amount", h.amount.toPlainString()))
        .append(el("dateLoad", fmt(h.at))).append(el("opDescription", h.description))
        .append(h.msisdn == null ? "" : el("msisdn", h.msisdn)).append("</historyRow>"));
    return EmulatedResponse.xml(200, "<result><done>true</done>" + el("amount", credit.toPlainString())
        + el("currency", "EUR") + "<creditHistory>" + out + "</creditHistory></result>");
  }

  // ---- plans ----------------------------------------------------------------------------------

  private EmulatedResponse customPlanList() {
    StringBuilder out = new StringBuilder();
    for (Plan p : plans) {
      out.append("<plan>").append(el("id", String.valueOf(p.id))).append(el("name", p.name))
          .append(el("simAutorechargeEnabled", String.valueOf(p.autoRecharge)))
          .append(el("simAutorechargeCreditThreshold", p.threshold)).append(el("simAutorechargeAmount", p.amount))
          .append("</plan>");
    }
    return EmulatedResponse.xml(200, "<result><sims/><creditHistory/><plans>" + out + "</plans><done>true</done></result>");
  }

  private EmulatedResponse createPlan(EmulatedRequest r) {
    Plan p = new Plan(plans.stream().mapToInt(x -> x.id).max().orElse(0) + 1, "", false, "", "");
    fillPlan(p, r);
    plans.add(p);
    return done(false);
  }

  private EmulatedResponse modifyPlan(EmulatedRequest r) {
    Plan p = plan(required(r, "id"));
    fillPlan(p, r);
    return done(false);
  }

  private static void fillPlan(Plan p, EmulatedRequest r) {
    p.name = required(r, "name");
    String enabled = required(r, "simAutorechargeEnabled");
    if (!enabled.equals("true") && !enabled.equals("false")) {
      throw new InputError("simAutorechargeEnabled must be true or false");
    }
    p.autoRecharge = Boolean.parseBoolean(enabled);
    p.threshold = decimal(r, "simAutorechargeCreditThreshold");
    p.amount = decimal(r, "simAutorechargeAmount");
  }

  private Plan plan(String id) {
    return plans.stream().filter(p -> String.valueOf(p.id).equals(id)).findFirst()
        .orElseThrow(() -> new InputError("custom plan " + id + " not found"));
  }

  private EmulatedResponse changePlan(EmulatedRequest r) {
    Plan p = plan(required(r, "customPlanId"));
    return onSim(r, s -> s.plan = p.name, true);
  }

  // ---- SMS, CDRs, recharge ----------------------------------------------------------------------

  private EmulatedResponse sendSms(EmulatedRequest r) {
    String message = required(r, "message");
    if (message.length() > 160) {
      throw new InputError("message longer than 160 characters");
    }
    Object found = lookup(r);
    if (found instanceof EmulatedResponse error) {
      return error;
    }
    Sim s = (Sim) found;
    if (!s.status.equals("active")) {
      return ko(40, "sim error: sim is not active", false);
    }
    sentSms.add(s.msisdn + ": " + message);
    return done(false);
  }

  private EmulatedResponse downloadCdr(EmulatedRequest r) {
    List<String> msisdns = msisdnList(r);
    if (msisdns.contains(MSISDN_NOT_FOUND)) {
      return ko(40, "sim error: sim not found or not available", true);
    }
    if (msisdns.contains(MSISDN_GENERIC_ERROR)) {
      return ko(10, "generic error", true);
    }
    if (msisdns.contains(MSISDN_CDR_LIMIT)) {
      return ko(20, "input error: CDR limit not respected", true);
    }
    return EmulatedResponse.xml(200, "<result><done>true</done><message>Export scheduled correctly. The file that you"
        + " requested will be sent to you via email.</message></result>");
  }

  private EmulatedResponse recharge(EmulatedRequest r) {
    String amount = required(r, "amount");
    if (!amount.matches("\\d{1,4}") || Integer.parseInt(amount) < 1 || Integer.parseInt(amount) > 1024) {
      throw new InputError("amount must be 1 to 1024 MB");
    }
    return onSim(r, s -> s.balance += Long.parseLong(amount) * MIB, true);
  }

  private EmulatedResponse cdrPaginated(EmulatedRequest r) {
    int[] paging = paging(r, 500, 500);
    if (paging[0] <= 0) {
      return ko(70, "pagination not valid", true);
    }
    List<String> msisdns = msisdnList(r);
    LocalDateTime from = dateTime(r, "startDateRange").orElse(LocalDateTime.MIN);
    LocalDateTime to = dateTime(r, "endDateRange").orElse(LocalDateTime.MAX);
    List<Cdr> all = new ArrayList<>();
    for (String m : msisdns) {
      Sim s = simsByMsisdn.get(m);
      if (s == null || s.hidden) {
        return ko(40, "sim error: sim " + m + " not found or not available", true);
      }
      s.cdrs.stream().filter(c -> !c.start.isBefore(from) && !c.start.isAfter(to)).forEach(all::add);
    }
    if (all.size() > CDR_CAP) {
      return ko(80, "cdrs error: more than " + CDR_CAP + " CDRs, retry with a more restrictive date range", true);
    }
    StringBuilder out = new StringBuilder();
    page(all, paging).forEach(c -> out.append("<cdrPaginated>").append(el("cdrCountry", "ESP"))
        .append(el("cdrDateStart", fmt(c.start))).append(el("cdrDateStop", fmt(c.stop)))
        .append(el("cdrMsisdn", c.msisdn)).append(el("cdrNetwork", "Zone 1")).append(el("cdrOperator", "ESPVV"))
        .append(el("cdrTraffic", String.valueOf(c.traffic))).append("</cdrPaginated>"));
    return EmulatedResponse.xml(200, "<result><cdrsPaginated>" + out + "</cdrsPaginated><done>true</done></result>");
  }

  private static List<String> msisdnList(EmulatedRequest r) {
    List<String> list = List.of(required(r, "msisdnList").split(","));
    return list.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  // ---- helpers ----------------------------------------------------------------------------------

  /** Page number and size from the request, with the documented defaults; {0, 0} when invalid. */
  private static int[] paging(EmulatedRequest r, int defaultSize, int maxSize) {
    try {
      int page = Integer.parseInt(r.field("page").filter(v -> !v.isBlank()).orElse("1"));
      int size = Integer.parseInt(r.field("pageSize").filter(v -> !v.isBlank()).orElse(String.valueOf(defaultSize)));
      return page >= 1 && size >= 1 && size <= maxSize ? new int[] {page, size} : new int[] {0, 0};
    } catch (NumberFormatException e) {
      return new int[] {0, 0};
    }
  }

  private static <T> List<T> page(List<T> all, int[] paging) {
    long from = (long) (paging[0] - 1) * paging[1];
    if (from >= all.size()) {
      return List.of();
    }
    return all.subList((int) from, (int) Math.min(all.size(), from + paging[1]));
  }

  private static String required(EmulatedRequest r, String field) {
    return r.field(field).filter(v -> !v.isBlank())
        .orElseThrow(() -> new InputError("empty or not valid input: " + field));
  }

  private static boolean flag(EmulatedRequest r, String field) {
    String v = required(r, field);
    if (!v.equals("0") && !v.equals("1")) {
      throw new InputError(field + " must be 0 or 1");
    }
    return v.equals("1");
  }

  /**
   * A threshold in MB of 1,048,576 bytes, as setupSimTrafficThreeshold takes it. simStatus reports
   * it in bytes ({@link #MIB} times as much), the reading the client follows: section 4 says the
   * API returns amounts in bytes, and the documented example (1000000) is no plausible MB value.
   */
  private static long mib(EmulatedRequest r, String field) {
    String v = required(r, field);
    try {
      long mb = Long.parseLong(v);
      if (mb < 0 || mb > Long.MAX_VALUE / MIB) {
        throw new InputError(field + (mb < 0 ? " must not be negative" : " is too large"));
      }
      return mb;
    } catch (NumberFormatException e) {
      throw new InputError(field + " must be a whole number of MB");
    }
  }

  private static String decimal(EmulatedRequest r, String field) {
    String v = required(r, field);
    try {
      return new BigDecimal(v).toPlainString();
    } catch (NumberFormatException e) {
      throw new InputError(field + " must be a decimal number");
    }
  }

  private static Optional<LocalDateTime> dateTime(EmulatedRequest r, String field) {
    Optional<String> v = r.field(field).filter(x -> !x.isBlank());
    try {
      return v.map(x -> LocalDateTime.parse(x, DATE_TIME));
    } catch (DateTimeParseException e) {
      throw new InputError(field + " must be yyyy-MM-dd HH:mm:ss");
    }
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock().instant(), zone).withNano(0);
  }

  private static String fmt(LocalDateTime t) {
    return t == null ? "" : DATE_TIME.format(t);
  }

  private static String el(String name, String value) {
    return "<" + name + ">" + xml(value) + "</" + name + ">";
  }

  private static EmulatedResponse done(boolean bare) {
    return EmulatedResponse.xml(200, bare ? "<result><done>true</done></result>"
        : "<result><sims/><creditHistory/><done>true</done></result>");
  }

  private static EmulatedResponse ko(int code, String message, boolean messageElement) {
    String tag = messageElement ? "message" : "errorMessage";
    return EmulatedResponse.xml(200, "<result><done>false</done><errorCode>" + code + "</errorCode><" + tag + ">"
        + xml(message) + "</" + tag + "></result>");
  }

  private static Map<String, Duration> operations() {
    Map<String, Duration> ops = new LinkedHashMap<>();
    Duration five = Duration.ofSeconds(5);
    for (String op : List.of("activateSim", "blockSim", "disconnectSim", "unblockSim", "simStatus", "simListLite",
        "credit", "updateSimName", "updateSimTag", "setupSimExpirationDate", "setupSimTrafficThreeshold",
        "customPlanList", "createCustomPlan", "modifyCustomPlan", "changeSimPlan", "sendSms", "downloadCdr",
        "rechargeSim", "getCdrPaginated")) {
      ops.put(op, Duration.ZERO);
    }
    for (String op : List.of("activateSim", "simStatus", "credit", "getCdrPaginated", "sendSms")) {
      ops.put(op, five);
    }
    ops.put("simListLite", Duration.ofSeconds(1));
    return java.util.Collections.unmodifiableMap(ops);
  }

  /** A wrong or missing input, answered with error code 20. */
  private static final class InputError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputError(String message) {
      super(message, null, false, false);
    }
  }

  private static final class Sim {
    final String msisdn;
    final String iccid;
    final List<Cdr> cdrs = new ArrayList<>();
    boolean generated;
    boolean hidden;
    String name = "";
    String tag = "";
    String status = "active";
    String plan = "default";
    LocalDateTime activationDate;
    LocalDateTime expirationDate;
    LocalDateTime lastConnectionDate;
    boolean blockAfterExpiration;
    long balance;
    long dailyTraffic;
    long monthlyTraffic;
    long totalTraffic;
    long dailyThresholdMb = 100;
    long monthlyThresholdMb = 1_024;
    long totalThresholdMb = 10_240;
    boolean blockDaily;
    boolean blockMonthly;
    boolean blockTotal;

    Sim(String msisdn, String iccid) {
      this.msisdn = msisdn;
      this.iccid = iccid;
    }

    String imsi() {
      return "22201" + msisdn.substring(msisdn.length() - 10);
    }
  }

  private record Cdr(String msisdn, LocalDateTime start, LocalDateTime stop, long traffic) {}

  private record HistoryRow(BigDecimal amount, LocalDateTime at, String description, String msisdn) {}

  private static final class Plan {
    final int id;
    String name;
    boolean autoRecharge;
    String threshold;
    String amount;

    Plan(int id, String name, boolean autoRecharge, String threshold, String amount) {
      this.id = id;
      this.name = name;
      this.autoRecharge = autoRecharge;
      this.threshold = threshold;
      this.amount = amount;
    }
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

    /** @param clock the emulator's time (a {@code ManualClock} fast-forwards call limits) @return this builder */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** @param count SIMs generated besides the sandbox ones @return this builder */
    public Builder generatedSims(int count) {
      this.generatedSims = count;
      return this;
    }

    /** @param count CDRs generated per SIM @return this builder */
    public Builder cdrsPerSim(int count) {
      this.cdrsPerSim = count;
      return this;
    }

    /** @param count credit history rows @return this builder */
    public Builder creditRows(int count) {
      this.creditRows = count;
      return this;
    }

    /** @param require whether to check the test host's basic authentication @return this builder */
    public Builder requireBasicAuth(boolean require) {
      this.requireBasicAuth = require;
      return this;
    }

    /** @param enforce whether to answer calls that come too soon with error 60 @return this builder */
    public Builder enforceCallLimits(boolean enforce) {
      this.enforceCallLimits = enforce;
      return this;
    }

    /** @param zone the zone of the dates the emulator writes (default Europe/Rome) @return this builder */
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
