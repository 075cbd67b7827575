package io.simbridge.freebit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.error.ProviderErrorException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.internal.http.InboundResponse;
import io.simbridge.core.internal.parse.Fields;
import io.simbridge.core.internal.parse.Mappers;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * freebit's errors: its result codes and how an answer is checked against them.
 *
 * <p>The PA05-01 table pairs each code with an HTTP status (201 with 400, 210 with 500...), but
 * public integrations judge answers by {@code resultCode} alone, so an error code may as well
 * arrive with HTTP 200; both are read the same way. A recognised code is a definite answer
 * whatever the status, so a code of the table on a 500 is, say, "account not found" and never a
 * retried {@link io.simbridge.core.error.ServiceUnavailableException}. An answer without a
 * recognised code is judged by its HTTP status; an undocumented code on HTTP 200 is a generic
 * provider error.
 */
public final class Errors {
  /** Success. */
  static final String OK = "100";

  /** How a failure is reported. */
  private enum Kind {
    INVALID_REQUEST,
    AUTHENTICATION,
    NOT_FOUND
  }

  /** A documented failure: its kind and what the table says it means. */
  private record Meaning(Kind kind, String description) {}

  /** The result codes of PA05-01's table. */
  private static final Map<String, Meaning> TRAFFIC_INFO =
      Map.of(
          "201", new Meaning(Kind.INVALID_REQUEST, "parameter error: the account"),
          "204",
              new Meaning(
                  Kind.INVALID_REQUEST, "parameter error: a parameter other than the account"),
          // The key expired or was revoked: the client authenticates again and replays once.
          "205", new Meaning(Kind.AUTHENTICATION, "authentication key problem"),
          "323", new Meaning(Kind.NOT_FOUND, "share group not found"),
          "210", new Meaning(Kind.NOT_FOUND, "account not found"),
          // The account exists but its state (or being a member of a share group) rules the query
          // out.
          "211",
              new Meaning(Kind.INVALID_REQUEST, "the account's status does not allow this request"),
          "240", new Meaning(Kind.INVALID_REQUEST, "problem with the specified phone number"));

  /** No rate-limit answer is documented; an undocumented 429 waits one default call interval. */
  private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(1);

  private Errors() {}

  /**
   * Reads a getTrafficInfo answer, throwing the error it carries.
   *
   * @param r the answer
   * @return the successful answer
   * @throws IOException if the body cannot be read or is not JSON
   */
  public static Answers.TrafficInfo checkTrafficInfo(InboundResponse r) throws IOException {
    return check(
        r,
        Answers.TrafficInfo.class,
        (details, code) -> {
          Meaning m = TRAFFIC_INFO.get(code);
          if (m == null) {
            return null;
          }
          return switch (m.kind()) {
            case INVALID_REQUEST -> new InvalidRequestException(details, m.description(), null);
            case AUTHENTICATION -> new AuthenticationException(details, m.description(), null);
            case NOT_FOUND -> new NotFoundException(details, m.description(), null);
          };
        });
  }

  /**
   * Reads an authOem answer. Its error codes are not documented; since its only inputs are the
   * OEM id and key, any result code other than 100 on an answer that is not a server error
   * (5xx) means the credentials were refused.
   *
   * @param r the answer
   * @return the successful answer
   * @throws IOException if the body cannot be read or is not JSON
   */
  public static Answers.AuthOem checkAuthOem(InboundResponse r) throws IOException {
    return check(
        r,
        Answers.AuthOem.class,
        (details, code) ->
            r.status() >= 500
                ? null
                : new AuthenticationException(
                    details, "OEM authentication refused (check the OEM id and key)", null));
  }

  /** Maps a recognised error code to its exception, or returns {@code null}. */
  @FunctionalInterface
  private interface Recognizer {
    SimApiException recognize(ErrorDetails details, String code);
  }

  private static <T extends Answers.Answer> T check(
      InboundResponse r, Class<T> type, Recognizer recognizer) throws IOException {
    T answer;
    try {
      answer = Mappers.json().readValue(r.bytes(), type);
    } catch (JsonProcessingException e) {
      if (!r.isSuccessful()) {
        // An HTML error page from a proxy or the server: judged by its status alone.
        throw r.errorForStatus(null, null, DEFAULT_RATE_LIMIT_WAIT);
      }
      throw e;
    }
    if (answer == null) {
      // The body was the JSON literal null.
      if (!r.isSuccessful()) {
        throw r.errorForStatus(null, null, DEFAULT_RATE_LIMIT_WAIT);
      }
      throw r.malformed("the answer is empty (null)");
    }
    Optional<String> code = Fields.text(answer.resultCode());
    String message =
        answer.status() == null ? null : Fields.text(answer.status().message()).orElse(null);
    if (code.isPresent() && code.get().equals(OK) && r.isSuccessful()) {
      return answer;
    }
    if (code.isEmpty()) {
      if (!r.isSuccessful()) {
        throw r.errorForStatus(null, message, DEFAULT_RATE_LIMIT_WAIT);
      }
      throw r.malformed("the answer carries no resultCode");
    }
    ErrorDetails details = r.details(code.get(), message);
    SimApiException known =
        code.get().equals(OK) ? null : recognizer.recognize(details, code.get());
    if (known != null) {
      throw known;
    }
    if (!r.isSuccessful()) {
      throw r.errorForStatus(code.get(), message, DEFAULT_RATE_LIMIT_WAIT);
    }
    throw new ProviderErrorException(details, "undocumented result code", null);
  }
}
