package io.simbridge.reliability.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.time.ManualClock;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.horisen.model.Filter;
import io.simbridge.reliability.support.AnswerHook;
import io.simbridge.reliability.support.Clients;
import io.simbridge.reliability.support.Fixtures;
import io.simbridge.reliability.support.Served;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deterministic reproductions of what the mutation fuzzing found. */
class FuzzFindingsTest {

  /**
   * An answer in UTF-32 (detected from its first bytes) with a code unit above U+10FFFF arrives
   * whole, yet is reported as "the request may have reached the provider", retried like a lost
   * connection (three times for a read), and would make a write ambiguous.
   */
  @Test
  void anUndecodableAnswerIsMalformedNotATransportFailure() {
    ManualClock clock = Clients.clock();
    AnswerHook hook = new AnswerHook();
    ByteBuffer utf32 = ByteBuffer.allocate(16);
    utf32.putInt('{').putInt('"').putInt(0x00390000).putInt('}');
    hook.route(
        r ->
            r.url().encodedPath().equals(Clients.HORISEN_TOKEN_PATH)
                ? Served.ok("application/json", Clients.horisenTokenAnswer())
                : Served.of(200, "application/json", utf32.array()));

    Throwable thrown;
    try (HorisenClient c =
        Clients.horisen(AnswerHook.BASE_URL, AnswerHook.BASE_URL, clock)
            .httpClient(hook.httpClient())
            .build()) {
      thrown =
          catchThrowable(
              () ->
                  c.customerTrafficReportsPage(
                      LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31), Filter.none(), 1));
    }

    assertThat(thrown).isExactlyInstanceOf(MalformedResponseException.class);
    assertThat(hook.requests(Clients.HORISEN_API + "/customer-traffic-reports"))
        .as("not retried")
        .isEqualTo(1);
  }

  /**
   * A token with a character a header cannot carry (here Arabic-Indic digits) is taken as is and
   * put in the {@code Authorization} header, where OkHttp refuses it with an
   * {@code IllegalArgumentException} outside any response handler.
   */
  @Test
  void aTokenThatCannotTravelInAHeaderIsAMalformedTokenAnswer() {
    Throwable thrown =
        callWithToken(
            "{\"access_token\":\"tok-\u0661\u0662\u0663\",\"token_type\":\"Bearer\","
                + "\"expires_in\":3600}");

    assertThat(thrown).isExactlyInstanceOf(MalformedResponseException.class);
  }

  /**
   * A token whose {@code expires_in} is absurdly large overflows the renewal instant in
   * {@code TokenCache}: {@code ArithmeticException} (long overflow) or {@code DateTimeException}
   * (beyond {@code Instant.MAX}), outside any response handler, on every call.
   */
  @Test
  void anAbsurdTokenLifetimeNeitherOverflowsNorEscapes() {
    for (String expiresIn : List.of("9223372036854775807", "1e18", "31556952000")) {
      Throwable thrown =
          callWithToken(
              "{\"access_token\":\"tok-ok-123\",\"token_type\":\"Bearer\",\"expires_in\":"
                  + expiresIn
                  + "}");

      assertThat(thrown)
          .as("expires_in %s", expiresIn)
          .satisfiesAnyOf(
              t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(SimApiException.class));
    }
  }

  private static Throwable callWithToken(String tokenAnswer) {
    AnswerHook hook = new AnswerHook();
    hook.route(
        r ->
            r.url().encodedPath().equals(Clients.HORISEN_TOKEN_PATH)
                ? Served.ok("application/json", tokenAnswer)
                : Served.ok(
                    "application/json",
                    Fixtures.text("horisen/3.1-customer-traffic-reports.json")));
    try (HorisenClient c =
        Clients.horisen(AnswerHook.BASE_URL, AnswerHook.BASE_URL, Clients.clock())
            .httpClient(hook.httpClient())
            .build()) {
      return catchThrowable(
          () ->
              c.customerTrafficReportsPage(
                  LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31), Filter.none(), 1));
    }
  }
}
