package io.simbridge.reliability.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.TrafficReportCsvRow;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.m2miportal.model.SettableStatus;
import io.simbridge.reliability.support.Clients;
import io.simbridge.reliability.support.Fixtures;
import io.simbridge.thingsmobile.ThingsMobileClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * The operations of the fault matrix: for each provider one read and one write where it has
 * writes (Things Mobile, M2M iPortal); HORISEN and freebit are read-only, so two reads each
 * (HORISEN: a JSON page and the streamed CSV report; freebit: traffic information and OEM
 * authentication).
 */
enum Target {
  TM_SIM_STATUS(
      "thingsmobile",
      "simStatus",
      true,
      Duration.ofSeconds(5),
      Format.XML,
      "/simStatus",
      "thingsmobile/4.5-sim-status-ok.xml") {
    @Override
    Object call(Endpoints e, ManualClock clock, Duration readTimeout) {
      try (ThingsMobileClient c =
          Clients.thingsMobile(e.api(), clock).readTimeout(readTimeout).build()) {
        return c.simStatus(SimRef.msisdn("447937557899"));
      }
    }
  },
  TM_SEND_SMS(
      "thingsmobile",
      "sendSms",
      false,
      Duration.ofSeconds(5),
      Format.XML,
      "/sendSms",
      "thingsmobile/4.16-send-sms-ok.xml") {
    @Override
    Object call(Endpoints e, ManualClock clock, Duration readTimeout) {
      try (ThingsMobileClient c =
          Clients.thingsMobile(e.api(), clock).readTimeout(readTimeout).build()) {
        c.sendSms(SimRef.msisdn("447937557899"), "hello");
        return "sent";
      }
    }
  },
  M2M_QUERY_STATUS(
      "m2miportal",
      "query_status",
      true,
      Duration.ZERO,
      Format.XML,
      "/",
      "m2miportal/more-operations--query_status-response-active.xml") {
    @Override
    Object call(Endpoints e, ManualClock clock, Duration readTimeout) {
      try (M2mIportalClient c = Clients.m2m(e.api(), clock).readTimeout(readTimeout).build()) {
        return c.queryStatus(ICCID);
      }
    }
  },
  M2M_SET_STATUS(
      "m2miportal",
      "set_status",
      false,
      Duration.ZERO,
      Format.XML,
      "/",
      "m2miportal/more-operations--set_status-response.xml") {
    @Override
    Object call(Endpoints e, ManualClock clock, Duration readTimeout) {
      try (M2mIportalClient c = Clients.m2m(e.api(), clock).readTimeout(readTimeout).build()) {
        c.setStatus(ICCID, SettableStatus.DE_ACTIVATED);
        return "set";
      }
    }
  },
  HORISEN_JSON_PAGE(
      "horisen",
      "customerTrafficReports",
      true,
      Duration.ZERO,
      Format.JSON,
      Clients.HORISEN_API + "/customer-traffic-reports",
      "horisen/3.1-customer-traffic-reports.json") {
    @Override
    Object call(Endpoints e, ManualClock clock, Duration readTimeout) {
      try (HorisenClient c =
          Clients.horisen(e.api(), e.healthy(), clock).readTimeout(readTimeout).build()) {
        return c.customerTrafficReportsPage(FROM, TO, Filter.none(), 1);
      }
    }
  },
  HORISEN_CSV_REPORT(
      "horisen",
      "customerTrafficReports",
      true,
      Duration.ZERO,
      Format.CSV,
      Clients.HORISEN_API + "/customer-traffic-reports",
      "horisen/3.1-customer-traffic-reports.csv") {
    @Override
    Object call(Endpoints e, ManualClock clock, Duration readTimeout) {
      try (HorisenClient c =
              Clients.horisen(e.api(), e.healthy(), clock).readTimeout(readTimeout).build();
          Stream<TrafficReportCsvRow> rows = c.customerTrafficReportsCsv(FROM, TO, Filter.none())) {
        return rows.toList();
      }
    }
  },
  FREEBIT_TRAFFIC_INFO(
      "freebit",
      "getTrafficInfo",
      true,
      Duration.ofSeconds(1),
      Format.JSON,
      "/emptool/api/mvno/getTrafficInfo/",
      "freebit/PA05-01-response-mvno-account.json") {
    @Override
    Object call(Endpoints e, ManualClock clock, Duration readTimeout) {
      try (FreebitClient c =
          Clients.freebitWithKey(e.api(), clock).readTimeout(readTimeout).build()) {
        return c.getTrafficInfo(ACCOUNT);
      }
    }
  },
  FREEBIT_AUTH_OEM(
      "freebit", "authOem", true, Duration.ZERO, Format.JSON, "/emptool/api/authOem/", null) {
    @Override
    Object call(Endpoints e, ManualClock clock, Duration readTimeout) {
      try (FreebitClient c =
          Clients.freebitWithOem(e.api(), clock).readTimeout(readTimeout).build()) {
        return c.getTrafficInfo(ACCOUNT);
      }
    }

    @Override
    String documentedBody() {
      return Clients.freebitAuthAnswer();
    }
  };

  static final Iccid ICCID = Iccid.of("8944501312167518236");
  static final FreebitAccount ACCOUNT = FreebitAccount.of("09012345678");
  static final LocalDate FROM = LocalDate.of(2024, 10, 1);
  static final LocalDate TO = LocalDate.of(2024, 10, 31);

  /** The body format of the operation's answers. */
  enum Format {
    XML("application/xml; charset=UTF-8"),
    JSON("application/json; charset=UTF-8"),
    CSV("text/csv; charset=UTF-8");

    final String contentType;

    Format(String contentType) {
      this.contentType = contentType;
    }
  }

  /**
   * Where the client sends its calls.
   *
   * @param api     the server of the operation under test (a dead port for connection refused)
   * @param healthy the WireMock server, for the token endpoint that stays healthy
   */
  record Endpoints(String api, String healthy) {}

  final String provider;
  final String operation;
  final boolean read;
  final Duration callInterval;
  final Format format;
  final String path;
  private final String fixture;

  Target(
      String provider,
      String operation,
      boolean read,
      Duration callInterval,
      Format format,
      String path,
      String fixture) {
    this.provider = provider;
    this.operation = operation;
    this.read = read;
    this.callInterval = callInterval;
    this.format = format;
    this.path = path;
    this.fixture = fixture;
  }

  /**
   * Makes the call, with a fresh client, and returns its value (a stream is read to its end).
   *
   * @param e           where to send it
   * @param clock       the client's clock and sleeper
   * @param readTimeout the client's read timeout
   * @return the value
   */
  abstract Object call(Endpoints e, ManualClock clock, Duration readTimeout);

  /** @return the documented successful answer of the operation */
  String documentedBody() {
    return Fixtures.text(fixture);
  }

  /** @return a stub of the operation's requests (method and path) */
  MappingBuilder stub() {
    return this == HORISEN_JSON_PAGE || this == HORISEN_CSV_REPORT
        ? get(urlPathEqualTo(path))
        : post(urlPathEqualTo(path));
  }

  /** @return a pattern matching the operation's requests */
  RequestPatternBuilder requests() {
    return this == HORISEN_JSON_PAGE || this == HORISEN_CSV_REPORT
        ? getRequestedFor(urlPathEqualTo(path))
        : postRequestedFor(urlPathEqualTo(path));
  }

  @Override
  public String toString() {
    return provider
        + " "
        + operation
        + (format == Format.CSV ? " (CSV)" : "")
        + (read ? " [read]" : " [write]");
  }
}
