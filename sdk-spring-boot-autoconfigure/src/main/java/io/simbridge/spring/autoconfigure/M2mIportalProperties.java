package io.simbridge.spring.autoconfigure;

/** M2M iPortal settings, {@code simbridge.m2miportal.*}: username, password and api-id, all required. */
public class M2mIportalProperties extends CommonProviderProperties {
  /** The API user name (secret). */
  private String username;

  /** The API password (secret). */
  private String password;

  /** The API account identifier, api_id (secret). */
  private String apiId;

  /** For binding. */
  public M2mIportalProperties() {}

  /** @return the API user name (secret), or null when unset */
  public String getUsername() {
    return username;
  }

  /** @param username the API user name (secret) */
  public void setUsername(String username) {
    this.username = username;
  }

  /** @return the API password (secret), or null when unset */
  public String getPassword() {
    return password;
  }

  /** @param password the API password (secret) */
  public void setPassword(String password) {
    this.password = password;
  }

  /** @return the API account identifier, api_id (secret), or null when unset */
  public String getApiId() {
    return apiId;
  }

  /** @param apiId the API account identifier, api_id (secret) */
  public void setApiId(String apiId) {
    this.apiId = apiId;
  }
}
