package io.simbridge.spring.autoconfigure;

import java.time.Duration;

/**
 * The settings every provider understands ({@code io.simbridge.core.spi.ProviderSettings#COMMON}),
 * written {@code simbridge.<provider>.<key>} as for {@code SimProviders.fromProperties}.
 */
public abstract class CommonProviderProperties {
  /** Send calls to this URL instead of the provider's host (an emulator, a proxy). */
  private String baseUrl;

  /** Time to open a connection, such as 10s. */
  private Duration connectTimeout;

  /** Longest silence while reading, such as 30s. */
  private Duration readTimeout;

  /** Time for one whole attempt, such as 60s. */
  private Duration callTimeout;

  /** Attempts for a read, the first included (1 disables retries). */
  private Integer maxAttempts;

  /** wait (default) or fail-fast when a call limit says it is too early. */
  private String callLimitMode;

  /** true to allow plain HTTP to hosts other than loopback. */
  private Boolean allowInsecureHttp;

  /** For binding. */
  protected CommonProviderProperties() {}

  /** @return the base URL, or null for the provider's host */
  public String getBaseUrl() {
    return baseUrl;
  }

  /** @param baseUrl the base URL */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** @return the connect timeout, or null for the default */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /** @param connectTimeout the connect timeout */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** @return the read timeout, or null for the default */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /** @param readTimeout the read timeout */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /** @return the call timeout, or null for the default */
  public Duration getCallTimeout() {
    return callTimeout;
  }

  /** @param callTimeout the call timeout */
  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /** @return the attempts for a read, or null for the default */
  public Integer getMaxAttempts() {
    return maxAttempts;
  }

  /** @param maxAttempts the attempts for a read */
  public void setMaxAttempts(Integer maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  /** @return wait or fail-fast, or null for wait */
  public String getCallLimitMode() {
    return callLimitMode;
  }

  /** @param callLimitMode wait or fail-fast */
  public void setCallLimitMode(String callLimitMode) {
    this.callLimitMode = callLimitMode;
  }

  /** @return whether plain HTTP to other hosts than loopback is allowed, or null for no */
  public Boolean getAllowInsecureHttp() {
    return allowInsecureHttp;
  }

  /** @param allowInsecureHttp whether plain HTTP to other hosts than loopback is allowed */
  public void setAllowInsecureHttp(Boolean allowInsecureHttp) {
    this.allowInsecureHttp = allowInsecureHttp;
  }
}
