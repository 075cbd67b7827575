package io.simbridge.m2miportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.model.ContractTerm;
import io.simbridge.core.model.ContractType;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Money;
import io.simbridge.m2miportal.model.LastMoTraffic;
import io.simbridge.m2miportal.model.MonthToDateUsage;
import io.simbridge.m2miportal.model.SmsMtDetail;
import io.simbridge.m2miportal.model.Status;
import io.simbridge.m2miportal.model.StatusReport;
import io.simbridge.m2miportal.model.TrafficType;
import io.simbridge.m2miportal.model.UsageLevels;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The six information requests: every documented answer shape and its variants. */
class InformationRequestsTest extends M2mTestSupport {

  @Nested
  class QueryLastMoTraffic {
    @Test
    void unavailableValuesAreEmptyInEitherEmptyElementForm() {
      answerFixture(
          "query_last_mo_traffic",
          "m2miportal-query-last-mo-traffic/response-values-unavailable.xml");

      assertThat(client.queryLastMoTraffic(ICCID))
          .contains(
              new LastMoTraffic(
                  Optional.of(TrafficType.SMS),
                  Optional.of("sms"),
                  Optional.of(Instant.parse("2024-02-01T07:05:09Z")),
                  Optional.empty(),
                  Optional.empty()));
    }

    @Test
    void everyElementEmptyMeansNoTrafficHistory() {
      answerFixture(
          "query_last_mo_traffic",
          "m2miportal-query-last-mo-traffic/response-no-traffic-history.xml");

      assertThat(client.queryLastMoTraffic(ICCID)).isEmpty();
    }

    @Test
    void absentElementsAreReadLikeEmptyOnes() {
      answer("query_last_mo_traffic", success("query_last_mo_traffic", ""));

      assertThat(client.queryLastMoTraffic(ICCID)).isEmpty();
    }

    @Test
    void anUnknownTrafficTypeIsKeptRaw() {
      answer(
          "query_last_mo_traffic",
          success(
              "query_last_mo_traffic",
              "<traffic_type>Voice-Over-LTE</traffic_type><timestamp>2/3/2020 3:05:00</timestamp>"));

      LastMoTraffic t = client.queryLastMoTraffic(ICCID).orElseThrow();
      assertThat(t.trafficType()).contains(TrafficType.OTHER);
      assertThat(t.rawTrafficType()).contains("Voice-Over-LTE");
      assertThat(t.timestamp()).contains(Instant.parse("2020-03-02T03:05:00Z"));
    }

    /**
     * Behaviour notes: "if any individual value is unavailable, the element will be returned
     * empty". Each element alone may be empty; the others are still read.
     */
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "<traffic_type/><timestamp>22/03/2020 13:55:30</timestamp><network>vodafone</network><country>uk</country>"
              + "|| 2020-03-22T13:55:30Z | vodafone | uk",
          "<traffic_type>data</traffic_type><timestamp/><network>vodafone</network><country/> | data || vodafone |",
          "<traffic_type></traffic_type><timestamp></timestamp><network>vodafone</network><country></country>"
              + "||| vodafone |",
          "<traffic_type>sms</traffic_type><timestamp/><network/><country/> | sms |||"
        })
    void behaviourNotes_anyIndividualValueMayBeEmpty(
        String elements, String type, String time, String network, String country) {
      answer("query_last_mo_traffic", success("query_last_mo_traffic", elements));

      LastMoTraffic t = client.queryLastMoTraffic(ICCID).orElseThrow();
      assertThat(t.rawTrafficType()).isEqualTo(Optional.ofNullable(type));
      assertThat(t.trafficType().isPresent()).isEqualTo(type != null);
      assertThat(t.timestamp()).isEqualTo(Optional.ofNullable(time).map(Instant::parse));
      assertThat(t.network()).isEqualTo(Optional.ofNullable(network));
      assertThat(t.country()).isEqualTo(Optional.ofNullable(country));
    }

    @Test
    void aTimestampInAnotherFormatIsMalformed() {
      answer(
          "query_last_mo_traffic",
          success(
              "query_last_mo_traffic",
              "<traffic_type>data</traffic_type><timestamp>2020-03-22 13:55:30</timestamp>"));

      assertThatThrownBy(() -> client.queryLastMoTraffic(ICCID))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("field 'timestamp' is not a date-time in the documented format");
    }

    @Test
    void anImpossibleDateIsMalformed() {
      answer(
          "query_last_mo_traffic",
          success(
              "query_last_mo_traffic",
              "<traffic_type>data</traffic_type><timestamp>31/02/2020 13:55:30</timestamp>"));

      assertThatThrownBy(() -> client.queryLastMoTraffic(ICCID))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("timestamp");
    }
  }

  @Nested
  class QueryContract {
    @Test
    void bothElementsEmptyMeansNoContract() {
      answerFixture("query_contract", "m2miportal-query-contract/response-no-contract.xml");

      assertThat(client.queryContract(ICCID)).isEmpty();
    }

    @Test
    void zeroMonthsRemainingMeansExpired() {
      answerFixture("query_contract", "m2miportal-query-contract/response-fixed-term-expired.xml");

      ContractTerm term = client.queryContract(ICCID).orElseThrow();
      assertThat(term).isEqualTo(new ContractTerm(ContractType.FIXED_TERM, "2", 0));
      assertThat(term.expired()).isTrue();
    }

    @Test
    void anUnknownContractTypeIsKeptRaw() {
      answer(
          "query_contract",
          success(
              "query_contract",
              "<contract_type>3</contract_type><months_remaining>12" + "</months_remaining>"));

      assertThat(client.queryContract(ICCID))
          .contains(new ContractTerm(ContractType.OTHER, "3", 12));
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "<contract_type>1</contract_type><months_remaining/>   | field 'months_remaining' is empty",
          "<contract_type/><months_remaining>4</months_remaining> | field 'contract_type' is empty",
          "<contract_type>1</contract_type><months_remaining>-1</months_remaining> | is negative",
          "<contract_type>1</contract_type><months_remaining>five</months_remaining> | is not a whole number"
        })
    void anIncompleteOrWrongContractIsMalformed(String elements, String problem) {
      answer("query_contract", success("query_contract", elements));

      assertThatThrownBy(() -> client.queryContract(ICCID))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining(problem);
    }
  }

  @Nested
  class QueryStatus {
    @ParameterizedTest
    @CsvSource({"active, ACTIVE", "deactivated, DEACTIVATED", "closed, CLOSED"})
    void readsEachDocumentedStatus(String raw, Status expected) {
      answerFixture(
          "query_status", "m2miportal-more-operations/query_status-response-" + raw + ".xml");

      StatusReport report = client.queryStatus(ICCID);

      assertThat(report).isEqualTo(new StatusReport(expected, raw));
      assertThat(report.isClosed()).isEqualTo(expected == Status.CLOSED);
    }

    @Test
    void readsTheCommandsSpellingAndKeepsUnknownValues() {
      answer("query_status", success("query_status", "<status>De-Activated</status>"));
      assertThat(client.queryStatus(ICCID))
          .isEqualTo(new StatusReport(Status.DEACTIVATED, "De-Activated"));

      server.resetAll();
      answer("query_status", success("query_status", "<status>barred</status>"));
      assertThat(client.queryStatus(ICCID)).isEqualTo(new StatusReport(Status.UNKNOWN, "barred"));
    }

    @Test
    void anEmptyStatusIsMalformed() {
      answer("query_status", success("query_status", "<status/>"));

      assertThatThrownBy(() -> client.queryStatus(ICCID))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("field 'status' is missing or empty");
    }
  }

  @Nested
  class QueryUsage {
    @Test
    void readsDecimalMegabytesSmsAndVoiceMinutes() {
      answerFixture("query_usage", "m2miportal-more-operations/query_usage-response.xml");

      MonthToDateUsage usage = client.queryUsage(ICCID);

      // 80.010 decimal megabytes of 1,000,000 bytes.
      assertThat(usage.data()).contains(DataVolume.ofBytes(80_010_000));
      assertThat(usage.data().orElseThrow().to(DataUnit.MEGABYTE)).isEqualByComparingTo("80.010");
      assertThat(usage.sms()).isEqualTo(OptionalLong.of(12));
      assertThat(usage.voiceMinutes()).isEqualTo(OptionalLong.of(3));
    }

    @Test
    void unavailableValuesAreEmpty() {
      answerFixture(
          "query_usage", "m2miportal-more-operations/query_usage-response-not-available.xml");

      assertThat(client.queryUsage(ICCID))
          .isEqualTo(
              new MonthToDateUsage(Optional.empty(), OptionalLong.empty(), OptionalLong.empty()));
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "<data_mb>80,010</data_mb>  | field 'data_mb' is not a decimal number",
          "<data_mb>-1.5</data_mb>    | data volume",
          "<sms>-2</sms>              | field 'sms' is negative",
          "<voice_mins>3.5</voice_mins> | field 'voice_mins' is not a whole number",
          "<sms>1</sms><sms>2</sms>   | field 'sms' appears 2 times"
        })
    void wrongValuesAreMalformedNeverZero(String elements, String problem) {
      answer("query_usage", success("query_usage", elements));

      assertThatThrownBy(() -> client.queryUsage(ICCID))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining(problem);
    }
  }

  @Nested
  class QueryUsageLevels {
    @Test
    void keepsTheDecimalsAndReadsThemInTheUnitTheCallerKnows() {
      answerFixture(
          "query_usage_levels", "m2miportal-more-operations/query_usage_levels-response.xml");

      UsageLevels levels = client.queryUsageLevels(ICCID);

      assertThat(levels.warning()).contains(new BigDecimal("40.00"));
      assertThat(levels.limit()).contains(new BigDecimal("50.5"));
      assertThat(levels.warningAsMoney()).contains(Money.of("40.00", "GBP"));
      assertThat(levels.limitAsMoney()).contains(Money.of("50.5", "GBP"));
      assertThat(levels.warningAsData()).contains(DataVolume.ofBytes(40_000_000));
      assertThat(levels.limitAsData()).contains(DataVolume.ofBytes(50_500_000));
    }

    @Test
    void unsetLevelsAreEmpty() {
      answer("query_usage_levels", success("query_usage_levels", "<warning/><limit></limit>"));

      UsageLevels levels = client.queryUsageLevels(ICCID);
      assertThat(levels).isEqualTo(new UsageLevels(Optional.empty(), Optional.empty()));
      assertThat(levels.warningAsMoney()).isEmpty();
      assertThat(levels.limitAsData()).isEmpty();
    }
  }

  @Nested
  class QuerySmsMtDetails {
    @Test
    void readsTheMessagesNewestFirstAndSendsLastx() {
      answerFixture(
          "query_sms_mt_details", "m2miportal-more-operations/query_sms_mt_details-response.xml");

      List<SmsMtDetail> sms = client.querySmsMtDetails(ICCID, 2);

      assertThat(textOf(onlyRequest().getBodyAsString(), "lastx")).isEqualTo("2");
      assertThat(sms)
          .containsExactly(
              new SmsMtDetail(
                  Instant.parse("2024-03-05T10:15:00Z"),
                  Optional.of("job42"),
                  "pending",
                  Optional.empty(),
                  Optional.of("api"),
                  Optional.of("REBOOT & report <now>")),
              new SmsMtDetail(
                  Instant.parse("2024-03-04T09:00:00Z"),
                  Optional.empty(),
                  "delivered",
                  Optional.of(Instant.parse("2024-03-04T09:00:07Z")),
                  Optional.of("portal"),
                  Optional.of("  spaced  ")));
      assertThat(sms.get(0).isDelivered()).isFalse();
      assertThat(sms.get(1).isDelivered()).isTrue();
    }

    @Test
    void withoutLastxAsksForTheProvidersDefault() {
      answer(
          "query_sms_mt_details",
          success(
              "query_sms_mt_details",
              "<sms><sent_timestamp>05/03/2024 10:15:00"
                  + "</sent_timestamp><status>delivered</status><message_text>hi</message_text></sms>"));

      List<SmsMtDetail> sms = client.querySmsMtDetails(ICCID);

      assertThat(dom(onlyRequest().getBodyAsString()).getElementsByTagName("lastx").getLength())
          .isZero();
      assertThat(sms)
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.messageText()).contains("hi");
                assertThat(s.smsUid()).isEmpty();
                assertThat(s.origin()).isEmpty();
              });
    }

    @Test
    void aSingleEmptySmsElementMeansNoMessages() {
      answerFixture(
          "query_sms_mt_details",
          "m2miportal-more-operations/query_sms_mt_details-response-no-messages.xml");

      assertThat(client.querySmsMtDetails(ICCID, 20)).isEmpty();
    }

    /** query_sms_mt_details, "No messages: a single empty sms element": children all empty is empty too. */
    @Test
    void anSmsEntryWhoseChildrenAreAllEmptyMeansNoMessages() {
      answerFixture(
          "query_sms_mt_details",
          "m2miportal-more-operations/query_sms_mt_details-response-no-messages-empty-children.xml");

      assertThat(client.querySmsMtDetails(ICCID, 20)).isEmpty();
    }

    @Test
    void anSmsWithoutItsSentTimeIsMalformedAndNamesWhichOne() {
      answer(
          "query_sms_mt_details",
          success(
              "query_sms_mt_details",
              "<sms><sent_timestamp>05/03/2024 10:15:00</sent_timestamp><status>pending</status></sms>"
                  + "<sms><sent_timestamp/><status>pending</status></sms>"));

      assertThatThrownBy(() -> client.querySmsMtDetails(ICCID, 2))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("field 'sms[2]/sent_timestamp' is missing or empty");
    }
  }
}
