package io.simbridge.thingsmobile.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.http.InboundResponse;
import io.simbridge.core.internal.http.ResponseHandler;
import io.simbridge.core.internal.parse.Fields;
import io.simbridge.core.internal.parse.MalformedFieldException;
import io.simbridge.core.internal.parse.Mappers;
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
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Reads the answers: every answer is an XML {@code <result>} whose {@code done} says whether the
 * call worked and, when it did not, carries {@code errorCode} and a description in
 * {@code errorMessage} (or in {@code message}, as downloadCdr and getCdrPaginated write it), which
 * {@link Errors} maps. An answer that is not such a document (empty, truncated, not XML, no
 * {@code done}) is a malformed response, never a guessed value; a non-2xx answer without a
 * readable error falls back to the HTTP status's meaning.
 *
 * <p>{@link AnswerXml} holds the answers as Jackson binds them: every value as text, converted
 * and checked here.
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
public final class Answers {
  /** The API's date-time format, for answers and requests. */
  public static final DateTimeFormatter DATE_TIME = Fields.SPACED_DATE_TIME;

  private Answers() {}

  /**
   * @param type          the answer's shape
   * @param rateLimitWait what an error-60 answer asks to wait: the operation's call interval
   * @param convert       turns the answer into the caller's value; it runs inside the handler so
   *                      that an unreadable value makes the answer malformed
   * @param <T>           the answer type
   * @param <R>           the value type
   * @return a handler that converts the answer when {@code done} is true and throws otherwise
   */
  public static <T extends AnswerXml.Envelope, R> ResponseHandler<R> handler(
      Class<T> type, Duration rateLimitWait, Function<T, R> convert) {
    return response -> convert.apply(read(response, type, rateLimitWait));
  }

  private static <T extends AnswerXml.Envelope> T read(
      InboundResponse r, Class<T> type, Duration rateLimitWait) throws IOException {
    byte[] body = r.bytes();
    T answer;
    try {
      answer = Mappers.readXml(body, type);
    } catch (JsonProcessingException e) {
      if (!r.isSuccessful()) {
        throw r.errorForStatus(null, null, rateLimitWait);
      }
      throw e;
    }
    Optional<Boolean> done =
        answer == null ? Optional.empty() : Fields.optionalFlag("done", answer.done);
    if (done.isEmpty()) {
      if (!r.isSuccessful()) {
        throw r.errorForStatus(null, null, rateLimitWait);
      }
      throw r.malformed("the answer has no <done> element: not a Things Mobile <result>");
    }
    if (!done.get()) {
      throw Errors.of(
          r,
          Fields.text(answer.errorCode).orElse(null),
          Fields.text(answer.errorMessage).or(() -> Fields.text(answer.message)).orElse(null),
          rateLimitWait);
    }
    if (!r.isSuccessful()) {
      throw r.errorForStatus(null, null, rateLimitWait);
    }
    return answer;
  }

  /**
   * @param answer a simStatus answer
   * @return the one SIM it describes
   */
  public static SimInfo simInfo(AnswerXml.Sims answer) {
    List<AnswerXml.Sim> sims = answer.sims == null ? List.of() : answer.sims;
    if (sims.size() != 1) {
      throw new MalformedFieldException(
          "sims", "lists " + sims.size() + " SIMs where simStatus describes one");
    }
    return simInfo(sims.get(0));
  }

  private static SimInfo simInfo(AnswerXml.Sim s) {
    return new SimInfo(
        msisdn("msisdn", s.msisdn),
        iccid("iccid", s.iccid),
        SimStatusValue.of(Fields.requireText("status", s.status)),
        Fields.text(s.name),
        Fields.text(s.tag),
        Fields.text(s.plan),
        Fields.text(s.type),
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
        list(s.cdrs, Answers::cdr));
  }

  /**
   * @param answer a simListLite answer
   * @return its SIMs
   */
  public static List<SimListItem> simListItems(AnswerXml.Sims answer) {
    return list(answer.sims, Answers::simListItem);
  }

  /**
   * @param answer a customPlanList answer
   * @return its plans
   */
  public static List<CustomPlan> plans(AnswerXml.Plans answer) {
    return list(answer.plans, Answers::customPlan);
  }

  /**
   * @param answer a getCdrPaginated answer
   * @return its page of CDRs
   */
  public static List<Cdr> cdrs(AnswerXml.CdrPage answer) {
    return list(answer.cdrs, Answers::cdr);
  }

  /**
   * @param answer a downloadCdr answer
   * @return its message, such as {@code Export scheduled correctly...}; empty when it has none
   */
  public static String message(AnswerXml.Envelope answer) {
    return Fields.text(answer.message).orElse("");
  }

  /**
   * @param s a simListLite {@code <sim>}
   * @return the SIM
   */
  public static SimListItem simListItem(AnswerXml.Sim s) {
    return new SimListItem(
        msisdn("msisdn", s.msisdn),
        iccid("iccid", s.iccid),
        SimStatusValue.of(Fields.requireText("status", s.status)),
        Fields.text(s.name),
        Fields.text(s.tag),
        Fields.text(s.plan),
        Fields.text(s.type),
        Fields.text(s.automation),
        Fields.text(s.country),
        Fields.text(s.roamingProfile),
        dateTime("activationDate", s.activationDate),
        dateTime("expirationDate", s.expirationDate),
        dateTime("lastConnectionDate", s.lastConnectionDate),
        bytes("balance", s.balance),
        bytes("dailyTraffic", s.dailyTraffic),
        bytes("monthlyTraffic", s.monthlyTraffic),
        bytes("totalTraffic", s.totalTraffic));
  }

  /**
   * @param c a {@code <cdr>} or {@code <cdrPaginated>}
   * @return the CDR
   */
  public static Cdr cdr(AnswerXml.CdrRow c) {
    return new Cdr(
        Fields.text(c.cdrMsisdn).map(m -> msisdn("cdrMsisdn", m)),
        Fields.text(c.cdrImsi),
        requireDateTime("cdrDateStart", c.cdrDateStart),
        requireDateTime("cdrDateStop", c.cdrDateStop),
        Fields.text(c.cdrNetwork),
        Fields.text(c.cdrCountry),
        Fields.text(c.cdrOperator),
        DataVolume.ofBytes(Fields.requireNonNegativeLong("cdrTraffic", c.cdrTraffic)));
  }

  /**
   * @param c a credit answer
   * @return the credit and its history page
   */
  public static Credit credit(AnswerXml.CreditAnswer c) {
    String currency = Fields.requireText("currency", c.currency);
    Money amount = new Money(Fields.requireDecimal("amount", c.amount), currency);
    return new Credit(
        amount,
        list(
            c.creditHistory,
            row ->
                new CreditHistoryRow(
                    new Money(Fields.requireDecimal("historyRow/amount", row.amount), currency),
                    requireDateTime("historyRow/dateLoad", row.dateLoad),
                    Fields.text(row.opDescription).orElse(""),
                    Fields.text(row.msisdn).map(m -> msisdn("historyRow/msisdn", m)))));
  }

  /**
   * @param p a {@code <plan>}
   * @return the plan
   */
  public static CustomPlan customPlan(AnswerXml.Plan p) {
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
    return t.isPresent()
        ? OptionalLong.of(Fields.requireNonNegativeLong(field, t.get()))
        : OptionalLong.empty();
  }

  private static Optional<DataVolume> megabytes(String field, String raw) {
    return Fields.optionalDecimal(field, raw)
        .map(
            mb -> {
              if (mb.signum() < 0) {
                throw new MalformedFieldException(field, "is negative: " + mb.toPlainString());
              }
              return DataVolume.of(mb, DataUnit.MEBIBYTE);
            });
  }
}
