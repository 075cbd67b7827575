package io.simbridge.m2miportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.simbridge.core.config.CallLimitMode;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.m2miportal.model.M2mIportalOperation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * query_usage "may be rate limited" and the provider documents no interval: a user sets one by
 * naming the operation's constant (issue 16), and it applies to that operation only.
 */
class CallIntervalTest extends M2mTestSupport {

  @Test
  void anIntervalSetOnQueryUsageSpacesItsCallsOnly() {
    answerFixture("query_usage", "m2miportal-more-operations/query_usage-response.xml");
    answerFixture("query_status", "m2miportal-more-operations/query_status-response-active.xml");
    try (M2mIportalClient limited =
        builder()
            .callInterval(M2mIportalOperation.QUERY_USAGE, Duration.ofSeconds(5))
            .callLimitMode(CallLimitMode.FAIL_FAST)
            .build()) {
      limited.queryUsage(ICCID);

      assertThatThrownBy(() -> limited.queryUsage(ICCID)).isInstanceOf(RateLimitedException.class);
      limited.queryStatus(ICCID);
      time.advance(Duration.ofSeconds(5));
      limited.queryUsage(ICCID);
    }

    assertThat(server.findAll(WireMock.postRequestedFor(WireMock.anyUrl()))).hasSize(3);
  }

  @Test
  void withoutOneCallsAreNotSpaced() {
    answerFixture("query_usage", "m2miportal-more-operations/query_usage-response.xml");
    try (M2mIportalClient unlimited = builder().callLimitMode(CallLimitMode.FAIL_FAST).build()) {
      unlimited.queryUsage(ICCID);
      unlimited.queryUsage(ICCID);
    }

    assertThat(server.findAll(WireMock.postRequestedFor(WireMock.anyUrl()))).hasSize(2);
  }
}
