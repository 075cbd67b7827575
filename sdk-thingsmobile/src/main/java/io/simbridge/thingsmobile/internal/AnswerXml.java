package io.simbridge.thingsmobile.internal;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.List;

/**
 * The Things Mobile answers as Jackson binds them, one class per shape of {@code <result>}: every
 * value as text, so that {@link Answers} converts and checks it, naming the field when it cannot.
 * Elements the documentation does not name are ignored. A class of its own so that the wire's
 * shapes and the reading of them can be changed apart.
 */
public final class AnswerXml {
  private AnswerXml() {}

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
    /** The {@code <activationDate>} element. */
    public String activationDate;

    /** The {@code <automation>} element. */
    public String automation;

    /** The {@code <balance>} element. */
    public String balance;

    /** The {@code <blockSimAfterExpirationDate>} element. */
    public String blockSimAfterExpirationDate;

    /** The {@code <blockSimDaily>} element. */
    public String blockSimDaily;

    /** The {@code <blockSimMonthly>} element. */
    public String blockSimMonthly;

    /** The {@code <blockSimTotal>} element. */
    public String blockSimTotal;

    /** The {@code <country>} element. */
    public String country;

    /** The {@code <dailyTraffic>} element. */
    public String dailyTraffic;

    /** The {@code <dailyTrafficThreshold>} element. */
    public String dailyTrafficThreshold;

    /** The {@code <expirationDate>} element. */
    public String expirationDate;

    /** The {@code <iccid>} element. */
    public String iccid;

    /** The {@code <lastConnectionDate>} element. */
    public String lastConnectionDate;

    /** The {@code <monthlyTraffic>} element. */
    public String monthlyTraffic;

    /** The {@code <monthlyTrafficThreshold>} element. */
    public String monthlyTrafficThreshold;

    /** The {@code <msisdn>} element. */
    public String msisdn;

    /** The {@code <name>} element. */
    public String name;

    /** The {@code <plan>} element. */
    public String plan;

    /** The {@code <roamingProfile>} element. */
    public String roamingProfile;

    /** The {@code <status>} element. */
    public String status;

    /** The {@code <tag>} element. */
    public String tag;

    /** The {@code <totalTraffic>} element. */
    public String totalTraffic;

    /** The {@code <totalTrafficThreshold>} element. */
    public String totalTrafficThreshold;

    /** The {@code <type>} element. */
    public String type;

    /** simStatus's page of CDRs. */
    @JacksonXmlElementWrapper(localName = "cdrs")
    @JacksonXmlProperty(localName = "cdr")
    public List<CdrRow> cdrs;
  }

  /** One {@code <cdr>} (simStatus) or {@code <cdrPaginated>} (getCdrPaginated). */
  public static final class CdrRow {
    /** The {@code <cdrImsi>} element. */
    public String cdrImsi;

    /** The {@code <cdrMsisdn>} element. */
    public String cdrMsisdn;

    /** The {@code <cdrDateStart>} element. */
    public String cdrDateStart;

    /** The {@code <cdrDateStop>} element. */
    public String cdrDateStop;

    /** The {@code <cdrNetwork>} element. */
    public String cdrNetwork;

    /** The {@code <cdrCountry>} element. */
    public String cdrCountry;

    /** The {@code <cdrOperator>} element. */
    public String cdrOperator;

    /** The {@code <cdrTraffic>} element. */
    public String cdrTraffic;
  }

  /** credit. */
  public static final class CreditAnswer extends Envelope {
    /** The {@code <amount>} element. */
    public String amount;

    /** The {@code <currency>} element. */
    public String currency;

    /** The history rows. */
    @JacksonXmlElementWrapper(localName = "creditHistory")
    @JacksonXmlProperty(localName = "historyRow")
    public List<HistoryRow> creditHistory;
  }

  /** One {@code <historyRow>}. */
  public static final class HistoryRow {
    /** The {@code <amount>} element. */
    public String amount;

    /** The {@code <dateLoad>} element. */
    public String dateLoad;

    /** The {@code <opDescription>} element. */
    public String opDescription;

    /** The {@code <msisdn>} element. */
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
    /** The {@code <id>} element. */
    public String id;

    /** The {@code <name>} element. */
    public String name;

    /** The {@code <simAutorechargeEnabled>} element. */
    public String simAutorechargeEnabled;

    /** The {@code <simAutorechargeCreditThreshold>} element. */
    public String simAutorechargeCreditThreshold;

    /** The {@code <simAutorechargeAmount>} element. */
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
