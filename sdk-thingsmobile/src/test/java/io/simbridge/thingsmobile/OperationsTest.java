package io.simbridge.thingsmobile;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.simbridge.thingsmobile.Tm.multipartFields;
import static io.simbridge.thingsmobile.Tm.onlyRequest;
import static io.simbridge.thingsmobile.Tm.stub;
import static io.simbridge.thingsmobile.Tm.urlEncodedFields;
import static io.simbridge.thingsmobile.Tm.withCredentials;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.simbridge.core.Page;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Money;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.thingsmobile.model.Cdr;
import io.simbridge.thingsmobile.model.CdrQuery;
import io.simbridge.thingsmobile.model.Credit;
import io.simbridge.thingsmobile.model.CreditHistoryRow;
import io.simbridge.thingsmobile.model.CustomPlan;
import io.simbridge.thingsmobile.model.CustomPlanSettings;
import io.simbridge.thingsmobile.model.DateRange;
import io.simbridge.thingsmobile.model.SimInfo;
import io.simbridge.thingsmobile.model.SimListItem;
import io.simbridge.thingsmobile.model.SimListQuery;
import io.simbridge.thingsmobile.model.SimStatusCode;
import io.simbridge.thingsmobile.model.SimStatusGroup;
import io.simbridge.thingsmobile.model.TrafficThreshold;
import io.simbridge.thingsmobile.model.TrafficThresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every documented OK example (section 4), through the provider client: what is sent (exact
 * fields, encoding) and what is read back (typed values, units). The KO examples are in
 * {@link ErrorMappingTest}.
 */
class OperationsTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final SimRef BY_MSISDN = SimRef.msisdn("882360001975037");
  private ThingsMobileClient client;

  @BeforeEach
  void setUp() {
    client = Tm.client(server, new ManualClock(Tm.START)).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static LoggedRequest request(String operation) {
    LoggedRequest r = onlyRequest(server, operation);
    // Production: the credentials travel in the form only, never in the URL or a header.
    assertThat(r.getUrl()).doesNotContain(Tm.TOKEN).doesNotContain("?");
    assertThat(r.containsHeader("Authorization")).isFalse();
    return r;
  }

  @Nested
  @DisplayName("4.1 to 4.4: lifecycle")
  class Lifecycle {
    @Test
    void activateSimIsMultipartWithMsisdnAndBarcode() {
      stub(server, "activateSim", "4.1-activate-sim-ok.xml");
      client.activateSim(Msisdn.of("882360001975037"), Iccid.of("8944501312167518236"));
      assertThat(multipartFields(request("activateSim")))
          .containsExactlyElementsOf(
              withCredentials("msisdn=882360001975037", "simBarcode=8944501312167518236"));
    }

    @Test
    void blockSimByMsisdn() {
      stub(server, "blockSim", "4.2-block-sim-ok.xml");
      client.blockSim(BY_MSISDN);
      assertThat(urlEncodedFields(request("blockSim")))
          .containsExactlyElementsOf(withCredentials("msisdn=882360001975037"));
    }

    @Test
    void disconnectSimByIccid() {
      stub(server, "disconnectSim", "4.3-disconnect-sim-ok.xml");
      client.disconnectSim(SimRef.iccid("89445013121675182360"));
      assertThat(urlEncodedFields(request("disconnectSim")))
          .containsExactlyElementsOf(withCredentials("iccid=89445013121675182360"));
    }

    @Test
    void unblockSimByBothIdentifiers() {
      stub(server, "unblockSim", "4.4-unblock-sim-ok.xml");
      client.unblockSim(SimRef.of(Iccid.of("8944501312167518236"), Msisdn.of("882360001975037")));
      assertThat(urlEncodedFields(request("unblockSim")))
          .containsExactlyElementsOf(
              withCredentials("msisdn=882360001975037", "iccid=8944501312167518236"));
    }
  }

  @Nested
  @DisplayName("4.5 simStatus")
  class SimStatus {
    @Test
    void readsEveryDocumentedField() {
      stub(server, "simStatus", "4.5-sim-status-ok.xml");
      SimInfo sim = client.simStatus(BY_MSISDN);

      assertThat(urlEncodedFields(request("simStatus")))
          .containsExactlyElementsOf(withCredentials("msisdn=882360001975037"));
      assertThat(sim.msisdn()).isEqualTo(Msisdn.of("447937557899"));
      assertThat(sim.iccid()).isEqualTo(Iccid.of("8944501312167518236"));
      assertThat(sim.status().raw()).isEqualTo("active");
      assertThat(sim.status().code()).isEqualTo(SimStatusCode.ACTIVE);
      assertThat(sim.name()).contains("name");
      assertThat(sim.tag()).contains("tag");
      assertThat(sim.plan()).contains("default");
      assertThat(sim.type()).contains("AllInOne Sim");
      assertThat(sim.activationDate()).contains(LocalDateTime.of(2018, 2, 7, 15, 52, 49));
      assertThat(sim.expirationDate()).contains(LocalDateTime.of(2018, 2, 20, 0, 0));
      assertThat(sim.lastConnectionDate()).as("blank element").isEmpty();
      assertThat(sim.blockSimAfterExpirationDate()).contains(true);
      // Traffic in bytes.
      assertThat(sim.balance()).contains(DataVolume.ofBytes(30));
      assertThat(sim.dailyTraffic()).contains(DataVolume.ofBytes(123));
      assertThat(sim.monthlyTraffic()).contains(DataVolume.ofBytes(1234));
      assertThat(sim.totalTraffic()).contains(DataVolume.ZERO);
      // Section 4: amounts are returned in bytes, thresholds included (1000000 is no plausible MB
      // threshold); the numbers as sent stay available for a caller who reads another unit.
      assertThat(sim.dailyTrafficThreshold()).contains(DataVolume.ofBytes(1_000_000));
      assertThat(sim.monthlyTrafficThreshold()).contains(DataVolume.ofBytes(2_000_000));
      assertThat(sim.totalTrafficThreshold()).contains(DataVolume.ofBytes(3_000_000));
      assertThat(sim.rawDailyTrafficThreshold()).hasValue(1_000_000);
      assertThat(sim.rawMonthlyTrafficThreshold()).hasValue(2_000_000);
      assertThat(sim.rawTotalTrafficThreshold()).hasValue(3_000_000);
      assertThat(sim.blockSimDaily()).contains(true);
      assertThat(sim.blockSimMonthly()).contains(true);
      assertThat(sim.blockSimTotal()).contains(true);
      assertThat(sim.cdrs())
          .containsExactly(
              new Cdr(
                  Optional.empty(),
                  Optional.of("123456"),
                  LocalDateTime.of(2017, 1, 20, 12, 45),
                  LocalDateTime.of(2017, 1, 20, 12, 50),
                  Optional.of("Zone 1"),
                  Optional.of("Zone 1"),
                  Optional.of("ITAWI"),
                  DataVolume.ofBytes(123456)));
    }

    @Test
    void sendsThePageOfCdrsAskedFor() {
      stub(server, "simStatus", "4.5-sim-status-ok.xml");
      client.simStatus(SimRef.iccid("8944501312167518236"), 3, 2000);
      assertThat(urlEncodedFields(request("simStatus")))
          .containsExactlyElementsOf(
              withCredentials("iccid=8944501312167518236", "page=3", "pageSize=2000"));
    }
  }

  @Nested
  @DisplayName("4.6 simListLite")
  class SimListLite {
    @Test
    void readsEveryDocumentedField() {
      stub(server, "simListLite", "4.6-sim-list-lite-ok.xml");
      Page<SimListItem> page = client.simListLite(SimListQuery.ALL, 1, 500);

      assertThat(urlEncodedFields(request("simListLite")))
          .containsExactlyElementsOf(withCredentials("page=1", "pageSize=500"));
      assertThat(page.number()).isEqualTo(1);
      assertThat(page.hasNext()).as("1 SIM on a page of 500").isFalse();
      SimListItem sim = page.items().get(0);
      assertThat(sim.msisdn()).isEqualTo(Msisdn.of("447937557899"));
      assertThat(sim.iccid()).isEqualTo(Iccid.of("8944501312167518236"));
      assertThat(sim.status().code()).isEqualTo(SimStatusCode.ACTIVE);
      assertThat(sim.status().group()).contains(SimStatusGroup.ACTIVE);
      assertThat(sim.name()).contains("name");
      assertThat(sim.tag()).contains("tag");
      assertThat(sim.plan()).contains("Pay-per-use plan");
      assertThat(sim.type()).contains("AllInOne Sim");
      assertThat(sim.automation()).contains("default");
      assertThat(sim.country()).contains("United States of America");
      assertThat(sim.roamingProfile()).contains("TM-1");
      assertThat(sim.activationDate()).contains(LocalDateTime.of(2018, 2, 7, 15, 52, 49));
      assertThat(sim.expirationDate()).contains(LocalDateTime.of(2018, 2, 20, 0, 0));
      assertThat(sim.lastConnectionDate()).contains(LocalDateTime.of(2019, 4, 20, 8, 37, 52));
      assertThat(sim.balance()).contains(DataVolume.ofBytes(30));
      assertThat(sim.dailyTraffic()).contains(DataVolume.ofBytes(295_000));
      assertThat(sim.monthlyTraffic()).contains(DataVolume.ofBytes(1234));
      assertThat(sim.totalTraffic()).as("absent from the example").isEmpty();
    }

    @Test
    void sendsTheFiltersInTheDocumentedOrder() {
      stub(server, "simListLite", "4.6-sim-list-lite-ok.xml");
      client.simListLite(
          SimListQuery.ALL
              .withName("pump 7")
              .withTag("site/north & co")
              .withStatus(SimStatusGroup.TO_ACTIVATE),
          2,
          1);
      assertThat(urlEncodedFields(request("simListLite")))
          .containsExactlyElementsOf(
              withCredentials(
                  "name=pump 7",
                  "tag=site/north & co",
                  "status=to-activate",
                  "page=2",
                  "pageSize=1"));
    }

    @Test
    void aFullPageSaysAnotherMayFollow() {
      stub(server, "simListLite", "4.6-sim-list-lite-ok.xml");
      assertThat(client.simListLite(SimListQuery.ALL, 4, 1).hasNext()).isTrue();
    }
  }

  @Nested
  @DisplayName("4.7 credit")
  class CreditSection {
    @Test
    void readsTheAmountAndHistory() {
      stub(server, "credit", "4.7-credit-ok.xml");
      Credit credit = client.credit();

      assertThat(urlEncodedFields(request("credit"))).containsExactlyElementsOf(withCredentials());
      assertThat(credit.amount()).isEqualTo(new Money(new BigDecimal("9.00"), "EUR"));
      assertThat(credit.creditHistory())
          .containsExactly(
              new CreditHistoryRow(
                  new Money(new BigDecimal("10.00"), "EUR"),
                  LocalDateTime.of(2017, 6, 30, 15, 21),
                  "Credit recharge",
                  Optional.empty()),
              new CreditHistoryRow(
                  new Money(new BigDecimal("-1.00"), "EUR"),
                  LocalDateTime.of(2017, 6, 30, 15, 22),
                  "Sim recharge",
                  Optional.of(Msisdn.of("882360000000001"))));
    }

    @Test
    void sendsTheRangeAndPage() {
      stub(server, "credit", "4.7-credit-ok.xml");
      client.credit(
          DateRange.between(
              LocalDateTime.of(2017, 6, 1, 0, 0), LocalDateTime.of(2017, 6, 30, 23, 59, 59)),
          2,
          5000);
      assertThat(urlEncodedFields(request("credit")))
          .containsExactlyElementsOf(
              withCredentials(
                  "startDateRange=2017-06-01 00:00:00",
                  "endDateRange=2017-06-30 23:59:59",
                  "page=2",
                  "pageSize=5000"));
    }
  }

  @Nested
  @DisplayName("4.8 to 4.11: SIM settings")
  class Settings {
    @Test
    void updateSimNameSendsTheNameAsItIs() {
      stub(server, "updateSimName", "4.8-update-sim-name-ok.xml");
      client.updateSimName(BY_MSISDN, "my sim, Torino ü");
      assertThat(urlEncodedFields(request("updateSimName")))
          .containsExactlyElementsOf(
              withCredentials("msisdn=882360001975037", "name=my sim, Torino ü"));
    }

    @Test
    void updateSimTag() {
      stub(server, "updateSimTag", "4.9-update-sim-tag-ok.xml");
      client.updateSimTag(BY_MSISDN, "my sim tag");
      assertThat(urlEncodedFields(request("updateSimTag")))
          .containsExactlyElementsOf(withCredentials("msisdn=882360001975037", "tag=my sim tag"));
    }

    @Test
    void setupSimExpirationDateSendsAnIsoDateAndAFlag() {
      stub(server, "setupSimExpirationDate", "4.10-setup-sim-expiration-date-ok.xml");
      client.setupSimExpirationDate(BY_MSISDN, LocalDate.of(2019, 1, 1), true);
      assertThat(urlEncodedFields(request("setupSimExpirationDate")))
          .containsExactlyElementsOf(
              withCredentials("msisdn=882360001975037", "expirationDate=2019-01-01", "blockSim=1"));
    }

    @Test
    void setupSimTrafficThresholdUsesTheProvidersSpellingAndMegabytes() {
      stub(server, "setupSimTrafficThreeshold", "4.11-setup-sim-traffic-threshold-ok.xml");
      client.setupSimTrafficThreshold(
          BY_MSISDN,
          new TrafficThresholds(
              TrafficThreshold.ofMegabytes(100, true),
              new TrafficThreshold(DataVolume.of(1, DataUnit.GIBIBYTE), false),
              TrafficThreshold.ofMegabytes(0, true)));
      assertThat(urlEncodedFields(request("setupSimTrafficThreeshold")))
          .containsExactlyElementsOf(
              withCredentials(
                  "msisdn=882360001975037",
                  "dailyLimit=100",
                  "blockSimDaily=1",
                  "monthlyLimit=1024",
                  "blockSimMonthly=0",
                  "totalLimit=0",
                  "blockSimTotal=1"));
    }
  }

  @Nested
  @DisplayName("4.12 to 4.15: custom plans")
  class CustomPlans {
    @Test
    void customPlanListReadsBothPlans() {
      stub(server, "customPlanList", "4.12-custom-plan-list-ok.xml");
      List<CustomPlan> plans = client.customPlanList();

      assertThat(urlEncodedFields(request("customPlanList")))
          .containsExactlyElementsOf(withCredentials());
      assertThat(plans)
          .containsExactly(
              new CustomPlan(
                  "1",
                  "Custom plan example",
                  true,
                  Optional.of(DataVolume.of(10, DataUnit.MEBIBYTE)),
                  Optional.of(DataVolume.of(10, DataUnit.MEBIBYTE))),
              new CustomPlan(
                  "2", "Custom plan example", false, Optional.empty(), Optional.empty()));
    }

    @Test
    void createCustomPlanSendsDecimalMegabytes() {
      stub(server, "createCustomPlan", "4.13-create-custom-plan-ok.xml");
      client.createCustomPlan(
          CustomPlanSettings.ofMegabytes(
              "Fleet plan", true, BigDecimal.TEN, new BigDecimal("0.5")));
      assertThat(urlEncodedFields(request("createCustomPlan")))
          .containsExactlyElementsOf(
              withCredentials(
                  "name=Fleet plan",
                  "simAutorechargeEnabled=true",
                  "simAutorechargeCreditThreshold=10",
                  "simAutorechargeAmount=0.5"));
    }

    @Test
    void modifyCustomPlanSendsTheIdFirst() {
      stub(server, "modifyCustomPlan", "4.14-modify-custom-plan-ok.xml");
      client.modifyCustomPlan(
          "2", CustomPlanSettings.ofMegabytes("Renamed", false, BigDecimal.ZERO, BigDecimal.ZERO));
      assertThat(urlEncodedFields(request("modifyCustomPlan")))
          .containsExactlyElementsOf(
              withCredentials(
                  "id=2",
                  "name=Renamed",
                  "simAutorechargeEnabled=false",
                  "simAutorechargeCreditThreshold=0",
                  "simAutorechargeAmount=0"));
    }

    @Test
    void changeSimPlanAssociatesThePlan() {
      stub(server, "changeSimPlan", "4.15-associate-plan-ok.xml");
      client.changeSimPlan(BY_MSISDN, "2");
      assertThat(urlEncodedFields(request("changeSimPlan")))
          .containsExactlyElementsOf(withCredentials("msisdn=882360001975037", "customPlanId=2"));
    }
  }

  @Nested
  @DisplayName("4.16 to 4.19")
  class Rest {
    @Test
    void sendSms() {
      stub(server, "sendSms", "4.16-send-sms-ok.xml");
      client.sendSms(BY_MSISDN, "reboot now & report: 100%");
      assertThat(urlEncodedFields(request("sendSms")))
          .containsExactlyElementsOf(
              withCredentials("msisdn=882360001975037", "message=reboot now & report: 100%"));
    }

    @Test
    void downloadCdrReturnsTheProvidersConfirmation() {
      stub(server, "downloadCdr", "4.17-download-cdr-ok.xml");
      String message =
          client.downloadCdr(
              CdrQuery.of(
                  DateRange.between(
                      LocalDateTime.of(2020, 10, 1, 0, 0),
                      LocalDateTime.of(2020, 10, 31, 23, 59, 59)),
                  Msisdn.of("882360001975037"),
                  Msisdn.of("882360001975038")));

      assertThat(urlEncodedFields(request("downloadCdr")))
          .containsExactlyElementsOf(
              withCredentials(
                  "msisdnList=882360001975037,882360001975038",
                  "startDateRange=2020-10-01 00:00:00",
                  "endDateRange=2020-10-31 23:59:59"));
      assertThat(message)
          .isEqualTo(
              "Export scheduled correctly. The file that you requested will be sent to you via email.");
    }

    @Test
    void rechargeSimSendsWholeMegabytes() {
      stub(server, "rechargeSim", "4.18-recharge-sim-ok.xml");
      client.rechargeSim(BY_MSISDN, DataVolume.of(512, DataUnit.MEBIBYTE));
      assertThat(urlEncodedFields(request("rechargeSim")))
          .containsExactlyElementsOf(withCredentials("msisdn=882360001975037", "amount=512"));
    }

    @Test
    void getCdrPaginatedReadsTheCdrs() {
      stub(server, "getCdrPaginated", "4.19-cdr-paginated-ok.xml");
      Page<Cdr> page =
          client.getCdrPaginated(
              CdrQuery.of(
                  DateRange.from(LocalDateTime.of(2020, 10, 5, 0, 0)),
                  Msisdn.of("882360001975037")),
              1,
              500);

      assertThat(urlEncodedFields(request("getCdrPaginated")))
          .containsExactlyElementsOf(
              withCredentials(
                  "msisdnList=882360001975037",
                  "startDateRange=2020-10-05 00:00:00",
                  "page=1",
                  "pageSize=500"));
      assertThat(page.items())
          .containsExactly(
              new Cdr(
                  Optional.of(Msisdn.of("882360001975037")),
                  Optional.empty(),
                  LocalDateTime.of(2020, 10, 5, 19, 11, 48),
                  LocalDateTime.of(2020, 10, 5, 19, 21, 48),
                  Optional.of("Zone 1"),
                  Optional.of("ESP"),
                  Optional.of("ESPVV"),
                  DataVolume.ofBytes(1_000_000)));
      assertThat(page.hasNext()).isFalse();
    }
  }
}
