package io.simbridge.reliability.fuzz;

import io.simbridge.core.PagedIterable;
import io.simbridge.core.config.ClientBuilder;
import io.simbridge.core.config.RetryPolicy;
import io.simbridge.core.model.DataLimit;
import io.simbridge.core.model.DataLimits;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.ReportDimension;
import io.simbridge.core.model.SimFilter;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.OverallTrafficRequest;
import io.simbridge.horisen.model.TrafficReportCsvRow;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.m2miportal.model.SendSmsRequest;
import io.simbridge.m2miportal.model.SettableStatus;
import io.simbridge.reliability.support.AnswerHook;
import io.simbridge.reliability.support.Clients;
import io.simbridge.reliability.support.Fixtures;
import io.simbridge.thingsmobile.ThingsMobileClient;
import io.simbridge.thingsmobile.model.CdrQuery;
import io.simbridge.thingsmobile.model.CustomPlanSettings;
import io.simbridge.thingsmobile.model.DateRange;
import io.simbridge.thingsmobile.model.SimListQuery;
import io.simbridge.thingsmobile.model.TrafficThreshold;
import io.simbridge.thingsmobile.model.TrafficThresholds;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;

/**
 * The parsers the fuzzing feeds, each with its seeds (the documented answers) and, for each
 * seed, every call that reads such an answer: the provider client's methods and the neutral
 * view's. A call runs against a fresh client whose HTTP client is the {@link AnswerHook}, so
 * that it reads whatever the hook serves on the parser's path while every other path (a token
 * endpoint, OEM authentication) answers as documented.
 */
public enum Parser {
  THINGS_MOBILE_XML(Mutator.Format.XML, "application/xml; charset=UTF-8") {
    @Override
    public List<Seed> seeds() {
      List<Seed> out = new ArrayList<>();
      for (String f : Fixtures.list("thingsmobile")) {
        out.add(new Seed("thingsmobile/" + f, "/" + tmOperation(f), tmCalls(f)));
      }
      return out;
    }
  },
  M2M_IPORTAL_XML(Mutator.Format.XML, "application/xml; charset=UTF-8") {
    @Override
    public List<Seed> seeds() {
      List<Seed> out = new ArrayList<>();
      for (String f : Fixtures.list("m2miportal")) {
        out.add(new Seed("m2miportal/" + f, "/", m2mCalls(f)));
      }
      return out;
    }
  },
  HORISEN_JSON(Mutator.Format.JSON, "application/json") {
    @Override
    public List<Seed> seeds() {
      return List.of(
          new Seed(
              "horisen/3.1-customer-invoice-traffic-reports.json",
              "/api/customer-invoices/7/traffic-reports",
              List.of(
                  call(
                      "customerInvoiceTrafficReportsPage",
                      c -> c.horisen().customerInvoiceTrafficReportsPage(7, Filter.none(), 1)),
                  call(
                      "customerInvoiceTrafficReports",
                      c -> drain(c.horisen().customerInvoiceTrafficReports(7, Filter.none()))))),
          new Seed(
              "horisen/3.1-customer-traffic-reports.json",
              "/api/customer-traffic-reports",
              List.of(
                  call(
                      "customerTrafficReportsPage",
                      c -> c.horisen().customerTrafficReportsPage(FROM, TO, Filter.none(), 1)),
                  call(
                      "view.customerTraffic",
                      c -> drain(c.horisen().asSimProvider().customerTraffic(FROM, TO))))),
          new Seed(
              "horisen/3.2-control-invoice-traffic-reports.json",
              "/api/control-invoices/7/traffic-reports",
              List.of(
                  call(
                      "controlInvoiceTrafficReportsPage",
                      c -> c.horisen().controlInvoiceTrafficReportsPage(7, Filter.none(), 1)))),
          new Seed(
              "horisen/3.2-control-traffic-reports.json",
              "/api/control-traffic-reports",
              List.of(
                  call(
                      "controlTrafficReportsPage",
                      c -> c.horisen().controlTrafficReportsPage(FROM, TO, Filter.none(), 1)),
                  call(
                      "view.supplierTraffic",
                      c -> drain(c.horisen().asSimProvider().supplierTraffic(FROM, TO))))),
          new Seed(
              "horisen/3.3-overall-traffic-reports.json",
              "/api/overall-traffic-reports",
              List.of(
                  call(
                      "overallTrafficReportsPage",
                      c ->
                          c.horisen()
                              .overallTrafficReportsPage(
                                  OverallTrafficRequest.builder(START, END).build(), 1)),
                  call(
                      "view.overallTraffic",
                      c ->
                          drain(
                              c.horisen()
                                  .asSimProvider()
                                  .overallTraffic(START, END, Set.of(ReportDimension.COUNTRY)))))));
    }
  },
  HORISEN_CSV(Mutator.Format.CSV, "text/csv; charset=UTF-8") {
    @Override
    public List<Seed> seeds() {
      return List.of(
          new Seed(
              "horisen/3.1-customer-traffic-reports.csv",
              "/api/customer-traffic-reports",
              List.of(
                  call(
                      "customerTrafficReportsCsv",
                      c -> {
                        try (Stream<TrafficReportCsvRow> rows =
                            c.horisen().customerTrafficReportsCsv(FROM, TO, Filter.none())) {
                          return rows.toList();
                        }
                      }))),
          new Seed(
              "horisen/3.2-control-traffic-reports.csv",
              "/api/control-traffic-reports",
              List.of(
                  call(
                      "controlTrafficReportsCsv",
                      c -> {
                        try (Stream<TrafficReportCsvRow> rows =
                            c.horisen().controlTrafficReportsCsv(FROM, TO, Filter.none())) {
                          return rows.toList();
                        }
                      }))));
    }
  },
  FREEBIT_JSON(Mutator.Format.JSON, "application/json; charset=utf-8") {
    @Override
    public List<Seed> seeds() {
      List<Seed> out = new ArrayList<>();
      for (String f : Fixtures.list("freebit")) {
        if (f.startsWith("PA05-01")) {
          String account = f.contains("share-group") ? "AAA0_00000000001" : "09012345678";
          out.add(
              new Seed(
                  "freebit/" + f,
                  TRAFFIC_PATH,
                  List.of(
                      call(
                          "getTrafficInfo",
                          c -> c.freebitWithKey().getTrafficInfo(FreebitAccount.of(account))),
                      call(
                          "view.dailyUsage",
                          c ->
                              c.freebitWithKey()
                                  .asSimProvider()
                                  .dailyUsage(SimRef.account(account))),
                      call(
                          "view.usageNow",
                          c ->
                              c.freebitWithKey()
                                  .asSimProvider()
                                  .usageNow(SimRef.account(account))))));
        }
      }
      return out;
    }
  },
  HORISEN_TOKEN_JSON(Mutator.Format.JSON, "application/json") {
    @Override
    public List<Seed> seeds() {
      return List.of(
          new Seed(
              "horisen/oauth2-access-token.json",
              Clients.HORISEN_TOKEN_PATH,
              List.of(
                  call(
                      "oauth2AccessToken then customerTrafficReportsPage",
                      c -> c.horisen().customerTrafficReportsPage(FROM, TO, Filter.none(), 1)))));
    }
  },
  FREEBIT_AUTH_OEM_JSON(Mutator.Format.JSON, "application/json; charset=utf-8") {
    @Override
    public List<Seed> seeds() {
      return List.of(
          new Seed(
              "freebit/authOem-ok.json",
              AUTH_PATH,
              List.of(
                  call(
                      "authOem then getTrafficInfo",
                      c -> c.freebitWithOem().getTrafficInfo(FreebitAccount.of("09012345678"))))));
    }
  };

  public static final String TRAFFIC_PATH = "/emptool/api/mvno/getTrafficInfo/";
  public static final String AUTH_PATH = "/emptool/api/authOem/";
  static final LocalDate FROM = LocalDate.of(2024, 10, 1);
  static final LocalDate TO = LocalDate.of(2024, 10, 31);
  static final OffsetDateTime START = OffsetDateTime.of(2024, 10, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  static final OffsetDateTime END = OffsetDateTime.of(2024, 10, 31, 23, 59, 59, 0, ZoneOffset.UTC);
  static final Msisdn MSISDN = Msisdn.of("447937557899");
  static final Iccid ICCID = Iccid.of("8944501312167518236");
  static final SimRef SIM = SimRef.of(ICCID, MSISDN);

  /** How many pages a lazy list is followed for: the hook answers every page alike. */
  static final int MAX_PAGES = 3;

  final Mutator.Format format;

  /** The content type the parser's answers carry. */
  public final String contentType;

  Parser(Mutator.Format format, String contentType) {
    this.format = format;
    this.contentType = contentType;
  }

  /** @return whether the parser reads XML */
  public boolean readsXml() {
    return format == Mutator.Format.XML;
  }

  /** @return whether the parser reads CSV (streamed) */
  public boolean readsCsv() {
    return format == Mutator.Format.CSV;
  }

  /** @return the documented answers, each with the calls that read it */
  public abstract List<Seed> seeds();

  /** @return the documented success answer that stands for the parser in the hostile-answer tests */
  public Seed representative() {
    String preferred =
        switch (this) {
          case THINGS_MOBILE_XML -> "thingsmobile/4.5-sim-status-ok.xml";
          case M2M_IPORTAL_XML -> "m2miportal/more-operations--query_status-response-active.xml";
          case HORISEN_JSON -> "horisen/3.1-customer-traffic-reports.json";
          case FREEBIT_JSON -> "freebit/PA05-01-response-mvno-account.json";
          default -> seeds().get(0).fixture();
        };
    return seeds().stream().filter(s -> s.fixture().equals(preferred)).findFirst().orElseThrow();
  }

  /**
   * A documented answer and the calls that read it.
   *
   * @param fixture the fixture
   * @param path    the request path it answers
   * @param calls   the calls
   */
  public record Seed(String fixture, String path, List<Call> calls) {}

  /** A call reading an answer. */
  public interface Invocation {
    /**
     * @param clients fresh clients
     * @return the call's value
     */
    Object invoke(Calls clients);
  }

  /**
   * @param name   what the call is
   * @param action the call
   */
  public record Call(String name, Invocation action) {}

  static Call call(String name, Invocation action) {
    return new Call(name, action);
  }

  /** Reads at most {@link #MAX_PAGES} pages of a lazy list. */
  static int drain(PagedIterable<?> items) {
    int n = 0;
    Iterator<? extends io.simbridge.core.Page<?>> pages = items.byPage().iterator();
    for (int p = 0; p < MAX_PAGES && pages.hasNext(); p++) {
      n += pages.next().items().size();
    }
    return n;
  }

  /**
   * Fresh clients without retries (one case, one answer), on the hook or on a server.
   */
  public static final class Calls implements AutoCloseable {
    private final String baseUrl;
    private final OkHttpClient http;
    private final ManualClock clock = Clients.clock();
    private final List<Runnable> open = new ArrayList<>();

    /** @param hook answers every request in process */
    public Calls(AnswerHook hook) {
      this(AnswerHook.BASE_URL, hook.httpClient());
    }

    /**
     * @param baseUrl the server (HORISEN's reports under {@code /api}, its token endpoint beside)
     * @param http    the HTTP client to share, {@code null} for simbridge's own
     */
    public Calls(String baseUrl, OkHttpClient http) {
      this.baseUrl = baseUrl;
      this.http = http;
    }

    private <T extends AutoCloseable> T track(T c, Runnable close) {
      open.add(close);
      return c;
    }

    private <B extends ClientBuilder<B>> B configure(B b) {
      if (http != null) {
        b.httpClient(http);
      }
      return b.retryPolicy(RetryPolicy.none());
    }

    /** @return a fresh client */
    public ThingsMobileClient tm() {
      var c = configure(Clients.thingsMobile(baseUrl, clock)).build();
      return track(c, c::close);
    }

    /** @return a fresh client */
    public M2mIportalClient m2m() {
      var c = configure(Clients.m2m(baseUrl, clock)).build();
      return track(c, c::close);
    }

    /** @return a fresh client */
    public HorisenClient horisen() {
      var c = configure(Clients.horisen(baseUrl, baseUrl, clock)).build();
      return track(c, c::close);
    }

    /** @return a fresh client */
    public FreebitClient freebitWithKey() {
      var c = configure(Clients.freebitWithKey(baseUrl, clock)).build();
      return track(c, c::close);
    }

    /** @return a fresh client */
    public FreebitClient freebitWithOem() {
      var c = configure(Clients.freebitWithOem(baseUrl, clock)).build();
      return track(c, c::close);
    }

    @Override
    public void close() {
      open.forEach(Runnable::run);
    }
  }

  // ---- Things Mobile: the operation each documented answer belongs to, and its calls ----

  static String tmOperation(String fixture) {
    String section = fixture.substring(0, fixture.indexOf('-'));
    if (fixture.startsWith("5-sandbox")) {
      return "blockSim";
    }
    return switch (section) {
      case "4.1", "5.1" -> "activateSim";
      case "4.2" -> "blockSim";
      case "4.3" -> "disconnectSim";
      case "4.4" -> "unblockSim";
      case "4.5", "6.2" -> "simStatus";
      case "4.6" -> "simListLite";
      case "4.7" -> "credit";
      case "4.8" -> "updateSimName";
      case "4.9" -> "updateSimTag";
      case "4.10" -> "setupSimExpirationDate";
      case "4.11" -> "setupSimTrafficThreeshold";
      case "4.12" -> "customPlanList";
      case "4.13" -> "createCustomPlan";
      case "4.14" -> "modifyCustomPlan";
      case "4.15" -> "changeSimPlan";
      case "4.16" -> "sendSms";
      case "4.17", "6.14" -> "downloadCdr";
      case "4.18" -> "rechargeSim";
      case "4.19", "6.16" -> "getCdrPaginated";
      default -> throw new IllegalArgumentException("no operation for fixture " + fixture);
    };
  }

  private static final Instant FROM_INSTANT = Instant.parse("2024-10-01T00:00:00Z");
  private static final Instant TO_INSTANT = Instant.parse("2024-10-31T00:00:00Z");
  private static final CustomPlanSettings PLAN =
      CustomPlanSettings.ofMegabytes("plan", true, BigDecimal.TEN, BigDecimal.ONE);
  private static final CdrQuery CDRS =
      CdrQuery.of(
          DateRange.between(
              LocalDateTime.of(2024, 10, 1, 0, 0), LocalDateTime.of(2024, 10, 31, 0, 0)),
          MSISDN);

  static List<Call> tmCalls(String fixture) {
    return switch (tmOperation(fixture)) {
      case "activateSim" ->
          List.of(
              call(
                  "activateSim",
                  c -> {
                    c.tm().activateSim(MSISDN, ICCID);
                    return "ok";
                  }),
              call(
                  "view.activate",
                  c -> {
                    c.tm().asSimProvider().activate(SIM);
                    return "ok";
                  }));
      case "blockSim" ->
          List.of(
              call(
                  "blockSim",
                  c -> {
                    c.tm().blockSim(SIM);
                    return "ok";
                  }),
              call(
                  "view.suspend",
                  c -> {
                    c.tm().asSimProvider().suspend(SIM);
                    return "ok";
                  }));
      case "disconnectSim" ->
          List.of(
              call(
                  "disconnectSim",
                  c -> {
                    c.tm().disconnectSim(SIM);
                    return "ok";
                  }),
              call(
                  "view.disconnect",
                  c -> {
                    c.tm().asSimProvider().disconnect(SIM);
                    return "ok";
                  }));
      case "unblockSim" ->
          List.of(
              call(
                  "unblockSim",
                  c -> {
                    c.tm().unblockSim(SIM);
                    return "ok";
                  }),
              call(
                  "view.resume",
                  c -> {
                    c.tm().asSimProvider().resume(SIM);
                    return "ok";
                  }));
      case "simStatus" ->
          List.of(
              call("simStatus", c -> c.tm().simStatus(SIM)),
              call("simStatus(page)", c -> c.tm().simStatus(SimRef.of(MSISDN), 1, 100)),
              call("view.state", c -> c.tm().asSimProvider().state(SIM)),
              call("view.usageNow", c -> c.tm().asSimProvider().usageNow(SIM)));
      case "simListLite" ->
          List.of(
              call("simListLite", c -> c.tm().simListLite(SimListQuery.ALL, 1, 500)),
              call("allSims", c -> drain(c.tm().allSims(SimListQuery.ALL))),
              call("view.listSims", c -> drain(c.tm().asSimProvider().listSims(SimFilter.ALL))));
      case "credit" ->
          List.of(
              call("credit", c -> c.tm().credit()),
              call("creditHistory", c -> drain(c.tm().creditHistory(DateRange.UNBOUNDED))),
              call("view.creditBalance", c -> c.tm().asSimProvider().creditBalance()),
              call(
                  "view.creditHistory",
                  c -> drain(c.tm().asSimProvider().creditHistory(FROM_INSTANT, TO_INSTANT))));
      case "updateSimName" ->
          List.of(
              call(
                  "updateSimName",
                  c -> {
                    c.tm().updateSimName(SIM, "n");
                    return "ok";
                  }),
              call(
                  "view.rename",
                  c -> {
                    c.tm().asSimProvider().rename(SIM, "n");
                    return "ok";
                  }));
      case "updateSimTag" ->
          List.of(
              call(
                  "updateSimTag",
                  c -> {
                    c.tm().updateSimTag(SIM, "t");
                    return "ok";
                  }),
              call(
                  "view.tag",
                  c -> {
                    c.tm().asSimProvider().tag(SIM, "t");
                    return "ok";
                  }));
      case "setupSimExpirationDate" ->
          List.of(
              call(
                  "setupSimExpirationDate",
                  c -> {
                    c.tm().setupSimExpirationDate(SIM, LocalDate.of(2027, 1, 1), true);
                    return "ok";
                  }),
              call(
                  "view.setExpiry",
                  c -> {
                    c.tm().asSimProvider().setExpiry(SIM, LocalDate.of(2027, 1, 1), false);
                    return "ok";
                  }));
      case "setupSimTrafficThreeshold" ->
          List.of(
              call(
                  "setupSimTrafficThreshold",
                  c -> {
                    TrafficThreshold t = TrafficThreshold.ofMegabytes(10, true);
                    c.tm().setupSimTrafficThreshold(SIM, new TrafficThresholds(t, t, t));
                    return "ok";
                  }),
              call(
                  "view.setDataLimits",
                  c -> {
                    DataLimit l = new DataLimit(DataVolume.of(10, DataUnit.MEBIBYTE), false);
                    c.tm().asSimProvider().setDataLimits(SIM, new DataLimits(l, l, l));
                    return "ok";
                  }));
      case "customPlanList" -> List.of(call("customPlanList", c -> c.tm().customPlanList()));
      case "createCustomPlan" ->
          List.of(
              call(
                  "createCustomPlan",
                  c -> {
                    c.tm().createCustomPlan(PLAN);
                    return "ok";
                  }));
      case "modifyCustomPlan" ->
          List.of(
              call(
                  "modifyCustomPlan",
                  c -> {
                    c.tm().modifyCustomPlan("1", PLAN);
                    return "ok";
                  }));
      case "changeSimPlan" ->
          List.of(
              call(
                  "changeSimPlan",
                  c -> {
                    c.tm().changeSimPlan(SIM, "1");
                    return "ok";
                  }),
              call(
                  "view.changePlan",
                  c -> {
                    c.tm().asSimProvider().changePlan(SIM, "1");
                    return "ok";
                  }));
      case "sendSms" ->
          List.of(
              call(
                  "sendSms",
                  c -> {
                    c.tm().sendSms(SIM, "hi");
                    return "ok";
                  }),
              call(
                  "view.sendSms",
                  c -> {
                    c.tm().asSimProvider().sendSms(SIM, "hi");
                    return "ok";
                  }));
      case "downloadCdr" -> List.of(call("downloadCdr", c -> c.tm().downloadCdr(CDRS)));
      case "rechargeSim" ->
          List.of(
              call(
                  "rechargeSim",
                  c -> {
                    c.tm().rechargeSim(SIM, DataVolume.of(1, DataUnit.MEBIBYTE));
                    return "ok";
                  }),
              call(
                  "view.topUp",
                  c -> {
                    c.tm().asSimProvider().topUp(SIM, DataVolume.of(1, DataUnit.MEBIBYTE));
                    return "ok";
                  }));
      case "getCdrPaginated" ->
          List.of(
              call("getCdrPaginated", c -> c.tm().getCdrPaginated(CDRS, 1, 500)),
              call("allCdrs", c -> drain(c.tm().allCdrs(CDRS))),
              call(
                  "view.usageRecords",
                  c -> drain(c.tm().asSimProvider().usageRecords(SIM, FROM_INSTANT, TO_INSTANT))));
      default -> throw new IllegalArgumentException(fixture);
    };
  }

  // ---- M2M iPortal ----

  static List<Call> m2mCalls(String fixture) {
    SimRef sim = SimRef.of(ICCID);
    if (fixture.contains("query-last-mo-traffic")) {
      return List.of(
          call("queryLastMoTraffic", c -> c.m2m().queryLastMoTraffic(ICCID)),
          call("view.lastActivity", c -> c.m2m().asSimProvider().lastActivity(sim)));
    } else if (fixture.contains("query-contract")) {
      return List.of(
          call("queryContract", c -> c.m2m().queryContract(ICCID)),
          call("view.contractTerm", c -> c.m2m().asSimProvider().contractTerm(sim)));
    } else if (fixture.contains("query_status")) {
      return List.of(
          call("queryStatus", c -> c.m2m().queryStatus(ICCID)),
          call("view.state", c -> c.m2m().asSimProvider().state(sim)));
    } else if (fixture.contains("query_usage_levels")) {
      return List.of(call("queryUsageLevels", c -> c.m2m().queryUsageLevels(ICCID)));
    } else if (fixture.contains("query_usage")) {
      return List.of(
          call("queryUsage", c -> c.m2m().queryUsage(ICCID)),
          call("view.usageNow", c -> c.m2m().asSimProvider().usageNow(sim)));
    } else if (fixture.contains("query_sms_mt_details")) {
      return List.of(
          call("querySmsMtDetails", c -> c.m2m().querySmsMtDetails(ICCID)),
          call("querySmsMtDetails(lastx)", c -> c.m2m().querySmsMtDetails(ICCID, 5)));
    } else if (fixture.contains("set_status")) {
      return List.of(
          call(
              "setStatus",
              c -> {
                c.m2m().setStatus(ICCID, SettableStatus.ACTIVE);
                return "ok";
              }),
          call(
              "view.suspend",
              c -> {
                c.m2m().asSimProvider().suspend(sim);
                return "ok";
              }));
    } else if (fixture.contains("set_group")) {
      return List.of(
          call(
              "setGroup",
              c -> {
                c.m2m().setGroup(ICCID, "GRP1");
                return "ok";
              }));
    } else if (fixture.contains("send_sms")) {
      return List.of(
          call(
              "sendSms",
              c -> {
                c.m2m().sendSms(ICCID, SendSmsRequest.of("hi"));
                return "ok";
              }),
          call(
              "view.sendSms",
              c -> {
                c.m2m().asSimProvider().sendSms(sim, "hi");
                return "ok";
              }));
    }
    throw new IllegalArgumentException("no operation for fixture " + fixture);
  }
}
