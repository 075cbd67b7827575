package io.simbridge.m2miportal.internal;

import io.simbridge.core.internal.http.ResponseHandler;
import io.simbridge.core.internal.parse.Fields;
import io.simbridge.core.internal.parse.MalformedFieldException;
import io.simbridge.core.model.ContractTerm;
import io.simbridge.core.model.ContractType;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.m2miportal.model.LastMoTraffic;
import io.simbridge.m2miportal.model.MonthToDateUsage;
import io.simbridge.m2miportal.model.SmsMtDetail;
import io.simbridge.m2miportal.model.Status;
import io.simbridge.m2miportal.model.StatusReport;
import io.simbridge.m2miportal.model.TrafficType;
import io.simbridge.m2miportal.model.UsageLevels;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns each operation's successful answer into its record. Empty elements mean "not available";
 * an answer whose every element is empty means "no traffic history" or "no contract". Each
 * handler first has {@link Errors} check the status and {@code api_outcome}.
 */
public final class Answers {
  /** {@code query_last_mo_traffic}: the last traffic, empty when the SIM has no traffic history. */
  public static final ResponseHandler<Optional<LastMoTraffic>> LAST_MO_TRAFFIC =
      Errors.handler(Answers::lastMoTraffic);

  /** {@code query_contract}: the contract term, empty when the SIM has no contract. */
  public static final ResponseHandler<Optional<ContractTerm>> CONTRACT =
      Errors.handler(Answers::contract);

  /** {@code query_status}. */
  public static final ResponseHandler<StatusReport> STATUS = Errors.handler(Answers::status);

  /** {@code query_usage}. */
  public static final ResponseHandler<MonthToDateUsage> USAGE = Errors.handler(Answers::usage);

  /** {@code query_usage_levels}. */
  public static final ResponseHandler<UsageLevels> USAGE_LEVELS =
      Errors.handler(Answers::usageLevels);

  /** {@code query_sms_mt_details}: newest first. */
  public static final ResponseHandler<List<SmsMtDetail>> SMS_MT_DETAILS =
      Errors.handler(Answers::smsMtDetails);

  /** A command's answer, which carries nothing but its outcome. */
  public static final ResponseHandler<Void> NONE = Errors.handler(a -> null);

  /**
   * The provider's "MB" ({@code data_mb}, and usage levels of data SIM types): decimal
   * megabytes, so {@code 80.010} is 80,010,000 bytes. The docs call it "decimal megabytes"; the
   * plain reading is the SI megabyte of 1,000,000 bytes, not the binary 1,048,576.
   */
  private static final DataUnit MEGABYTE = DataUnit.MEGABYTE;

  /**
   * {@code dd/MM/yyyy HH:mm:ss}, always UTC (the docs' rendering dropped the colons). One-digit
   * days, months and hours are read too.
   */
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("d/M/uuuu H:mm:ss", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private Answers() {}

  /**
   * {@code query_last_mo_traffic}: "if any individual value is unavailable, the element will be
   * returned empty", so each is read on its own; all empty means no traffic history.
   */
  private static Optional<LastMoTraffic> lastMoTraffic(Answer a) {
    if (a.allEmpty("traffic_type", "timestamp", "network", "country")) {
      return Optional.empty();
    }
    Optional<String> rawType = a.text("traffic_type");
    Optional<TrafficType> type =
        rawType.map(
            raw ->
                switch (raw.toLowerCase(Locale.ROOT)) {
                  case "data" -> TrafficType.DATA;
                  case "sms" -> TrafficType.SMS;
                  case "voice" -> TrafficType.VOICE;
                  default -> TrafficType.OTHER;
                });
    Optional<Instant> time = a.text("timestamp").map(t -> timestamp("timestamp", t));
    return Optional.of(
        new LastMoTraffic(type, rawType, time, a.text("network"), a.text("country")));
  }

  /** {@code query_contract}: both elements empty means no contract; otherwise both are required. */
  private static Optional<ContractTerm> contract(Answer a) {
    if (a.allEmpty("contract_type", "months_remaining")) {
      return Optional.empty();
    }
    String rawType = requireWithOthers(a, "contract_type");
    ContractType type =
        switch (rawType) {
          case "1" -> ContractType.MINIMUM_TERM;
          case "2" -> ContractType.FIXED_TERM;
          default -> ContractType.OTHER;
        };
    long months =
        Fields.requireNonNegativeLong("months_remaining", requireWithOthers(a, "months_remaining"));
    return Optional.of(new ContractTerm(type, rawType, Math.toIntExact(months)));
  }

  /** {@code query_status}: {@code de-activated}, the spelling {@code set_status} takes, is read too. */
  private static StatusReport status(Answer a) {
    String raw = a.require("status");
    Status status =
        switch (raw.toLowerCase(Locale.ROOT)) {
          case "active" -> Status.ACTIVE;
          case "deactivated", "de-activated" -> Status.DEACTIVATED;
          case "closed" -> Status.CLOSED;
          default -> Status.UNKNOWN;
        };
    return new StatusReport(status, raw);
  }

  /** {@code query_usage}. */
  private static MonthToDateUsage usage(Answer a) {
    Optional<DataVolume> data =
        Fields.optionalDecimal("data_mb", a.text("data_mb").orElse(null))
            .map(mb -> DataVolume.of(mb, MEGABYTE));
    return new MonthToDateUsage(data, count(a, "sms"), count(a, "voice_mins"));
  }

  /** {@code query_usage_levels}: the decimals as sent, their unit depending on the SIM type. */
  private static UsageLevels usageLevels(Answer a) {
    return new UsageLevels(
        Fields.optionalDecimal("warning", a.text("warning").orElse(null)),
        Fields.optionalDecimal("limit", a.text("limit").orElse(null)));
  }

  /**
   * {@code query_sms_mt_details}: newest first, as sent. "No messages" is a single empty
   * {@code sms}, which may come as {@code <sms/>} or with every child empty: an entry without
   * any text is no message.
   */
  private static List<SmsMtDetail> smsMtDetails(Answer a) {
    return a.elements("sms").stream()
        .filter(sms -> !sms.isBlank())
        .map(
            sms ->
                new SmsMtDetail(
                    timestamp(sms.field("sent_timestamp"), sms.require("sent_timestamp")),
                    sms.text("sms_uid"),
                    sms.require("status"),
                    sms.text("delivered_timestamp")
                        .map(t -> timestamp(sms.field("delivered_timestamp"), t)),
                    sms.text("origin"),
                    sms.verbatim("message_text")))
        .toList();
  }

  private static String requireWithOthers(Answer a, String name) {
    return a.text(name)
        .orElseThrow(
            () -> new MalformedFieldException(name, "is empty while other elements are not"));
  }

  private static Instant timestamp(String field, String value) {
    return Fields.optionalLocalDateTime(field, value, TIMESTAMP)
        .orElseThrow()
        .toInstant(ZoneOffset.UTC);
  }

  private static OptionalLong count(Answer a, String name) {
    OptionalLong n = Fields.optionalLong(name, a.text(name).orElse(null));
    if (n.isPresent() && n.getAsLong() < 0) {
      throw new MalformedFieldException(name, "is negative: " + n.getAsLong());
    }
    return n;
  }
}
