package io.simbridge.m2miportal.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.ProviderOperation;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The operations as the docs list them: information requests are reads, commands writes. */
class M2mIportalOperationTest {

  @Test
  void wireNamesAreTheRequestRootElementsInDocumentationOrder() {
    assertThat(Arrays.stream(M2mIportalOperation.values()).map(ProviderOperation::wireName))
        .containsExactly(
            "query_last_mo_traffic",
            "query_contract",
            "query_status",
            "query_usage",
            "query_usage_levels",
            "query_sms_mt_details",
            "set_status",
            "set_group",
            "send_sms");
  }

  @Test
  void theThreeCommandsAreWritesAndNoIntervalIsDocumented() {
    assertThat(Arrays.stream(M2mIportalOperation.values()).filter(ProviderOperation::isWrite))
        .containsExactly(
            M2mIportalOperation.SET_STATUS,
            M2mIportalOperation.SET_GROUP,
            M2mIportalOperation.SEND_SMS);
    assertThat(M2mIportalOperation.values())
        .allSatisfy(
            op -> {
              assertThat(op.provider()).isEqualTo("m2miportal");
              assertThat(op.documentedInterval()).isEqualTo(Duration.ZERO);
              assertThat(op.maxPageSize()).isEmpty();
            });
  }
}
