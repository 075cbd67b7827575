package io.simbridge.horisen.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.error.ProviderErrorException;
import io.simbridge.core.error.ServiceUnavailableException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.internal.http.InboundResponse;
import io.simbridge.core.internal.parse.Mappers;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps the API's error answers ({@code {"Code": ..., "Message": ...}}, model 4.9) to simbridge
 * exceptions. A documented key (such as {@code MAX_EXECUTION_TIME_EXCEEDED}, with or without the
 * {@code BULK_TRAFFIC_REPORT_API_V2:} prefix) is looked for in {@code Code} first, then in
 * {@code Message}: the error list shows keys as the body, but model 4.9 types {@code Code} as an
 * integer, so a server that follows the model sends {@code {"Code":500,"Message":"BULK_..._V2:KEY"}}.
 * The code and the message are kept in the exception as sent. Member names are read whatever their
 * case ({@code Code}, {@code code}, {@code CODE}); the code may be a string or a number.
 */
final class Errors {
  /** The wait a 429 without {@code Retry-After} implies; HORISEN documents none. */
  private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(1);

  private enum Kind {
    AUTHENTICATION,
    INVALID_REQUEST,
    NOT_FOUND,
    SERVER_FAILURE,
    TOO_EXPENSIVE
  }

  private static final Map<String, Kind> CODES =
      Map.ofEntries(
          // 4.9 error list
          Map.entry("NOT_AUTHORIZED", Kind.AUTHENTICATION),
          Map.entry("REQUEST_ERROR", Kind.INVALID_REQUEST),
          Map.entry("BULK_RATES_SETTINGS_NOTFOUND", Kind.NOT_FOUND),
          // "BULK_GATE instance not found." and "Internal server error.": both server-side failures
          // (HTTP 500) that a read may retry, so ServiceUnavailableException although the body is
          // recognised.
          Map.entry("INT_APP_ERROR", Kind.SERVER_FAILURE),
          // 3.3 overall traffic report errors
          Map.entry("BULK_SETTINGS_NOT_FOUND", Kind.NOT_FOUND),
          Map.entry("START_DT_MISSING", Kind.INVALID_REQUEST),
          Map.entry("END_DT_MISSING", Kind.INVALID_REQUEST),
          Map.entry("START_DT_AFTER_END_DT", Kind.INVALID_REQUEST),
          Map.entry("UNSUPPORTED_GRAIN", Kind.INVALID_REQUEST),
          Map.entry("UNSUPPORTED_EMBEDDED_FIELD", Kind.INVALID_REQUEST),
          Map.entry("UNSUPPORTED_GROUP_BY_FIELD", Kind.INVALID_REQUEST),
          // The same parameters would exceed the limit again: not retried, and the caller is told
          // how to make the report cheaper.
          Map.entry("MAX_EXECUTION_TIME_EXCEEDED", Kind.TOO_EXPENSIVE));

  private static final Pattern NOT_KEY_CHARACTERS = Pattern.compile("[^A-Za-z0-9_]+");

  /** A provider error as the answer stated it; either part may be {@code null}. */
  record ProviderError(String code, String message) {}

  private Errors() {}

  /**
   * @param response an unsuccessful answer
   * @return the exception it means
   * @throws IOException if its body cannot be read
   */
  static SimApiException from(InboundResponse response) throws IOException {
    Optional<ProviderError> error = Optional.empty();
    try {
      error = read(Mappers.json().readTree(response.bytes()));
    } catch (JsonProcessingException e) {
      // Not JSON (a gateway's HTML page): the status decides, and the message quotes the body.
    }
    return error
        .map(e -> from(response, e))
        .orElseGet(() -> response.errorForStatus(null, null, DEFAULT_RATE_LIMIT_WAIT));
  }

  static SimApiException from(InboundResponse response, ProviderError error) {
    Kind kind = keyIn(error.code()).or(() -> keyIn(error.message())).orElse(null);
    if (kind == null) {
      return response.errorForStatus(error.code(), error.message(), DEFAULT_RATE_LIMIT_WAIT);
    }
    ErrorDetails d = response.details(error.code(), error.message());
    return switch (kind) {
      case AUTHENTICATION -> new AuthenticationException(d);
      case INVALID_REQUEST -> new InvalidRequestException(d);
      case NOT_FOUND -> new NotFoundException(d);
      case SERVER_FAILURE ->
          new ServiceUnavailableException(
              d, null, null, response.retryAfter().orElse(Duration.ZERO));
      case TOO_EXPENSIVE ->
          new ProviderErrorException(
              d,
              "the report exceeded the server's execution time; narrow the "
                  + "period, use grain=day or group by fewer fields",
              null);
    };
  }

  /**
   * @param response an answer
   * @param root     its JSON tree, may be {@code null}
   * @return the exception for the error it states, empty if it states none (see {@link #read})
   */
  static Optional<SimApiException> stated(InboundResponse response, JsonNode root) {
    return read(root).map(e -> from(response, e));
  }

  /**
   * @param root a JSON answer, may be {@code null}
   * @return the error it states with {@code Code}/{@code Message} in any case, or the OAuth2
   *     {@code error}/{@code error_description} of the token endpoint; empty if neither
   */
  static Optional<ProviderError> read(JsonNode root) {
    if (root == null || !root.isObject()) {
      return Optional.empty();
    }
    String code = member(root, "code");
    String message = member(root, "message");
    if (code == null && message == null) {
      code = member(root, "error");
      message = member(root, "error_description");
    }
    return code == null && message == null
        ? Optional.empty()
        : Optional.of(new ProviderError(code, message));
  }

  private static String member(JsonNode object, String name) {
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      if (e.getKey().equalsIgnoreCase(name)
          && e.getValue().isValueNode()
          && !e.getValue().isNull()) {
        String text = e.getValue().asText().strip();
        return text.isEmpty() ? null : text;
      }
    }
    return null;
  }

  /**
   * A documented key among the words of a field: keys are words of capitals and underscores,
   * optionally after a {@code BULK_TRAFFIC_REPORT_API_V2:} prefix, which is a word of its own. A
   * prose message ("Not authorized.") holds no such word.
   */
  private static Optional<Kind> keyIn(String field) {
    if (field == null) {
      return Optional.empty();
    }
    for (String word : NOT_KEY_CHARACTERS.split(field, -1)) {
      Kind kind = CODES.get(word.toUpperCase(Locale.ROOT));
      if (kind != null) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
