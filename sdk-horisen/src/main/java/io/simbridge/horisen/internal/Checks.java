package io.simbridge.horisen.internal;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.check.InputChecks;
import io.simbridge.core.internal.http.Urls;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What is checked before anything is sent to HORISEN, besides what the model's requests and
 * filters check of themselves: the client's settings and each report's arguments.
 */
public final class Checks {
  private static final Pattern DOMAIN =
      Pattern.compile(
          "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*");

  private Checks() {}

  /**
   * Checks a platform domain.
   *
   * @param domain the domain, such as {@code example.com}
   * @return it
   * @throws InvalidInputException if it is not a domain name
   */
  public static String platformDomain(String domain) {
    Objects.requireNonNull(domain, "platformDomain");
    if (!DOMAIN.matcher(domain).matches()) {
      throw new InvalidInputException(
          "platformDomain",
          "'" + domain + "' is not a domain name",
          "a domain name such as example.com, without scheme, port or path");
    }
    return domain;
  }

  /**
   * Checks a credential or another required text.
   *
   * @param field the field's name
   * @param value the value
   * @return it
   * @throws InvalidInputException if it is blank
   */
  public static String text(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidInputException(field, "is blank", "a non-blank value");
    }
    return value;
  }

  /**
   * Checks an access token given as is.
   *
   * @param token the bearer token
   * @return it
   * @throws IllegalArgumentException if it holds a character a header cannot carry
   */
  public static String accessToken(String token) {
    if (!AccessTokens.travelsInAHeader(text("accessToken", token))) {
      throw new IllegalArgumentException(
          "accessToken must be visible ASCII characters only (RFC 6750 allows "
              + "letters, digits and -._~+/=); it has a space or another character a header cannot carry");
    }
    return token;
  }

  /**
   * Checks a page size.
   *
   * @param rows the rows per page to ask for
   * @return it
   * @throws InvalidInputException if it is less than 1
   */
  public static int pageSize(int rows) {
    if (rows < 1) {
      throw new InvalidInputException("pageSize", "is " + rows, "1 or more");
    }
    return rows;
  }

  /**
   * Checks that exactly one way to authenticate was set.
   *
   * @param ways how many were set
   * @throws InvalidInputException if none or several were
   */
  public static void oneWayToAuthenticate(int ways) {
    if (ways != 1) {
      throw new InvalidInputException(
          "credentials",
          ways == 0 ? "none is set" : "more than one is set",
          "exactly one of clientCredentials(id, secret), accessToken(token) or accessTokenSupplier(supplier)");
    }
  }

  /**
   * The API's base URL: the one given, else derived from the platform domain.
   *
   * @param override       the base URL given, if any
   * @param platformDomain the platform domain, {@code null} if not set
   * @param separator      how host names join the platform domain
   * @param insecureHttp   whether plain HTTP is allowed
   * @return the checked URL
   * @throws InvalidInputException if neither is set, or the URL is not allowed
   */
  public static String baseUrl(
      Optional<String> override, String platformDomain, String separator, boolean insecureHttp) {
    if (override.isEmpty() && platformDomain == null) {
      throw new InvalidInputException(
          "platformDomain", "is not set", "platformDomain(\"example.com\"), or baseUrl(...)");
    }
    return Urls.requireAllowed(
        "baseUrl",
        override.orElseGet(
            () -> "https://api" + separator + platformDomain + "/bulk/traffic-report/v2"),
        insecureHttp);
  }

  /**
   * The OAuth2 token URL: the one given, else derived from the platform domain.
   *
   * @param tokenUrl       the token URL given, {@code null} if not set
   * @param platformDomain the platform domain, {@code null} if not set
   * @param separator      how host names join the platform domain
   * @param insecureHttp   whether plain HTTP is allowed
   * @return the checked URL
   * @throws InvalidInputException if neither is set, or the URL is not allowed
   */
  public static String tokenUrl(
      String tokenUrl, String platformDomain, String separator, boolean insecureHttp) {
    if (tokenUrl == null && platformDomain == null) {
      throw new InvalidInputException(
          "tokenUrl",
          "is not set, and no platform domain to derive it from",
          "tokenUrl(...) or platformDomain(...)");
    }
    return Urls.requireAllowed(
        "tokenUrl",
        tokenUrl != null
            ? tokenUrl
            : "https://accounts" + separator + platformDomain + "/oauth2/access-token",
        insecureHttp);
  }

  /**
   * Checks an invoice ID.
   *
   * @param invoiceId the invoice ID
   * @return it
   * @throws InvalidInputException if it is not positive
   */
  static long invoiceId(long invoiceId) {
    if (invoiceId < 1) {
      throw new InvalidInputException("invoiceId", "is " + invoiceId, "a positive invoice ID");
    }
    return invoiceId;
  }

  /**
   * Checks a report's period of days.
   *
   * @param startDate the first day
   * @param endDate   the last day
   * @throws InvalidInputException if a day is out of range or the start is after the end
   */
  static void period(LocalDate startDate, LocalDate endDate) {
    InputChecks.date("startDate", startDate);
    InputChecks.date("endDate", endDate);
    if (startDate.isAfter(endDate)) {
      throw new InvalidInputException(
          "startDate",
          startDate + " is after endDate " + endDate,
          "a start date not after the end date");
    }
  }
}
