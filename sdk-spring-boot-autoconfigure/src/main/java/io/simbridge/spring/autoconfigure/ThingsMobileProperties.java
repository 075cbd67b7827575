package io.simbridge.spring.autoconfigure;

/** Things Mobile settings, {@code simbridge.thingsmobile.*}: username and token are required. */
public class ThingsMobileProperties extends CommonProviderProperties {
  /** The username of your Things Mobile portal (secret). */
  private String username;

  /** The API token from the portal's profile section (secret). */
  private String token;

  /** production (default) or test (the sandbox host, under HTTP basic authentication). */
  private String environment;

  /** The test host's basic-auth user (default test). */
  private String testBasicAuthUser;

  /** The test host's basic-auth password (secret). */
  private String testBasicAuthPassword;

  /** The zone of the API's dates, such as Europe/Rome (the default). */
  private String zone;

  /** For binding. */
  public ThingsMobileProperties() {}

  /** @return the username of your Things Mobile portal (secret), or null when unset */
  public String getUsername() {
    return username;
  }

  /** @param username the username of your Things Mobile portal (secret) */
  public void setUsername(String username) {
    this.username = username;
  }

  /** @return the API token from the portal's profile section (secret), or null when unset */
  public String getToken() {
    return token;
  }

  /** @param token the API token from the portal's profile section (secret) */
  public void setToken(String token) {
    this.token = token;
  }

  /** @return production (default) or test (the sandbox host, under HTTP basic authentication), or null when unset */
  public String getEnvironment() {
    return environment;
  }

  /** @param environment production (default) or test (the sandbox host, under HTTP basic authentication) */
  public void setEnvironment(String environment) {
    this.environment = environment;
  }

  /** @return the test host's basic-auth user (default test), or null when unset */
  public String getTestBasicAuthUser() {
    return testBasicAuthUser;
  }

  /** @param testBasicAuthUser the test host's basic-auth user (default test) */
  public void setTestBasicAuthUser(String testBasicAuthUser) {
    this.testBasicAuthUser = testBasicAuthUser;
  }

  /** @return the test host's basic-auth password (secret), or null when unset */
  public String getTestBasicAuthPassword() {
    return testBasicAuthPassword;
  }

  /** @param testBasicAuthPassword the test host's basic-auth password (secret) */
  public void setTestBasicAuthPassword(String testBasicAuthPassword) {
    this.testBasicAuthPassword = testBasicAuthPassword;
  }

  /** @return the zone of the API's dates, such as Europe/Rome (the default), or null when unset */
  public String getZone() {
    return zone;
  }

  /** @param zone the zone of the API's dates, such as Europe/Rome (the default) */
  public void setZone(String zone) {
    this.zone = zone;
  }
}
