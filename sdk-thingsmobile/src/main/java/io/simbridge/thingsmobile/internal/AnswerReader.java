package io.simbridge.thingsmobile.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.error.ProviderErrorException;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.internal.http.InboundResponse;
import io.simbridge.core.internal.http.ResponseHandler;
import io.simbridge.core.internal.parse.Fields;
import io.simbridge.core.internal.parse.Mappers;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads every answer the same way: an XML {@code <result>} whose {@code done} says whether the
 * call worked and, when it did not, carries {@code errorCode} and a description in
 * {@code errorMessage} (or in {@code message}, as downloadCdr and getCdrPaginated write it).
 *
 * <p>The documented codes map to the core error types; an answer that is not such a document
 * (empty, truncated, not XML, no {@code done}) is a malformed response, never a guessed value.
 * A non-2xx answer without a readable error falls back to the HTTP status's meaning.
 */
public final class AnswerReader {
  private AnswerReader() {}

  /**
   * @param type          the answer's shape
   * @param rateLimitWait what an error-60 answer asks to wait: the operation's call interval
   * @param convert       turns the answer into the caller's value; it runs inside the handler so
   *                      that an unreadable value makes the answer malformed
   * @param <T>           the answer type
   * @param <R>           the value type
   * @return a handler that converts the answer when {@code done} is true and throws otherwise
   */
  public static <T extends Answers.Envelope, R> ResponseHandler<R> handler(Class<T> type, Duration rateLimitWait,
      Function<T, R> convert) {
    return response -> convert.apply(read(response, type, rateLimitWait));
  }

  private static <T extends Answers.Envelope> T read(InboundResponse r, Class<T> type, Duration rateLimitWait)
      throws IOException {
    byte[] body = r.bytes();
    T answer;
    try {
      answer = Mappers.readXml(body, type);
    } catch (JsonProcessingException e) {
      if (!r.isSuccessful()) {
        throw r.errorForStatus(null, null, rateLimitWait);
      }
      throw e;
    }
    Optional<Boolean> done = answer == null ? Optional.empty() : Fields.optionalFlag("done", answer.done);
    if (done.isEmpty()) {
      if (!r.isSuccessful()) {
        throw r.errorForStatus(null, null, rateLimitWait);
      }
      throw r.malformed("the answer has no <done> element: not a Things Mobile <result>");
    }
    if (!done.get()) {
      throw error(r, answer, rateLimitWait);
    }
    if (!r.isSuccessful()) {
      throw r.errorForStatus(null, null, rateLimitWait);
    }
    return answer;
  }

  private static SimApiException error(InboundResponse r, Answers.Envelope answer, Duration rateLimitWait) {
    String code = Fields.text(answer.errorCode).orElse(null);
    String message = Fields.text(answer.errorMessage).or(() -> Fields.text(answer.message)).orElse(null);
    ErrorDetails d = r.details(code, message);
    if (code == null) {
      return new ProviderErrorException(d, "the answer says done=false without an error code", null);
    }
    return switch (code) {
      case "10" -> new ProviderErrorException(d, "generic error", null);
      case "20" -> new InvalidRequestException(d, "input error", null);
      // "user error": the username or token was not accepted.
      case "30" -> new AuthenticationException(d, "user error: check the username and token", null);
      // "sim error"; the sandbox describes it as "sim not found or not available".
      case "40" -> new NotFoundException(d, "sim error: the SIM was not found or is not available to this account",
          null);
      case "50" -> new ProviderErrorException(d, "shared credit account error", null);
      // "too many requests" carries no hint: wait the operation's documented interval.
      case "60" -> new RateLimitedException(d, rateLimitWait, false, null);
      case "70" -> new InvalidRequestException(d, "pagination not valid", null);
      case "80" -> new InvalidRequestException(d, "CDR error", null);
      case "90" -> new InvalidRequestException(d, "credit history error", null);
      default -> new ProviderErrorException(d, "undocumented error code", null);
    };
  }
}
