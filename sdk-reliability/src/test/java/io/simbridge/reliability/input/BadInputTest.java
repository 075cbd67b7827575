package io.simbridge.reliability.input;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.SimProviders;
import io.simbridge.core.config.RetryPolicy;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.http.TransportOptions;
import io.simbridge.core.model.DataLimit;
import io.simbridge.core.model.DataLimits;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Money;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimFilter;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.freebit.model.FreebitOperation;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.horisen.model.CustomerReportFilterField;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.OverallField;
import io.simbridge.horisen.model.OverallTrafficRequest;
import io.simbridge.horisen.model.Sort;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.m2miportal.model.SendSmsRequest;
import io.simbridge.reliability.support.Clients;
import io.simbridge.thingsmobile.ThingsMobileClient;
import io.simbridge.thingsmobile.model.CdrQuery;
import io.simbridge.thingsmobile.model.CustomPlanSettings;
import io.simbridge.thingsmobile.model.DateRange;
import io.simbridge.thingsmobile.model.SimListQuery;
import io.simbridge.thingsmobile.model.TrafficThreshold;
import io.simbridge.thingsmobile.model.TrafficThresholds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid input across the providers' request builders, client builders, methods and neutral
 * views, and core's value types and settings: each refused before any request reaches the server
 * (WireMock received nothing, token endpoints included) with an {@link InvalidInputException}
 * whose message reads {@code Invalid <field>: <problem>; allowed: <what is allowed>}, naming the
 * field expected here. The neutral views' lazy lists ({@code usageRecords}, {@code creditHistory},
 * {@code listSims}...) refuse their input when called, before the first page is asked for.
 */
class BadInputTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ManualClock CLOCK = Clients.clock();
  private static ThingsMobileClient tm;
  private static M2mIportalClient m2m;
  private static HorisenClient horisen;
  private static FreebitClient freebit;

  static final Msisdn MSISDN = Msisdn.of("447937557899");
  static final Iccid ICCID = Iccid.of("8944501312167518236");
  static final SimRef SIM = SimRef.of(ICCID, MSISDN);
  static final LocalDate D1 = LocalDate.of(2024, 10, 1);
  static final LocalDate D2 = LocalDate.of(2024, 10, 31);
  static final OffsetDateTime T1 = OffsetDateTime.of(2024, 10, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  static final OffsetDateTime T2 = OffsetDateTime.of(2024, 10, 31, 0, 0, 0, 0, ZoneOffset.UTC);
  static final Instant I1 = T1.toInstant();
  static final Instant I2 = T2.toInstant();
  static final DateRange RANGE =
      DateRange.between(LocalDateTime.of(2024, 10, 1, 0, 0), LocalDateTime.of(2024, 10, 31, 0, 0));
  static final CdrQuery CDRS = CdrQuery.of(RANGE, MSISDN);
  static final CustomPlanSettings PLAN =
      CustomPlanSettings.ofMegabytes("p", true, BigDecimal.ONE, BigDecimal.ONE);

  @BeforeAll
  static void clients() {
    String url = server.baseUrl();
    tm = Clients.thingsMobile(url, CLOCK).build();
    m2m = Clients.m2m(url, CLOCK).build();
    horisen = Clients.horisen(url, url, CLOCK).build();
    freebit = Clients.freebitWithKey(url, CLOCK).build();
  }

  @AfterAll
  static void close() {
    tm.close();
    m2m.close();
    horisen.close();
    freebit.close();
  }

  @BeforeEach
  void answerAnything() {
    server.resetAll();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
  }

  static Stream<Arguments> inputs() {
    List<Arguments> rows = new ArrayList<>();
    // ---- core value types, options and settings ----
    add(rows, "core", "empty ICCID", "iccid", () -> Iccid.of(""));
    add(rows, "core", "ICCID of 17 digits", "iccid", () -> Iccid.of("12345678901234567"));
    add(rows, "core", "ICCID of 23 digits", "iccid", () -> Iccid.of("12345678901234567890123"));
    add(rows, "core", "ICCID with a letter", "iccid", () -> Iccid.of("8944501312167518A36"));
    add(rows, "core", "ICCID with a space", "iccid", () -> Iccid.of(" 8944501312167518236"));
    add(rows, "core", "empty MSISDN", "msisdn", () -> Msisdn.of(""));
    add(rows, "core", "MSISDN of 5 digits", "msisdn", () -> Msisdn.of("12345"));
    add(rows, "core", "MSISDN of 16 digits", "msisdn", () -> Msisdn.of("1234567890123456"));
    add(rows, "core", "MSISDN in national form", "msisdn", () -> Msisdn.of("0447937557899"));
    add(rows, "core", "MSISDN with spaces", "msisdn", () -> Msisdn.of("+44 7937 557899"));
    add(rows, "core", "MSISDN with a dash", "msisdn", () -> Msisdn.of("44-7937557899"));
    add(rows, "core", "blank account", "account", () -> SimRef.account(" "));
    add(
        rows,
        "core",
        "SIM with no identifier",
        "sim",
        () -> new SimRef(Optional.empty(), Optional.empty(), Optional.empty()));
    add(rows, "core", "negative bytes", "data volume", () -> DataVolume.ofBytes(-1));
    add(
        rows,
        "core",
        "volume overflowing a long",
        "data volume",
        () -> DataVolume.of(Long.MAX_VALUE, DataUnit.GIGABYTE));
    add(
        rows,
        "core",
        "negative decimal volume",
        "data volume",
        () -> DataVolume.of(new BigDecimal("-0.5"), DataUnit.MEBIBYTE));
    add(rows, "core", "blank currency", "currency", () -> Money.of("10", " "));
    add(rows, "core", "0 attempts", "maxAttempts", () -> RetryPolicy.defaults().withMaxAttempts(0));
    add(
        rows,
        "core",
        "21 attempts",
        "maxAttempts",
        () -> RetryPolicy.defaults().withMaxAttempts(21));
    add(
        rows,
        "core",
        "zero backoff",
        "initialBackoff",
        () -> RetryPolicy.defaults().withBackoff(Duration.ZERO, Duration.ofSeconds(1)));
    add(
        rows,
        "core",
        "negative retry budget",
        "maxElapsed",
        () -> RetryPolicy.defaults().withMaxElapsed(Duration.ofSeconds(-1)));
    add(
        rows,
        "core",
        "zero connect timeout",
        "connectTimeout",
        () -> TransportOptions.builder().connectTimeout(Duration.ZERO));
    add(
        rows,
        "core",
        "negative read timeout",
        "readTimeout",
        () -> TransportOptions.builder().readTimeout(Duration.ofMillis(-1)));
    add(
        rows,
        "core",
        "zero call timeout",
        "callTimeout",
        () -> TransportOptions.builder().callTimeout(Duration.ZERO));
    add(
        rows,
        "core",
        "answer limit under 1 KiB",
        "maxResponseBytes",
        () -> TransportOptions.builder().maxResponseBytes(1000));
    add(
        rows,
        "core",
        "negative call interval",
        "callInterval",
        () -> TransportOptions.builder().callInterval("simStatus", Duration.ofSeconds(-1)));
    add(rows, "core", "unknown provider", "provider", () -> SimProviders.factory("nosuch"));
    add(
        rows,
        "core",
        "unknown setting",
        "simbridge.thingsmobile.usrname",
        () -> SimProviders.create("thingsmobile", Map.of("usrname", "x", "token", "t")));
    add(
        rows,
        "core",
        "missing required setting",
        "simbridge.thingsmobile.username",
        () -> SimProviders.create("thingsmobile", Map.of("token", "t")));
    add(
        rows,
        "core",
        "setting that is not a duration",
        "simbridge.freebit.read-timeout",
        () -> SimProviders.create("freebit", Map.of("read-timeout", "soon", "auth-key", "k1234")));
    add(
        rows,
        "core",
        "unknown call-limit mode",
        "simbridge.m2miportal.call-limit-mode",
        () ->
            SimProviders.create(
                "m2miportal",
                Map.of(
                    "call-limit-mode",
                    "sometimes",
                    "username",
                    "u",
                    "password",
                    "p",
                    "api-id",
                    "1")));
    add(
        rows,
        "core",
        "setting that is not a whole number",
        "simbridge.horisen.max-attempts",
        () ->
            SimProviders.create(
                "horisen",
                Map.of(
                    "max-attempts",
                    "three",
                    "access-token",
                    "t1234",
                    "platform-domain",
                    "example.com")));

    // ---- Things Mobile: builder, methods, request records, neutral view ----
    add(
        rows,
        "thingsmobile",
        "barcode of 18 digits",
        "simBarcode",
        () -> tm.activateSim(MSISDN, Iccid.of("894450131216751823")));
    add(
        rows,
        "thingsmobile",
        "barcode of 21 digits",
        "simBarcode",
        () -> tm.activateSim(MSISDN, Iccid.of("894450131216751823612")));
    add(
        rows,
        "thingsmobile",
        "SIM by provider account",
        "sim",
        () -> tm.blockSim(SimRef.account("ACC-1")));
    add(
        rows,
        "thingsmobile",
        "ICCID of 18 digits",
        "iccid",
        () -> tm.unblockSim(SimRef.iccid("894450131216751823")));
    add(
        rows,
        "thingsmobile",
        "ICCID of 22 digits",
        "iccid",
        () -> tm.disconnectSim(SimRef.iccid("8944501312167518236123")));
    add(rows, "thingsmobile", "page 0", "page", () -> tm.simStatus(SIM, 0, 10));
    add(rows, "thingsmobile", "CDR page size 0", "pageSize", () -> tm.simStatus(SIM, 1, 0));
    add(rows, "thingsmobile", "CDR page size 2001", "pageSize", () -> tm.simStatus(SIM, 1, 2001));
    add(
        rows,
        "thingsmobile",
        "SIM page size 501",
        "pageSize",
        () -> tm.simListLite(SimListQuery.ALL, 1, 501));
    add(
        rows,
        "thingsmobile",
        "negative page",
        "page",
        () -> tm.simListLite(SimListQuery.ALL, -1, 10));
    add(rows, "thingsmobile", "blank name filter", "name", () -> SimListQuery.ALL.withName(" "));
    add(rows, "thingsmobile", "empty tag filter", "tag", () -> SimListQuery.ALL.withTag(""));
    add(rows, "thingsmobile", "credit page size 5001", "pageSize", () -> tm.credit(RANGE, 1, 5001));
    add(
        rows,
        "thingsmobile",
        "range ending before it starts",
        "endDateRange",
        () ->
            DateRange.between(
                LocalDateTime.of(2024, 10, 2, 0, 0), LocalDateTime.of(2024, 10, 1, 0, 0)));
    add(rows, "thingsmobile", "blank SIM name", "name", () -> tm.updateSimName(SIM, " "));
    add(rows, "thingsmobile", "empty SIM tag", "tag", () -> tm.updateSimTag(SIM, ""));
    add(
        rows,
        "thingsmobile",
        "threshold of 1.5 MB",
        "dailyLimit",
        () ->
            tm.setupSimTrafficThreshold(
                SIM,
                new TrafficThresholds(
                    new TrafficThreshold(DataVolume.ofBytes(1_572_864), true),
                    TrafficThreshold.ofMegabytes(1, true),
                    TrafficThreshold.ofMegabytes(1, true))));
    add(
        rows,
        "thingsmobile",
        "total threshold of 1 byte",
        "totalLimit",
        () ->
            tm.setupSimTrafficThreshold(
                SIM,
                new TrafficThresholds(
                    TrafficThreshold.ofMegabytes(1, true),
                    TrafficThreshold.ofMegabytes(1, true),
                    new TrafficThreshold(DataVolume.ofBytes(1), true))));
    add(
        rows,
        "thingsmobile",
        "negative threshold",
        "limit",
        () -> TrafficThreshold.ofMegabytes(-1, true));
    add(
        rows,
        "thingsmobile",
        "blank plan name",
        "name",
        () -> CustomPlanSettings.ofMegabytes(" ", true, BigDecimal.ONE, BigDecimal.ONE));
    add(
        rows,
        "thingsmobile",
        "negative auto-recharge threshold",
        "simAutorechargeCreditThreshold",
        () -> CustomPlanSettings.ofMegabytes("p", true, new BigDecimal("-1"), BigDecimal.ONE));
    add(
        rows,
        "thingsmobile",
        "negative auto-recharge amount",
        "simAutorechargeAmount",
        () -> CustomPlanSettings.ofMegabytes("p", true, BigDecimal.ONE, new BigDecimal("-0.1")));
    add(rows, "thingsmobile", "blank plan id", "id", () -> tm.modifyCustomPlan(" ", PLAN));
    add(
        rows,
        "thingsmobile",
        "empty custom plan id",
        "customPlanId",
        () -> tm.changeSimPlan(SIM, ""));
    add(rows, "thingsmobile", "empty SMS", "message", () -> tm.sendSms(SIM, ""));
    add(rows, "thingsmobile", "blank SMS", "message", () -> tm.sendSms(SIM, "   "));
    add(
        rows,
        "thingsmobile",
        "SMS of 161 characters",
        "message",
        () -> tm.sendSms(SIM, "x".repeat(161)));
    add(
        rows,
        "thingsmobile",
        "recharge of 1000 bytes",
        "amount",
        () -> tm.rechargeSim(SIM, DataVolume.ofBytes(1000)));
    add(
        rows,
        "thingsmobile",
        "recharge of 0 MB",
        "amount",
        () -> tm.rechargeSim(SIM, DataVolume.ZERO));
    add(
        rows,
        "thingsmobile",
        "recharge of 1025 MB",
        "amount",
        () -> tm.rechargeSim(SIM, DataVolume.of(1025, DataUnit.MEBIBYTE)));
    add(
        rows,
        "thingsmobile",
        "CDR page size 501",
        "pageSize",
        () -> tm.getCdrPaginated(CDRS, 1, 501));
    add(rows, "thingsmobile", "CDR page 0", "page", () -> tm.getCdrPaginated(CDRS, 0, 10));
    add(
        rows,
        "thingsmobile",
        "CDR query without SIMs",
        "msisdnList",
        () -> new CdrQuery(List.of(), RANGE));
    add(
        rows,
        "thingsmobile",
        "builder without username",
        "username",
        () -> ThingsMobileClient.builder().token("t1234").baseUrl(server.baseUrl()).build());
    add(
        rows,
        "thingsmobile",
        "builder without token",
        "token",
        () -> ThingsMobileClient.builder().username("u1").baseUrl(server.baseUrl()).build());
    add(
        rows,
        "thingsmobile",
        "blank token",
        "token",
        () -> ThingsMobileClient.builder().token(" "));
    add(
        rows,
        "thingsmobile",
        "empty username",
        "username",
        () -> ThingsMobileClient.builder().username(""));
    add(
        rows,
        "thingsmobile",
        "plain HTTP to a public host",
        "baseUrl",
        () ->
            ThingsMobileClient.builder()
                .username("u1")
                .token("t1234")
                .baseUrl("http://api.example.com")
                .build());
    add(
        rows,
        "thingsmobile",
        "base URL that is not HTTP",
        "baseUrl",
        () ->
            ThingsMobileClient.builder()
                .username("u1")
                .token("t1234")
                .baseUrl("ftp://api.example.com")
                .build());
    add(
        rows,
        "thingsmobile",
        "basic-auth user with a colon",
        "testBasicAuthUser",
        () -> ThingsMobileClient.builder().testBasicAuth("a:b", "pw"));
    add(
        rows,
        "thingsmobile",
        "view: activation without ICCID",
        "sim",
        () -> tm.asSimProvider().activate(SimRef.of(MSISDN)));
    add(
        rows,
        "thingsmobile",
        "view: records period reversed",
        "to",
        () -> tm.asSimProvider().usageRecords(SIM, I2, I1));
    add(
        rows,
        "thingsmobile",
        "view: limit of half a MB",
        "dailyLimit",
        () ->
            tm.asSimProvider()
                .setDataLimits(
                    SIM,
                    new DataLimits(
                        new DataLimit(DataVolume.ofBytes(524_288), false),
                        new DataLimit(DataVolume.of(1, DataUnit.MEBIBYTE), false),
                        new DataLimit(DataVolume.of(1, DataUnit.MEBIBYTE), false))));
    add(
        rows,
        "thingsmobile",
        "view: top-up of 2000 MB",
        "amount",
        () -> tm.asSimProvider().topUp(SIM, DataVolume.of(2000, DataUnit.MEBIBYTE)));
    add(
        rows,
        "thingsmobile",
        "view: SMS of 200 characters",
        "message",
        () -> tm.asSimProvider().sendSms(SIM, "y".repeat(200)));
    add(
        rows,
        "thingsmobile",
        "view: credit history reversed",
        "to",
        () -> tm.asSimProvider().creditHistory(I2, I1));
    add(
        rows,
        "thingsmobile",
        "view: SIM by account",
        "sim",
        () -> tm.asSimProvider().state(SimRef.account("A-1")));
    // Issue 14 section 6: text the provider echoes in XML, and dates it cannot mean.
    add(
        rows,
        "thingsmobile",
        "SIM name with NUL",
        "name",
        () -> tm.updateSimName(SIM, "pump\u0000"));
    add(
        rows,
        "thingsmobile",
        "SIM name with BEL",
        "name",
        () -> tm.updateSimName(SIM, "pump\u0007 3"));
    add(
        rows,
        "thingsmobile",
        "SIM name with a lone surrogate",
        "name",
        () -> tm.updateSimName(SIM, "pump \uD800"));
    add(
        rows,
        "thingsmobile",
        "SIM tag with a line feed",
        "tag",
        () -> tm.updateSimTag(SIM, "a\nb"));
    add(
        rows,
        "thingsmobile",
        "SIM tag with U+FFFF",
        "tag",
        () -> tm.updateSimTag(SIM, "tag\uFFFF"));
    add(
        rows,
        "thingsmobile",
        "view: name with a lone low surrogate",
        "name",
        () -> tm.asSimProvider().rename(SIM, "\uDC00pump"));
    add(
        rows,
        "thingsmobile",
        "view: tag with DEL",
        "tag",
        () -> tm.asSimProvider().tag(SIM, "t\u007F"));
    add(
        rows,
        "thingsmobile",
        "expiration LocalDate.MIN",
        "expirationDate",
        () -> tm.setupSimExpirationDate(SIM, LocalDate.MIN, true));
    add(
        rows,
        "thingsmobile",
        "expiration LocalDate.MAX",
        "expirationDate",
        () -> tm.setupSimExpirationDate(SIM, LocalDate.MAX, false));
    add(
        rows,
        "thingsmobile",
        "expiration in year 10000",
        "expirationDate",
        () -> tm.setupSimExpirationDate(SIM, LocalDate.of(10_000, 1, 1), false));
    add(
        rows,
        "thingsmobile",
        "expiration before 1970",
        "expirationDate",
        () -> tm.setupSimExpirationDate(SIM, LocalDate.of(1969, 12, 31), false));
    add(
        rows,
        "thingsmobile",
        "credit range to LocalDateTime.MAX",
        "endDateRange",
        () ->
            tm.credit(
                DateRange.between(LocalDateTime.of(2024, 1, 1, 0, 0), LocalDateTime.MAX), 1, 1));
    add(
        rows,
        "thingsmobile",
        "CDRs from LocalDateTime.MIN",
        "startDateRange",
        () ->
            tm.getCdrPaginated(
                CdrQuery.of(
                    DateRange.between(LocalDateTime.MIN, LocalDateTime.of(2024, 1, 1, 0, 0)),
                    MSISDN),
                1,
                10));
    add(
        rows,
        "thingsmobile",
        "view: expiry LocalDate.MAX",
        "expirationDate",
        () -> tm.asSimProvider().setExpiry(SIM, LocalDate.MAX, true));
    add(
        rows,
        "thingsmobile",
        "view: records until Instant.MAX",
        "to",
        () -> tm.asSimProvider().usageRecords(SIM, I1, Instant.MAX));
    add(
        rows,
        "thingsmobile",
        "view: credit history from Instant.MIN",
        "from",
        () -> tm.asSimProvider().creditHistory(Instant.MIN, I2));
    add(
        rows,
        "thingsmobile",
        "view: blank name filter",
        "name",
        () -> tm.asSimProvider().listSims(SimFilter.ALL.withName(" ")));

    // ---- M2M iPortal ----
    add(rows, "m2miportal", "lastx 0", "lastx", () -> m2m.querySmsMtDetails(ICCID, 0));
    add(rows, "m2miportal", "lastx 21", "lastx", () -> m2m.querySmsMtDetails(ICCID, 21));
    add(rows, "m2miportal", "blank group code", "groupCode", () -> m2m.setGroup(ICCID, " "));
    add(
        rows,
        "m2miportal",
        "group code with a control character",
        "groupCode",
        () -> m2m.setGroup(ICCID, "GRP\u0001"));
    add(rows, "m2miportal", "empty SMS", "messageText", () -> SendSmsRequest.of(""));
    add(
        rows,
        "m2miportal",
        "SMS outside GSM 7-bit",
        "messageText",
        () -> SendSmsRequest.of("emoji \uD83D\uDE00"));
    add(
        rows,
        "m2miportal",
        "SMS of 161 characters",
        "messageText",
        () -> SendSmsRequest.of("x".repeat(161)));
    add(
        rows,
        "m2miportal",
        "SMS of 81 extension characters",
        "messageText",
        () -> SendSmsRequest.of("{".repeat(81)));
    add(
        rows,
        "m2miportal",
        "sms_uid of 13 characters",
        "smsUid",
        () -> SendSmsRequest.builder("hi").smsUid("abcdefghijklm").build());
    add(
        rows,
        "m2miportal",
        "sms_uid with a space",
        "smsUid",
        () -> SendSmsRequest.builder("hi").smsUid("a b").build());
    add(
        rows,
        "m2miportal",
        "blank origin",
        "origin",
        () -> SendSmsRequest.builder("hi").origin(" ").build());
    add(
        rows,
        "m2miportal",
        "blank password",
        "password",
        () -> M2mIportalClient.builder().password(" "));
    add(
        rows,
        "m2miportal",
        "username with NUL",
        "username",
        () -> M2mIportalClient.builder().username("user\u0000"));
    add(
        rows,
        "m2miportal",
        "builder without api id",
        "apiId",
        () ->
            M2mIportalClient.builder()
                .username("u")
                .password("p")
                .baseUrl(server.baseUrl())
                .build());
    add(
        rows,
        "m2miportal",
        "plain HTTP to a private address",
        "baseUrl",
        () ->
            M2mIportalClient.builder()
                .username("u")
                .password("p")
                .apiId("1")
                .baseUrl("http://10.0.0.1")
                .build());
    add(
        rows,
        "m2miportal",
        "view: SIM without ICCID",
        "sim",
        () -> m2m.asSimProvider().state(SimRef.of(MSISDN)));
    add(
        rows,
        "m2miportal",
        "view: SMS outside GSM 7-bit",
        "messageText",
        () -> m2m.asSimProvider().sendSms(SimRef.of(ICCID), "\u20AC\u0416"));
    add(
        rows,
        "m2miportal",
        "view: suspend by account",
        "sim",
        () -> m2m.asSimProvider().suspend(SimRef.account("ACC-1")));

    // ---- HORISEN ----
    add(
        rows,
        "horisen",
        "invoice id 0",
        "invoiceId",
        () -> horisen.customerInvoiceTrafficReportsPage(0, Filter.none(), 1));
    add(
        rows,
        "horisen",
        "negative invoice id",
        "invoiceId",
        () -> horisen.controlInvoiceTrafficReports(-5, Filter.none()));
    add(
        rows,
        "horisen",
        "period reversed",
        "startDate",
        () -> horisen.customerTrafficReportsPage(D2, D1, Filter.none(), 1));
    add(
        rows,
        "horisen",
        "page 0",
        "pageNumber",
        () -> horisen.controlTrafficReportsPage(D1, D2, Filter.none(), 0));
    add(
        rows,
        "horisen",
        "CSV period reversed",
        "startDate",
        () -> horisen.customerTrafficReportsCsv(D2, D1, Filter.none()));
    add(
        rows,
        "horisen",
        "in without values",
        "filter in(countryId)",
        () -> Filter.on(CustomerReportFilterField.class).in(CustomerReportFilterField.COUNTRY_ID));
    add(
        rows,
        "horisen",
        "in with a comma in a value",
        "filter in(countryId)",
        () ->
            Filter.on(CustomerReportFilterField.class)
                .in(CustomerReportFilterField.COUNTRY_ID, "1,2"));
    add(
        rows,
        "horisen",
        "between with an empty end",
        "filter between(countryId)",
        () ->
            Filter.on(CustomerReportFilterField.class)
                .between(CustomerReportFilterField.COUNTRY_ID, "1", ""));
    add(
        rows,
        "horisen",
        "eq with an empty value",
        "filter eq(countryName)",
        () ->
            Filter.on(CustomerReportFilterField.class)
                .eq(CustomerReportFilterField.COUNTRY_NAME, ""));
    add(
        rows,
        "horisen",
        "the same operator twice",
        "filter startswith(countryName)",
        () ->
            Filter.on(CustomerReportFilterField.class)
                .startsWith(CustomerReportFilterField.COUNTRY_NAME, "G")
                .startsWith(CustomerReportFilterField.COUNTRY_NAME, "A"));
    add(
        rows,
        "horisen",
        "blank search",
        "filter q",
        () -> Filter.on(CustomerReportFilterField.class).search(" "));
    add(
        rows,
        "horisen",
        "filter on a field that is not filterable",
        "filter eq(msgDate)",
        () -> Filter.on(OverallField.class).eq(OverallField.MSG_DATE, "2024-10-01"));
    add(
        rows,
        "horisen",
        "overall period reversed",
        "startDt",
        () -> OverallTrafficRequest.builder(T2, T1).build());
    add(
        rows,
        "horisen",
        "a field embedded twice",
        "embed",
        () ->
            OverallTrafficRequest.builder(T1, T2)
                .embed(OverallField.IN_SMS_CNT, OverallField.IN_SMS_CNT)
                .build());
    add(
        rows,
        "horisen",
        "grouping by an aggregated field",
        "groupBy",
        () -> OverallTrafficRequest.builder(T1, T2).groupBy(OverallField.SELL_AMOUNT).build());
    add(
        rows,
        "horisen",
        "msgDt without hourly grain",
        "embed",
        () -> OverallTrafficRequest.builder(T1, T2).embed(OverallField.MSG_DT).build());
    add(
        rows,
        "horisen",
        "sort on a field that is not sortable",
        "sort",
        () -> Sort.ascending(OverallField.IS_MOBILE));
    add(
        rows,
        "horisen",
        "platform domain with a scheme",
        "platformDomain",
        () -> HorisenClient.builder().platformDomain("https://example.com"));
    add(rows, "horisen", "page size 0", "pageSize", () -> HorisenClient.builder().pageSize(0));
    add(
        rows,
        "horisen",
        "no credentials",
        "credentials",
        () -> HorisenClient.builder().platformDomain("example.com").build());
    add(
        rows,
        "horisen",
        "two kinds of credentials",
        "credentials",
        () ->
            HorisenClient.builder()
                .platformDomain("example.com")
                .accessToken("t1234")
                .clientCredentials("id", "secret")
                .build());
    add(
        rows,
        "horisen",
        "blank client id",
        "clientId",
        () -> HorisenClient.builder().clientCredentials(" ", "s1234"));
    add(
        rows,
        "horisen",
        "empty access token",
        "accessToken",
        () -> HorisenClient.builder().accessToken(""));
    add(
        rows,
        "horisen",
        "client credentials without token URL",
        "tokenUrl",
        () ->
            HorisenClient.builder()
                .baseUrl(server.baseUrl())
                .clientCredentials("id", "s1234")
                .build());
    add(
        rows,
        "horisen",
        "neither domain nor base URL",
        "platformDomain",
        () -> HorisenClient.builder().accessToken("t1234").build());
    add(
        rows,
        "horisen",
        "token URL over plain HTTP",
        "tokenUrl",
        () ->
            HorisenClient.builder()
                .platformDomain("example.com")
                .tokenUrl("http://accounts.example.com/oauth2/access-token")
                .clientCredentials("id", "s1234")
                .build());
    add(
        rows,
        "horisen",
        "view: period reversed",
        "startDate",
        () -> horisen.asSimProvider().customerTraffic(D2, D1));
    add(
        rows,
        "horisen",
        "period from LocalDate.MIN",
        "startDate",
        () -> horisen.customerTrafficReportsPage(LocalDate.MIN, D2, Filter.none(), 1));
    add(
        rows,
        "horisen",
        "CSV period to LocalDate.MAX",
        "endDate",
        () -> horisen.controlTrafficReportsCsv(D1, LocalDate.MAX, Filter.none()));
    add(
        rows,
        "horisen",
        "overall from OffsetDateTime.MIN",
        "startDt",
        () -> OverallTrafficRequest.builder(OffsetDateTime.MIN, T2).build());
    add(
        rows,
        "horisen",
        "overall to year 10000",
        "endDt",
        () ->
            OverallTrafficRequest.builder(
                    T1, OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                .build());
    add(
        rows,
        "horisen",
        "view: period to LocalDate.MAX",
        "endDate",
        () -> horisen.asSimProvider().supplierTraffic(D1, LocalDate.MAX));
    add(
        rows,
        "horisen",
        "view: overall period reversed",
        "startDt",
        () -> horisen.asSimProvider().overallTraffic(T2, T1, Set.of()));

    // ---- freebit ----
    add(rows, "freebit", "empty account", "account", () -> FreebitAccount.of(""));
    add(
        rows,
        "freebit",
        "phone number without leading 0",
        "account",
        () -> FreebitAccount.of("9012345678"));
    add(rows, "freebit", "phone number of 6 digits", "account", () -> FreebitAccount.of("090123"));
    add(
        rows,
        "freebit",
        "share group with a space",
        "account",
        () -> FreebitAccount.of("AAA0 00000000001"));
    add(
        rows,
        "freebit",
        "two accounts",
        "account",
        () -> FreebitAccount.of("09012345678,09012345679"));
    add(
        rows,
        "freebit",
        "share group too long",
        "account",
        () -> FreebitAccount.shareGroup("A".repeat(65)));
    add(
        rows,
        "freebit",
        "phone number that is a share group",
        "account",
        () -> FreebitAccount.phoneNumber("AAA0_00000000001"));
    add(
        rows,
        "freebit",
        "MSISDN outside Japan",
        "msisdn",
        () -> FreebitAccount.ofMsisdn(Msisdn.of("447937557899")));
    add(
        rows,
        "freebit",
        "MSISDN with 0 after 81",
        "msisdn",
        () -> FreebitAccount.ofMsisdn(Msisdn.of("8109012345678")));
    add(
        rows,
        "freebit",
        "MSISDN too short",
        "msisdn",
        () -> FreebitAccount.ofMsisdn(Msisdn.of("81901234")));
    add(rows, "freebit", "no credentials", "credentials", () -> FreebitClient.builder().build());
    add(
        rows,
        "freebit",
        "both kinds of credentials",
        "credentials",
        () -> FreebitClient.builder().authKey("k1234").oemCredentials("id", "k5678").build());
    add(
        rows,
        "freebit",
        "blank OEM id",
        "oemId",
        () -> FreebitClient.builder().oemCredentials(" ", "k5678"));
    add(rows, "freebit", "blank authKey", "authKey", () -> FreebitClient.builder().authKey(" "));
    add(
        rows,
        "freebit",
        "blank OEM key",
        "oemKey",
        () -> FreebitClient.builder().oemCredentials("id", ""));
    add(
        rows,
        "freebit",
        "negative call interval",
        "callInterval",
        () ->
            FreebitClient.builder()
                .callInterval(FreebitOperation.GET_TRAFFIC_INFO, Duration.ofSeconds(-1)));
    add(
        rows,
        "freebit",
        "view: SIM by ICCID",
        "sim",
        () -> freebit.asSimProvider().usageNow(SimRef.of(ICCID)));
    add(
        rows,
        "freebit",
        "view: MSISDN outside Japan",
        "msisdn",
        () -> freebit.asSimProvider().dailyUsage(SimRef.of(MSISDN)));
    add(
        rows,
        "freebit",
        "view: account that is neither",
        "account",
        () -> freebit.asSimProvider().usageNow(SimRef.account("not an account")));
    return rows.stream();
  }

  private static void add(
      List<Arguments> rows, String provider, String input, String field, ThrowingCallable call) {
    rows.add(Arguments.of(provider, input, field, call));
  }

  @Test
  void atLeastAHundredInputsAcrossEveryProviderAndCore() {
    List<Arguments> rows = inputs().toList();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
    assertThat(rows.stream().map(a -> a.get()[0]).distinct())
        .containsExactlyInAnyOrder("core", "thingsmobile", "m2miportal", "horisen", "freebit");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("inputs")
  void isRefusedBeforeAnyRequestNamingTheFieldAndWhatIsAllowed(
      String provider, String input, String field, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);

    assertThat(thrown).isExactlyInstanceOf(InvalidInputException.class);
    InvalidInputException e = (InvalidInputException) thrown;
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.problem()).isNotBlank();
    assertThat(e.allowed()).isNotBlank();
    assertThat(e.getMessage())
        .isEqualTo("Invalid " + field + ": " + e.problem() + "; allowed: " + e.allowed());
    assertThat(server.getAllServeEvents()).as("requests that reached the server").isEmpty();
  }
}
