package io.simbridge.thingsmobile.internal;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.parse.Fields;
import io.simbridge.core.internal.parse.MalformedFieldException;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Money;
import io.simbridge.core.model.Msisdn;
import io.simbridge.thingsmobile.model.Cdr;
import io.simbridge.thingsmobile.model.Credit;
import io.simbridge.thingsmobile.model.CreditHistoryRow;
import io.simbridge.thingsmobile.model.CustomPlan;
import io.simbridge.thingsmobile.model.SimInfo;
import io.simbridge.thingsmobile.model.SimListItem;
import io.simbridge.thingsmobile.model.SimStatusValue;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Turns the bound answers into the public records, and writes the values requests carry.
 *
 * <p>Units, written once here: traffic ({@code balance}, {@code *Traffic}, {@code cdrTraffic}) is
 * counted in bytes; auto-recharge values in MB of 1,048,576 bytes ({@link DataUnit#MEBIBYTE}).
 * The traffic thresholds simStatus reports are read in bytes, though setupSimTrafficThreeshold
 * sets them in MB: section 4 says the API returns amounts in bytes; read in MB, the documented
 * example ({@code 1000000}, {@code 2000000}, {@code 3000000}) would be a daily threshold of a
 * terabyte, and the independent public clients of this API (.NET and PHP) read bytes. The number
 * as sent is kept beside the reading, so a caller who knows better is never stuck with it. Dates
 * are {@code yyyy-MM-dd HH:mm:ss} without a zone.
 *
 * <p>Blank values are absent (the API writes {@code <lastConnectionDate></lastConnectionDate>});
 * a value that is present but unreadable, or a documented identity field that is missing, makes
 * the whole answer malformed rather than silently wrong.
 */
public final class Convert {
  /** The API's date-time format, for answers and requests. */
  public static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  private Convert() {}

  /**
   * @param answer a simStatus answer
   * @return the one SIM it describes
   */
  public static SimInfo simInfo(Answers.Sims answer) {
    List<Answers.Sim> sims = answer.sims == null ? List.of() : answer.sims;
    if (sims.size() != 1) {
      throw new MalformedFieldException("sims", "lists " + sims.size() + " SIMs where simStatus describes one");
    }
    return simInfo(sims.get(0));
  }

  private static SimInfo simInfo(Answers.Sim s) {
    return new SimInfo(
        msisdn("msisdn", s.msisdn),
        iccid("iccid", s.iccid),
        SimStatusValue.of(Fields.requireText("status", s.status)),
        Fields.text(s.name), Fields.text(s.tag), Fields.text(s.plan), Fields.text(s.type),
        dateTime("activationDate", s.activationDate),
        dateTime("expirationDate", s.expirationDate),
        dateTime("lastConnectionDate", s.lastConnectionDate),
        Fields.optionalFlag("blockSimAfterExpirationDate", s.blockSimAfterExpirationDate),
        bytes("balance", s.balance),
        bytes("dailyTraffic", s.dailyTraffic),
        bytes("monthlyTraffic", s.monthlyTraffic),
        bytes("totalTraffic", s.totalTraffic),
        bytes("dailyTrafficThreshold", s.dailyTrafficThreshold),
        rawCount("dailyTrafficThreshold", s.dailyTrafficThreshold),
        Fields.optionalFlag("blockSimDaily", s.blockSimDaily),
        bytes("monthlyTrafficThreshold", s.monthlyTrafficThreshold),
        rawCount("monthlyTrafficThreshold", s.monthlyTrafficThreshold),
        Fields.optionalFlag("blockSimMonthly", s.blockSimMonthly),
        bytes("totalTrafficThreshold", s.totalTrafficThreshold),
        rawCount("totalTrafficThreshold", s.totalTrafficThreshold),
        Fields.optionalFlag("blockSimTotal", s.blockSimTotal),
        list(s.cdrs, Convert::cdr));
  }

  /** @param s a simListLite {@code <sim>} @return the SIM */
  public static SimListItem simListItem(Answers.Sim s) {
    return new SimListItem(
        msisdn("msisdn", s.msisdn),
        iccid("iccid", s.iccid),
        SimStatusValue.of(Fields.requireText("status", s.status)),
        Fields.text(s.name), Fields.text(s.tag), Fields.text(s.plan), Fields.text(s.type),
        Fields.text(s.automation), Fields.text(s.country), Fields.text(s.roamingProfile),
        dateTime("activationDate", s.activationDate),
        dateTime("expirationDate", s.expirationDate),
        dateTime("lastConnectionDate", s.lastConnectionDate),
        bytes("balance", s.balance),
        bytes("dailyTraffic", s.dailyTraffic),
        bytes("monthlyTraffic", s.monthlyTraffic),
        bytes("totalTraffic", s.totalTraffic));
  }

  /** @param c a {@code <cdr>} or {@code <cdrPaginated>} @return the CDR */
  public static Cdr cdr(Answers.CdrRow c) {
    return new Cdr(
        Fields.text(c.cdrMsisdn).map(m -> msisdn("cdrMsisdn", m)),
        Fields.text(c.cdrImsi),
        requireDateTime("cdrDateStart", c.cdrDateStart),
        requireDateTime("cdrDateStop", c.cdrDateStop),
        Fields.text(c.cdrNetwork), Fields.text(c.cdrCountry), Fields.text(c.cdrOperator),
        DataVolume.ofBytes(Fields.requireNonNegativeLong("cdrTraffic", c.cdrTraffic)));
  }

  /** @param c a credit answer @return the credit and its history page */
  public static Credit credit(Answers.Credit c) {
    String currency = Fields.requireText("currency", c.currency);
    Money amount = new Money(Fields.requireDecimal("amount", c.amount), currency);
    return new Credit(amount, list(c.creditHistory, row -> new CreditHistoryRow(
        new Money(Fields.requireDecimal("historyRow/amount", row.amount), currency),
        requireDateTime("historyRow/dateLoad", row.dateLoad),
        Fields.text(row.opDescription).orElse(""),
        Fields.text(row.msisdn).map(m -> msisdn("historyRow/msisdn", m)))));
  }

  /** @param p a {@code <plan>} @return the plan */
  public static CustomPlan customPlan(Answers.Plan p) {
    return new CustomPlan(
        Fields.requireText("id", p.id),
        Fields.requireText("name", p.name),
        Fields.optionalFlag("simAutorechargeEnabled", p.simAutorechargeEnabled)
            .orElseThrow(() -> new MalformedFieldException("simAutorechargeEnabled", "is missing")),
        megabytes("simAutorechargeCreditThreshold", p.simAutorechargeCreditThreshold),
        megabytes("simAutorechargeAmount", p.simAutorechargeAmount));
  }

  /**
   * @param rows    bound rows, {@code null} when the list element was absent
   * @param convert converts one row
   * @param <D>     the row type
   * @param <T>     the record type
   * @return the records, empty when the list was absent or empty
   */
  public static <D, T> List<T> list(List<D> rows, Function<D, T> convert) {
    return rows == null ? List.of() : rows.stream().map(convert).toList();
  }

  private static Msisdn msisdn(String field, String raw) {
    String t = Fields.requireText(field, raw);
    try {
      return Msisdn.of(t);
    } catch (InvalidInputException e) {
      throw new MalformedFieldException(field, "is not an MSISDN: " + e.problem());
    }
  }

  private static Iccid iccid(String field, String raw) {
    String t = Fields.requireText(field, raw);
    try {
      return Iccid.of(t);
    } catch (InvalidInputException e) {
      throw new MalformedFieldException(field, "is not an ICCID: " + e.problem());
    }
  }

  private static Optional<LocalDateTime> dateTime(String field, String raw) {
    return Fields.optionalLocalDateTime(field, raw, DATE_TIME);
  }

  private static LocalDateTime requireDateTime(String field, String raw) {
    return dateTime(field, raw).orElseThrow(() -> new MalformedFieldException(field, "is missing"));
  }

  private static Optional<DataVolume> bytes(String field, String raw) {
    OptionalLong n = rawCount(field, raw);
    return n.isPresent() ? Optional.of(DataVolume.ofBytes(n.getAsLong())) : Optional.empty();
  }

  private static OptionalLong rawCount(String field, String raw) {
    Optional<String> t = Fields.text(raw);
    return t.isPresent() ? OptionalLong.of(Fields.requireNonNegativeLong(field, t.get())) : OptionalLong.empty();
  }

  private static Optional<DataVolume> megabytes(String field, String raw) {
    return Fields.optionalDecimal(field, raw).map(mb -> {
      if (mb.signum() < 0) {
        throw new MalformedFieldException(field, "is negative: " + mb.toPlainString());
      }
      return DataVolume.of(mb, DataUnit.MEBIBYTE);
    });
  }

  /**
   * @param volume a volume
   * @return it in MB of 1,048,576 bytes, as the plain decimal the API takes
   */
  public static String megabytesText(DataVolume volume) {
    BigDecimal mb = volume.to(DataUnit.MEBIBYTE);
    return mb.signum() == 0 ? "0" : mb.toPlainString();
  }
}
