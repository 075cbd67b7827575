package io.simbridge.testkit.thingsmobile;

import static io.simbridge.testkit.thingsmobile.FormFields.dateTime;
import static io.simbridge.testkit.thingsmobile.FormFields.decimal;
import static io.simbridge.testkit.thingsmobile.FormFields.flag;
import static io.simbridge.testkit.thingsmobile.FormFields.mib;
import static io.simbridge.testkit.thingsmobile.FormFields.msisdnList;
import static io.simbridge.testkit.thingsmobile.FormFields.page;
import static io.simbridge.testkit.thingsmobile.FormFields.paging;
import static io.simbridge.testkit.thingsmobile.FormFields.required;
import static io.simbridge.testkit.thingsmobile.ResultXml.done;
import static io.simbridge.testkit.thingsmobile.ResultXml.ko;
import static io.simbridge.testkit.thingsmobile.ThingsMobileEmulator.MSISDN_CDR_LIMIT;
import static io.simbridge.testkit.thingsmobile.ThingsMobileEmulator.MSISDN_GENERIC_ERROR;
import static io.simbridge.testkit.thingsmobile.ThingsMobileEmulator.MSISDN_NOT_ACTIVE;
import static io.simbridge.testkit.thingsmobile.ThingsMobileEmulator.MSISDN_NOT_FOUND;
import static io.simbridge.testkit.thingsmobile.ThingsMobileEmulator.MSISDN_OK;
import static io.simbridge.testkit.thingsmobile.ThingsMobileState.MIB;

import io.simbridge.testkit.EmulatedRequest;
import io.simbridge.testkit.EmulatedResponse;
import io.simbridge.testkit.thingsmobile.FormFields.InputError;
import io.simbridge.testkit.thingsmobile.ThingsMobileState.Cdr;
import io.simbridge.testkit.thingsmobile.ThingsMobileState.HistoryRow;
import io.simbridge.testkit.thingsmobile.ThingsMobileState.Plan;
import io.simbridge.testkit.thingsmobile.ThingsMobileState.Sim;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The Things Mobile emulator's answers: each operation applied to the {@link ThingsMobileState},
 * with the sandbox's documented special answers, and written as the API's XML by
 * {@link ResultXml}.
 */
final class ThingsMobileAnswers {
  private static final int CDR_CAP = 10_000;
  private static final int CREDIT_ROWS_CAP = 5_000;
  private static final Set<String> SUSPENDED_GROUP =
      Set.of(
          "suspended",
          "replaced",
          "deleted",
          "suspended-for-data",
          "suspended-for-traffic",
          "suspended-for-no-cash",
          "suspended-for-country-disabled",
          "waiting-activation-fixed-ip",
          "suspended-for-traffic-limit-in-country",
          "operation-in-progress",
          "error-during-request",
          "pending-monthly-network-access-charge");

  private final ThingsMobileState state;
  private final Supplier<LocalDateTime> now;

  ThingsMobileAnswers(ThingsMobileState state, Supplier<LocalDateTime> now) {
    this.state = state;
    this.now = now;
  }

  /** Whether an operation's errors carry {@code message} rather than {@code errorMessage}. */
  static boolean messageElement(String op) {
    return op.equals("downloadCdr") || op.equals("getCdrPaginated");
  }

  /** Answers an authenticated call that respected the call limits. */
  EmulatedResponse answer(String op, EmulatedRequest r) {
    try {
      return switch (op) {
        case "activateSim" -> activate(r);
        case "blockSim" -> onSim(r, s -> s.status = "suspended", false);
        case "unblockSim" -> onSim(r, s -> s.status = "active", false);
        case "disconnectSim" -> onSim(r, s -> {}, false);
        case "simStatus" -> simStatus(r);
        case "simListLite" -> simListLite(r);
        case "credit" -> credit(r);
        case "updateSimName" -> onSim(r, s -> s.name = required(r, "name"), true);
        case "updateSimTag" -> onSim(r, s -> s.tag = required(r, "tag"), true);
        case "setupSimExpirationDate" ->
            onSim(
                r,
                s -> {
                  s.expirationDate = LocalDate.parse(required(r, "expirationDate")).atStartOfDay();
                  s.blockAfterExpiration = flag(r, "blockSim");
                },
                true);
        case "setupSimTrafficThreeshold" ->
            onSim(
                r,
                s -> {
                  s.dailyThresholdMb = mib(r, "dailyLimit");
                  s.monthlyThresholdMb = mib(r, "monthlyLimit");
                  s.totalThresholdMb = mib(r, "totalLimit");
                  s.blockDaily = flag(r, "blockSimDaily");
                  s.blockMonthly = flag(r, "blockSimMonthly");
                  s.blockTotal = flag(r, "blockSimTotal");
                },
                true);
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
      return ko(20, "input error: " + e.getMessage(), messageElement(op));
    }
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
    Sim s = state.simsByMsisdn.get(msisdn);
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
    s.activationDate = now.get();
    return done(true);
  }

  /**
   * Runs a change on the SIM a request names, with the sandbox's documented special answers. The
   * sandbox SIMs are canned: a write to one succeeds or fails as documented but changes nothing,
   * so that they always read back as the documentation describes them.
   */
  private EmulatedResponse onSim(EmulatedRequest r, Consumer<Sim> change, boolean emptyLists) {
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
    Sim s = state.find(msisdn, iccid).orElse(null);
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
      return simStatusAnswer(state.simsByMsisdn.get(MSISDN_GENERIC_ERROR), paging);
    }
    Object found = lookup(r);
    if (found instanceof EmulatedResponse error) {
      return error;
    }
    return found instanceof Sim s && paging[0] > 0
        ? simStatusAnswer(s, paging)
        : ko(70, "pagination not valid", false);
  }

  private static EmulatedResponse simStatusAnswer(Sim s, int[] paging) {
    return ResultXml.simStatus(s, page(s.cdrs, paging));
  }

  private EmulatedResponse simListLite(EmulatedRequest r) {
    int[] paging = paging(r, 500, 500);
    if (paging[0] <= 0) {
      return ko(20, "input error: pagination not valid", false);
    }
    Optional<String> name = r.field("name").filter(v -> !v.isBlank());
    Optional<String> tag = r.field("tag").filter(v -> !v.isBlank());
    Optional<String> status = r.field("status").filter(v -> !v.isBlank());
    if (status.isPresent()
        && !Set.of("to-activate", "active", "suspended", "deactivated").contains(status.get())) {
      return ko(
          20, "input error: status must be to-activate, active, suspended or deactivated", false);
    }
    Predicate<Sim> keep =
        s ->
            !s.hidden
                && name.map(s.name::equals).orElse(true)
                && tag.map(s.tag::equals).orElse(true)
                && status.map(g -> group(s.status).equals(g)).orElse(true);
    List<Sim> matching = state.simsByMsisdn.values().stream().filter(keep).toList();
    return ResultXml.simListLite(page(matching, paging));
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
    List<HistoryRow> rows =
        state.history.stream().filter(h -> !h.at().isBefore(from) && !h.at().isAfter(to)).toList();
    if (rows.size() > CREDIT_ROWS_CAP) {
      return ko(
          90,
          "credit history error: more than " + CREDIT_ROWS_CAP + " operations, narrow the range",
          false);
    }
    return ResultXml.credit(state.credit, page(rows, paging));
  }

  // ---- plans ----------------------------------------------------------------------------------

  private EmulatedResponse customPlanList() {
    return ResultXml.customPlanList(state.plans);
  }

  private EmulatedResponse createPlan(EmulatedRequest r) {
    Plan p = state.newPlan();
    fillPlan(p, r);
    state.plans.add(p);
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
    return state.plan(id).orElseThrow(() -> new InputError("custom plan " + id + " not found"));
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
    state.sentSms.add(s.msisdn + ": " + message);
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
    return ResultXml.exportScheduled();
  }

  private EmulatedResponse recharge(EmulatedRequest r) {
    String amount = required(r, "amount");
    if (!amount.matches("\\d{1,4}")
        || Integer.parseInt(amount) < 1
        || Integer.parseInt(amount) > 1024) {
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
      Sim s = state.simsByMsisdn.get(m);
      if (s == null || s.hidden) {
        return ko(40, "sim error: sim " + m + " not found or not available", true);
      }
      s.cdrs.stream()
          .filter(c -> !c.start().isBefore(from) && !c.start().isAfter(to))
          .forEach(all::add);
    }
    if (all.size() > CDR_CAP) {
      return ko(
          80,
          "cdrs error: more than " + CDR_CAP + " CDRs, retry with a more restrictive date range",
          true);
    }
    return ResultXml.cdrsPaginated(page(all, paging));
  }
}
