package io.simbridge.thingsmobile.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Section 4: the 19 operations, their names on the wire, call limits, page sizes and caps. */
class ThingsMobileOperationTest {

  @Test
  void the19DocumentedOperationsInDocumentationOrder() {
    assertThat(Arrays.stream(ThingsMobileOperation.values()).map(ThingsMobileOperation::wireName))
        .containsExactly(
            "activateSim",
            "blockSim",
            "disconnectSim",
            "unblockSim",
            "simStatus",
            "simListLite",
            "credit",
            "updateSimName",
            "updateSimTag",
            "setupSimExpirationDate",
            "setupSimTrafficThreeshold",
            "customPlanList",
            "createCustomPlan",
            "modifyCustomPlan",
            "changeSimPlan",
            "sendSms",
            "downloadCdr",
            "rechargeSim",
            "getCdrPaginated");
    assertThat(ThingsMobileOperation.values())
        .allSatisfy(op -> assertThat(op.provider()).isEqualTo("thingsmobile"));
  }

  @Test
  void onlyTheDocumentedCallLimitsAreDeclared() {
    for (ThingsMobileOperation op : ThingsMobileOperation.values()) {
      Duration expected =
          switch (op) {
            case ACTIVATE_SIM, SIM_STATUS, CREDIT, GET_CDR_PAGINATED, SEND_SMS ->
                Duration.ofSeconds(5);
            case SIM_LIST_LITE -> Duration.ofSeconds(1);
            default -> Duration.ZERO;
          };
      assertThat(op.documentedInterval()).as(op.wireName()).isEqualTo(expected);
    }
  }

  @Test
  void readsAreTheQueriesAndDownloadCdrIsAWrite() {
    assertThat(Arrays.stream(ThingsMobileOperation.values()).filter(op -> !op.isWrite()))
        .containsExactly(
            ThingsMobileOperation.SIM_STATUS,
            ThingsMobileOperation.SIM_LIST_LITE,
            ThingsMobileOperation.CREDIT,
            ThingsMobileOperation.CUSTOM_PLAN_LIST,
            ThingsMobileOperation.GET_CDR_PAGINATED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "SIM_STATUS, 2000, 0",
    "SIM_LIST_LITE, 500, 0",
    "CREDIT, 5000, 5000",
    "GET_CDR_PAGINATED, 500, 10000",
    "DOWNLOAD_CDR, 0, 200000",
    "BLOCK_SIM, 0, 0"
  })
  void pageSizeMaximumsAndResultCapsAsDocumented(
      ThingsMobileOperation op, int maxPageSize, int cap) {
    assertThat(op.maxPageSize())
        .isEqualTo(maxPageSize == 0 ? OptionalInt.empty() : OptionalInt.of(maxPageSize));
    assertThat(op.resultCap()).isEqualTo(cap == 0 ? OptionalInt.empty() : OptionalInt.of(cap));
  }
}
