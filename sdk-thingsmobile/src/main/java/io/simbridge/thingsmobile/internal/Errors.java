package io.simbridge.thingsmobile.internal;

import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.error.ProviderErrorException;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.internal.http.InboundResponse;
import java.time.Duration;

/** Maps the documented error codes of a {@code done=false} answer to the core error types. */
public final class Errors {
  /** The code of "CDR error", a getCdrPaginated query over the 10,000-CDR cap. */
  public static final String CDR_ERROR = "80";

  /** The code of "credit history error", a credit query over the 5,000-row cap. */
  public static final String CREDIT_HISTORY_ERROR = "90";

  private Errors() {}

  /**
   * @param r             the answer
   * @param code          its {@code errorCode}, {@code null} when it has none
   * @param message       its description, {@code null} when it has none
   * @param rateLimitWait what an error-60 answer asks to wait: the operation's call interval
   * @return the exception to throw
   */
  public static SimApiException of(
      InboundResponse r, String code, String message, Duration rateLimitWait) {
    ErrorDetails d = r.details(code, message);
    if (code == null) {
      return new ProviderErrorException(
          d, "the answer says done=false without an error code", null);
    }
    return switch (code) {
      case "10" -> new ProviderErrorException(d, "generic error", null);
      case "20" -> new InvalidRequestException(d, "input error", null);
      // "user error": the username or token was not accepted.
      case "30" -> new AuthenticationException(d, "user error: check the username and token", null);
      // "sim error"; the sandbox describes it as "sim not found or not available".
      case "40" ->
          new NotFoundException(
              d, "sim error: the SIM was not found or is not available to this account", null);
      case "50" -> new ProviderErrorException(d, "shared credit account error", null);
      // "too many requests" carries no hint: wait the operation's documented interval.
      case "60" -> new RateLimitedException(d, rateLimitWait, false, null);
      case "70" -> new InvalidRequestException(d, "pagination not valid", null);
      case CDR_ERROR -> new InvalidRequestException(d, "CDR error", null);
      case CREDIT_HISTORY_ERROR -> new InvalidRequestException(d, "credit history error", null);
      default -> new ProviderErrorException(d, "undocumented error code", null);
    };
  }
}
