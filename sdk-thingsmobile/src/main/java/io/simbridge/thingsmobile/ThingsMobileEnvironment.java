package io.simbridge.thingsmobile;

/**
 * The two hosts of the Things Mobile business API. The test host is a separate sandbox: nothing
 * done there reaches production, and every call also carries HTTP basic authentication.
 */
public enum ThingsMobileEnvironment {
  /** {@code https://api.thingsmobile.com/services/business-api}. */
  PRODUCTION("https://api.thingsmobile.com/services/business-api", false),
  /** {@code https://test.thingsmobile.com/services/business-api}, under HTTP basic authentication. */
  TEST("https://test.thingsmobile.com/services/business-api", true);

  private final String baseUrl;
  private final boolean basicAuth;

  ThingsMobileEnvironment(String baseUrl, boolean basicAuth) {
    this.baseUrl = baseUrl;
    this.basicAuth = basicAuth;
  }

  /** {@return the base URL every operation name is appended to} */
  public String baseUrl() {
    return baseUrl;
  }

  /** {@return whether calls carry HTTP basic authentication besides the username and token} */
  public boolean usesBasicAuth() {
    return basicAuth;
  }
}
