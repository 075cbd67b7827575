package io.simbridge.thingsmobile.internal;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.List;

/**
 * The XML answers as Jackson binds them: every value as text, converted and checked by
 * {@link Convert}. Elements the documentation does not name are ignored.
 */
public final class Answers {
  private Answers() {}

  /** What every answer carries: {@code done} and, when it is false, the error. */
  public static class Envelope {
    /** {@code true} or {@code false}. */
    public String done;
    /** The numeric error code. */
    public String errorCode;
    /** The error description of most operations. */
    public String errorMessage;
    /** downloadCdr's message (success or error) and getCdrPaginated's error description. */
    public String message;
  }

  /** simStatus and simListLite. */
  public static final class Sims extends Envelope {
    /** The SIMs. */
    @JacksonXmlElementWrapper(localName = "sims")
    @JacksonXmlProperty(localName = "sim")
    public List<Sim> sims;
  }

  /** One {@code <sim>}, the union of what simStatus and simListLite report. */
  public static final class Sim {
    public String activationDate;
    public String automation;
    public String balance;
    public String blockSimAfterExpirationDate;
    public String blockSimDaily;
    public String blockSimMonthly;
    public String blockSimTotal;
    public String country;
    public String dailyTraffic;
    public String dailyTrafficThreshold;
    public String expirationDate;
    public String iccid;
    public String lastConnectionDate;
    public String monthlyTraffic;
    public String monthlyTrafficThreshold;
    public String msisdn;
    public String name;
    public String plan;
    public String roamingProfile;
    public String status;
    public String tag;
    public String totalTraffic;
    public String totalTrafficThreshold;
    public String type;
    /** simStatus's page of CDRs. */
    @JacksonXmlElementWrapper(localName = "cdrs")
    @JacksonXmlProperty(localName = "cdr")
    public List<CdrRow> cdrs;
  }

  /** One {@code <cdr>} (simStatus) or {@code <cdrPaginated>} (getCdrPaginated). */
  public static final class CdrRow {
    public String cdrImsi;
    public String cdrMsisdn;
    public String cdrDateStart;
    public String cdrDateStop;
    public String cdrNetwork;
    public String cdrCountry;
    public String cdrOperator;
    public String cdrTraffic;
  }

  /** credit. */
  public static final class Credit extends Envelope {
    public String amount;
    public String currency;
    /** The history rows. */
    @JacksonXmlElementWrapper(localName = "creditHistory")
    @JacksonXmlProperty(localName = "historyRow")
    public List<HistoryRow> creditHistory;
  }

  /** One {@code <historyRow>}. */
  public static final class HistoryRow {
    public String amount;
    public String dateLoad;
    public String opDescription;
    public String msisdn;
  }

  /** customPlanList. */
  public static final class Plans extends Envelope {
    /** The plans. */
    @JacksonXmlElementWrapper(localName = "plans")
    @JacksonXmlProperty(localName = "plan")
    public List<Plan> plans;
  }

  /** One {@code <plan>}. */
  public static final class Plan {
    public String id;
    public String name;
    public String simAutorechargeEnabled;
    public String simAutorechargeCreditThreshold;
    public String simAutorechargeAmount;
  }

  /** getCdrPaginated. */
  public static final class CdrPage extends Envelope {
    /** The CDRs of the page. */
    @JacksonXmlElementWrapper(localName = "cdrsPaginated")
    @JacksonXmlProperty(localName = "cdrPaginated")
    public List<CdrRow> cdrs;
  }
}
