package io.simbridge.thingsmobile;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.simbridge.thingsmobile.Tm.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.thingsmobile.model.CdrQuery;
import io.simbridge.thingsmobile.model.CustomPlanSettings;
import io.simbridge.thingsmobile.model.DateRange;
import io.simbridge.thingsmobile.model.SimListQuery;
import io.simbridge.thingsmobile.model.TrafficThreshold;
import io.simbridge.thingsmobile.model.TrafficThresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The validation matrix: every refused input names its problem, and nothing reaches the server. */
class ValidationTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final SimRef SIM = SimRef.msisdn("882360001975037");
  private static final SimRef ACCOUNT_ONLY = SimRef.account("AAA0_00000000001");
  private static final TrafficThreshold NONE = TrafficThreshold.ofMegabytes(0, false);
  private static final CdrQuery CDRS =
      CdrQuery.of(DateRange.UNBOUNDED, Msisdn.of("882360001975037"));
  private static final String NO_ID =
      "Invalid sim: names neither an MSISDN nor an ICCID (account AAA0_00000000001)";

  private ThingsMobileClient client;

  @BeforeEach
  void setUp() {
    server.stubFor(post(anyUrl()).willReturn(xml("<result><done>true</done></result>")));
    client = Tm.client(server, new ManualClock(Tm.START)).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  static Stream<Arguments> refused() {
    String sms161 = "x".repeat(161);
    return Stream.of(
        // Neither MSISDN nor ICCID, for every operation that addresses one SIM.
        refused("blockSim without MSISDN or ICCID", c -> c.blockSim(ACCOUNT_ONLY), NO_ID),
        refused("disconnectSim without MSISDN or ICCID", c -> c.disconnectSim(ACCOUNT_ONLY), NO_ID),
        refused("unblockSim without MSISDN or ICCID", c -> c.unblockSim(ACCOUNT_ONLY), NO_ID),
        refused("simStatus without MSISDN or ICCID", c -> c.simStatus(ACCOUNT_ONLY), NO_ID),
        refused(
            "paged simStatus without MSISDN or ICCID",
            c -> c.simStatus(ACCOUNT_ONLY, 1, 10),
            NO_ID),
        refused(
            "updateSimName without MSISDN or ICCID",
            c -> c.updateSimName(ACCOUNT_ONLY, "n"),
            NO_ID),
        refused(
            "updateSimTag without MSISDN or ICCID", c -> c.updateSimTag(ACCOUNT_ONLY, "t"), NO_ID),
        refused(
            "setupSimExpirationDate without MSISDN or ICCID",
            c -> c.setupSimExpirationDate(ACCOUNT_ONLY, LocalDate.of(2030, 1, 1), true),
            NO_ID),
        refused(
            "setupSimTrafficThreshold without MSISDN or ICCID",
            c -> c.setupSimTrafficThreshold(ACCOUNT_ONLY, new TrafficThresholds(NONE, NONE, NONE)),
            NO_ID),
        refused(
            "changeSimPlan without MSISDN or ICCID",
            c -> c.changeSimPlan(ACCOUNT_ONLY, "1"),
            NO_ID),
        refused("sendSms without MSISDN or ICCID", c -> c.sendSms(ACCOUNT_ONLY, "hi"), NO_ID),
        refused(
            "rechargeSim without MSISDN or ICCID",
            c -> c.rechargeSim(ACCOUNT_ONLY, DataVolume.of(1, DataUnit.MEBIBYTE)),
            NO_ID),

        // ICCID and barcode: 19 or 20 digits (the core's Iccid accepts 18 to 22).
        refused(
            "ICCID of 18 digits",
            c -> c.blockSim(SimRef.iccid("894450131216751823")),
            "Invalid iccid: has 18 digits; allowed: 19 or 20 digits"),
        refused(
            "ICCID of 21 digits",
            c -> c.simStatus(SimRef.iccid("894450131216751823601")),
            "Invalid iccid: has 21 digits; allowed: 19 or 20 digits"),
        refused(
            "simBarcode of 22 digits",
            c -> c.activateSim(Msisdn.of("882360001975037"), Iccid.of("8944501312167518236012")),
            "Invalid simBarcode: has 22 digits; allowed: 19 or 20 digits"),

        // SMS text.
        refused("empty SMS", c -> c.sendSms(SIM, ""), "Invalid message: is blank"),
        refused("blank SMS", c -> c.sendSms(SIM, "   "), "Invalid message: is blank"),
        refused(
            "SMS of 161 characters",
            c -> c.sendSms(SIM, sms161),
            "Invalid message: has 161 characters; allowed: 1 to 160 characters"),

        // Recharge: whole MB, 1 to 1024.
        refused(
            "recharge of 0 MB",
            c -> c.rechargeSim(SIM, DataVolume.ZERO),
            "Invalid amount: is 0 MB; allowed: a whole number of MB (1 MB = 1,048,576 bytes) from 1 to 1024"),
        refused(
            "recharge of 1025 MB",
            c -> c.rechargeSim(SIM, DataVolume.of(1025, DataUnit.MEBIBYTE)),
            "Invalid amount: is 1025 MB"),
        refused(
            "recharge of 1.5 MB",
            c -> c.rechargeSim(SIM, DataVolume.of(new BigDecimal("1.5"), DataUnit.MEBIBYTE)),
            "Invalid amount: 1.5 MB is not a whole number of MB"),
        refused(
            "recharge of 100 decimal megabytes",
            c -> c.rechargeSim(SIM, DataVolume.of(100, DataUnit.MEGABYTE)),
            "Invalid amount: 95.367431640625 MB is not a whole number of MB"),

        // Pages: 1 or more; sizes up to each operation's documented maximum.
        refused(
            "simStatus page size 2001",
            c -> c.simStatus(SIM, 1, 2001),
            "Invalid pageSize: is 2001; allowed: 1 to 2000 for simStatus"),
        refused(
            "simListLite page size 501",
            c -> c.simListLite(SimListQuery.ALL, 1, 501),
            "Invalid pageSize: is 501; allowed: 1 to 500 for simListLite"),
        refused(
            "credit page size 5001",
            c -> c.credit(DateRange.UNBOUNDED, 1, 5001),
            "Invalid pageSize: is 5001; allowed: 1 to 5000 for credit"),
        refused(
            "getCdrPaginated page size 501",
            c -> c.getCdrPaginated(CDRS, 1, 501),
            "Invalid pageSize: is 501; allowed: 1 to 500 for getCdrPaginated"),
        refused("page size 0", c -> c.getCdrPaginated(CDRS, 1, 0), "Invalid pageSize: is 0"),
        refused(
            "page 0",
            c -> c.simListLite(SimListQuery.ALL, 0, 10),
            "Invalid page: is 0; allowed: 1 or more"),

        // Date ranges.
        refused(
            "range ending before it starts",
            c ->
                c.credit(
                    DateRange.between(
                        LocalDateTime.of(2024, 2, 1, 0, 0), LocalDateTime.of(2024, 1, 31, 23, 59)),
                    1,
                    10),
            "Invalid endDateRange: 2024-01-31T23:59 is before startDateRange 2024-02-01T00:00"),
        refused(
            "CDR query without MSISDN",
            c -> c.downloadCdr(new CdrQuery(List.of(), DateRange.UNBOUNDED)),
            "Invalid msisdnList: is empty; allowed: one or more MSISDNs"),

        // Thresholds.
        refused(
            "negative threshold",
            c ->
                c.setupSimTrafficThreshold(
                    SIM, new TrafficThresholds(TrafficThreshold.ofMegabytes(-1, true), NONE, NONE)),
            "Invalid limit: is negative (-1 MB)"),
        refused(
            "threshold that is not whole MB",
            c ->
                c.setupSimTrafficThreshold(
                    SIM,
                    new TrafficThresholds(
                        NONE, new TrafficThreshold(DataVolume.ofBytes(1_500_000), true), NONE)),
            "Invalid monthlyLimit: 1.430511474609375 MB is not a whole number of MB"),
        refused(
            "negative auto-recharge threshold",
            c ->
                c.createCustomPlan(
                    CustomPlanSettings.ofMegabytes(
                        "p", true, new BigDecimal("-1"), BigDecimal.ONE)),
            "Invalid simAutorechargeCreditThreshold: is negative (-1 MB)"),
        refused(
            "negative auto-recharge amount",
            c ->
                c.createCustomPlan(
                    CustomPlanSettings.ofMegabytes(
                        "p", true, BigDecimal.ONE, new BigDecimal("-0.5"))),
            "Invalid simAutorechargeAmount: is negative (-0.5 MB)"),

        // Blank names and ids.
        refused("blank SIM name", c -> c.updateSimName(SIM, " "), "Invalid name: is blank"),
        refused("blank SIM tag", c -> c.updateSimTag(SIM, ""), "Invalid tag: is blank"),
        refused(
            "blank plan name",
            c ->
                c.createCustomPlan(
                    CustomPlanSettings.ofMegabytes(" ", false, BigDecimal.ZERO, BigDecimal.ZERO)),
            "Invalid name: is blank; allowed: a custom plan name"),
        refused(
            "blank plan id",
            c ->
                c.modifyCustomPlan(
                    " ",
                    CustomPlanSettings.ofMegabytes("p", false, BigDecimal.ZERO, BigDecimal.ZERO)),
            "Invalid id: is blank"),
        refused(
            "blank custom plan id",
            c -> c.changeSimPlan(SIM, ""),
            "Invalid customPlanId: is blank"),
        refused(
            "blank name filter",
            c -> c.simListLite(SimListQuery.ALL.withName("  "), 1, 10),
            "Invalid name: is blank"),
        refused(
            "blank tag filter",
            c -> c.allSims(SimListQuery.ALL.withTag("")),
            "Invalid tag: is blank"));
  }

  private static Arguments refused(String name, Consumer<ThingsMobileClient> call, String message) {
    return Arguments.of(name, call, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void refusedBeforeSending(String name, Consumer<ThingsMobileClient> call, String message) {
    assertThatThrownBy(() -> call.accept(client))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(message);
    assertThat(server.getAllServeEvents()).as("no request reached the server").isEmpty();
  }

  @Test
  void theLimitsThemselvesAreAccepted() {
    client.sendSms(SIM, "é".repeat(160));
    client.rechargeSim(SIM, DataVolume.of(1024, DataUnit.MEBIBYTE));
    client.rechargeSim(SimRef.iccid("8944501312167518236"), DataVolume.of(1, DataUnit.MEBIBYTE));
    assertThat(server.getAllServeEvents()).hasSize(3);
  }

  @Test
  void anSmsIsCountedInCharactersNotUtf16Units() {
    String emoji = "\uD83D\uDCE1"; // one character, two UTF-16 units
    client.sendSms(SIM, emoji.repeat(160));
    assertThatThrownBy(() -> client.sendSms(SIM, emoji.repeat(161)))
        .hasMessageStartingWith("Invalid message: has 161 characters");
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void theBuilderRefusesMissingCredentialsAndUnsafeUrls() {
    assertThatThrownBy(() -> ThingsMobileClient.builder().token("t0k3n").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Invalid username: is not set");
    assertThatThrownBy(() -> ThingsMobileClient.builder().username("u").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Invalid token: is not set");
    assertThatThrownBy(
            () ->
                ThingsMobileClient.builder()
                    .username("u")
                    .token("t0k3n")
                    .baseUrl("http://api.example.com/services/business-api")
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("plain HTTP");
    assertThatThrownBy(() -> ThingsMobileClient.builder().username(" "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Invalid username: is blank");
  }
}
