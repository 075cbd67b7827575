package io.simbridge.m2miportal.internal;

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
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads every answer: {@code <api_outcome>success</api_outcome>} gives the operation's value;
 * any other outcome is a failure carrying the provider's error description.
 *
 * <p>The provider documents no error codes, only the kinds of failure (invalid credentials,
 * unknown identifiers, invalid or missing parameters, values not permitted for the SIM type,
 * insufficient permissions). Keep the lists in step with M2mIportalClient's Javadoc, which
 * documents them. The description is matched, case-insensitively and with
 * underscores read as spaces, against these keywords, in this order:
 * <ol>
 *   <li>{@link AuthenticationException}: {@value #AUTHENTICATION_WORDS};
 *   <li>{@link RateLimitedException}: {@value #RATE_LIMIT_WORDS};
 *   <li>{@link NotFoundException}: {@value #NOT_FOUND_WORDS};
 *   <li>{@link InvalidRequestException}: {@value #INVALID_WORDS};
 *   <li>otherwise {@link ProviderErrorException}, or, for an answer with an HTTP error status,
 *       the type that status means.
 * </ol>
 */
final class Errors {
  /** Keywords of a refused account. */
  static final String AUTHENTICATION_WORDS =
      "authenticat, credential, username, password, api id, unauthori, not authori, permission, access denied, login";

  /** Keywords of a rate limit. */
  static final String RATE_LIMIT_WORDS = "rate limit, too many, throttl";

  /** Keywords of a missing SIM or group; not "unknown" alone: "unknown error" is no missing SIM. */
  static final String NOT_FOUND_WORDS =
      "unknown iccid, unknown msisdn, unknown sim, unknown identifier, unknown group, "
          + "not found, does not exist, no such, not recognised, not recognized";

  /** Keywords of a refused request. */
  static final String INVALID_WORDS =
      "invalid, missing, required, not permitted, not allowed, not supported, "
          + "not available, too long, exceed, malformed";

  /** The provider documents no wait after a rate limit; a minute keeps a fleet poller from insisting. */
  static final Duration RATE_LIMIT_WAIT = Duration.ofMinutes(1);

  /** The failures a description can make clear, in the order they are tried. */
  private enum Kind {
    AUTHENTICATION(AUTHENTICATION_WORDS),
    RATE_LIMITED(RATE_LIMIT_WORDS),
    NOT_FOUND(NOT_FOUND_WORDS),
    INVALID_REQUEST(INVALID_WORDS);

    @SuppressWarnings(
        "ImmutableEnumChecker") // List.of: unmodifiable, though its type does not say so
    private final List<String> words;

    Kind(String list) {
      this.words = List.of(list.split(", "));
    }
  }

  private Errors() {}

  /**
   * @param reader reads a successful answer
   * @param <T>    its value type
   * @return a handler that checks the status and outcome, then reads the answer
   */
  static <T> ResponseHandler<T> handler(Function<Answer, T> reader) {
    return response -> {
      byte[] body = response.bytes();
      if (!response.isSuccessful()) {
        throw failure(response, Answer.tryRead(body));
      }
      Answer answer = Answer.read(body);
      String outcome = Fields.requireText("api_outcome", answer.text("api_outcome").orElse(null));
      if (!outcome.equalsIgnoreCase("success")) {
        throw failure(response, Optional.of(answer));
      }
      return reader.apply(answer);
    };
  }

  private static SimApiException failure(InboundResponse response, Optional<Answer> answer) {
    Optional<String> outcome = answer.flatMap(a -> a.text("api_outcome"));
    String message = answer.flatMap(Answer::errorDescription).orElse(null);
    String code = answer.flatMap(Answer::errorCode).orElse(null);
    ErrorDetails details = response.details(code, message);
    String summary =
        outcome
            .map(o -> "api_outcome '" + o + "'" + (message == null ? ", no error description" : ""))
            .orElse(null);
    Optional<Kind> kind = classify(message);
    if (kind.isEmpty()) {
      return response.isSuccessful()
          ? new ProviderErrorException(details, summary, null)
          : response.errorForStatus(code, message, RATE_LIMIT_WAIT);
    }
    return switch (kind.get()) {
      case AUTHENTICATION -> new AuthenticationException(details, summary, null);
      case RATE_LIMITED ->
          new RateLimitedException(
              details, response.retryAfter().orElse(RATE_LIMIT_WAIT), false, null);
      case NOT_FOUND -> new NotFoundException(details, summary, null);
      case INVALID_REQUEST -> new InvalidRequestException(details, summary, null);
    };
  }

  private static Optional<Kind> classify(String description) {
    if (description == null) {
      return Optional.empty();
    }
    String text = description.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
    for (Kind kind : Kind.values()) {
      if (kind.words.stream().anyMatch(text::contains)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
