package io.simbridge.testkit.thingsmobile;

import static io.simbridge.testkit.internal.Text.xml;
import static io.simbridge.testkit.thingsmobile.FormFields.DATE_TIME;
import static io.simbridge.testkit.thingsmobile.ThingsMobileState.MIB;

import io.simbridge.testkit.EmulatedResponse;
import io.simbridge.testkit.thingsmobile.ThingsMobileState.Cdr;
import io.simbridge.testkit.thingsmobile.ThingsMobileState.HistoryRow;
import io.simbridge.testkit.thingsmobile.ThingsMobileState.Plan;
import io.simbridge.testkit.thingsmobile.ThingsMobileState.Sim;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes the Things Mobile emulator's answers as the API's XML {@code <result>} documents, with
 * the elements and empty lists the documentation's examples show. A class of its own so that
 * {@link ThingsMobileAnswers} decides what an operation answers, and this one how that reads on
 * the wire.
 */
final class ResultXml {
  private ResultXml() {}

  /** A success without data: bare, or with the empty lists some operations answer with. */
  static EmulatedResponse done(boolean bare) {
    return EmulatedResponse.xml(
        200,
        bare
            ? "<result><done>true</done></result>"
            : "<result><sims/><creditHistory/><done>true</done></result>");
  }

  /** A failure, its description in {@code message} or, for most operations, {@code errorMessage}. */
  static EmulatedResponse ko(int code, String message, boolean messageElement) {
    String tag = messageElement ? "message" : "errorMessage";
    return EmulatedResponse.xml(
        200,
        "<result><done>false</done><errorCode>"
            + code
            + "</errorCode><"
            + tag
            + ">"
            + xml(message)
            + "</"
            + tag
            + "></result>");
  }

  /** simStatus: one SIM, with a page of its CDRs. */
  static EmulatedResponse simStatus(Sim s, List<Cdr> page) {
    StringBuilder cdrs = new StringBuilder();
    page.forEach(
        c ->
            cdrs.append("<cdr><cdrImsi>")
                .append(s.imsi())
                .append("</cdrImsi><cdrDateStart>")
                .append(fmt(c.start()))
                .append("</cdrDateStart><cdrDateStop>")
                .append(fmt(c.stop()))
                .append(
                    "</cdrDateStop><cdrNetwork>Zone 1</cdrNetwork><cdrCountry>Zone 1</cdrCountry>")
                .append("<cdrOperator>ITAWI</cdrOperator><cdrTraffic>")
                .append(c.traffic())
                .append("</cdrTraffic></cdr>"));
    String body =
        "<result><done>true</done><sims><sim>"
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
            + "<cdrs>"
            + cdrs
            + "</cdrs></sim></sims></result>";
    return EmulatedResponse.xml(200, body);
  }

  /** simListLite: a page of SIMs. */
  static EmulatedResponse simListLite(List<Sim> page) {
    StringBuilder sims = new StringBuilder();
    for (Sim s : page) {
      sims.append("<sim>")
          .append(el("activationDate", fmt(s.activationDate)))
          .append(el("automation", "default"))
          .append(el("balance", String.valueOf(s.balance)))
          .append(el("country", "Italy"))
          .append(el("dailyTraffic", String.valueOf(s.dailyTraffic)))
          .append(el("expirationDate", fmt(s.expirationDate)))
          .append(el("iccid", s.iccid))
          .append(el("lastConnectionDate", fmt(s.lastConnectionDate)))
          .append(el("monthlyTraffic", String.valueOf(s.monthlyTraffic)))
          .append(el("msisdn", s.msisdn))
          .append(el("name", s.name))
          .append(el("plan", s.plan))
          .append(el("roamingProfile", "TM-1"))
          .append(el("status", s.status))
          .append(el("tag", s.tag))
          .append(el("type", "AllInOne Sim"))
          .append("</sim>");
    }
    return EmulatedResponse.xml(200, "<result><done>true</done><sims>" + sims + "</sims></result>");
  }

  /** credit: the shared credit, with a page of its history. */
  static EmulatedResponse credit(BigDecimal credit, List<HistoryRow> page) {
    StringBuilder out = new StringBuilder();
    page.forEach(
        h ->
            out.append("<historyRow>")
                .append(el("amount", h.amount().toPlainString()))
                .append(el("dateLoad", fmt(h.at())))
                .append(el("opDescription", h.description()))
                .append(h.msisdn() == null ? "" : el("msisdn", h.msisdn()))
                .append("</historyRow>"));
    return EmulatedResponse.xml(
        200,
        "<result><done>true</done>"
            + el("amount", credit.toPlainString())
            + el("currency", "EUR")
            + "<creditHistory>"
            + out
            + "</creditHistory></result>");
  }

  /** customPlanList: every plan. */
  static EmulatedResponse customPlanList(List<Plan> plans) {
    StringBuilder out = new StringBuilder();
    for (Plan p : plans) {
      out.append("<plan>")
          .append(el("id", String.valueOf(p.id)))
          .append(el("name", p.name))
          .append(el("simAutorechargeEnabled", String.valueOf(p.autoRecharge)))
          .append(el("simAutorechargeCreditThreshold", p.threshold))
          .append(el("simAutorechargeAmount", p.amount))
          .append("</plan>");
    }
    return EmulatedResponse.xml(
        200, "<result><sims/><creditHistory/><plans>" + out + "</plans><done>true</done></result>");
  }

  /** downloadCdr: the export is scheduled, its file e-mailed. */
  static EmulatedResponse exportScheduled() {
    return EmulatedResponse.xml(
        200,
        "<result><done>true</done><message>Export scheduled correctly. The file that you"
            + " requested will be sent to you via email.</message></result>");
  }

  /** getCdrPaginated: a page of CDRs. */
  static EmulatedResponse cdrsPaginated(List<Cdr> page) {
    StringBuilder out = new StringBuilder();
    page.forEach(
        c ->
            out.append("<cdrPaginated>")
                .append(el("cdrCountry", "ESP"))
                .append(el("cdrDateStart", fmt(c.start())))
                .append(el("cdrDateStop", fmt(c.stop())))
                .append(el("cdrMsisdn", c.msisdn()))
                .append(el("cdrNetwork", "Zone 1"))
                .append(el("cdrOperator", "ESPVV"))
                .append(el("cdrTraffic", String.valueOf(c.traffic())))
                .append("</cdrPaginated>"));
    return EmulatedResponse.xml(
        200, "<result><cdrsPaginated>" + out + "</cdrsPaginated><done>true</done></result>");
  }

  private static String fmt(LocalDateTime t) {
    return t == null ? "" : DATE_TIME.format(t);
  }

  private static String el(String name, String value) {
    return "<" + name + ">" + xml(value) + "</" + name + ">";
  }
}
