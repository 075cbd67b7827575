package io.simbridge.spring.autoconfigure;

/** HORISEN settings, {@code simbridge.horisen.*}: client-id with client-secret, or access-token. */
public class HorisenProperties extends CommonProviderProperties {
  /** Your platform domain, such as example.com (required unless base-url and token-url are set). */
  private String platformDomain;

  /** dot (default) or hyphen: api.example.com or api-example.com. */
  private String separator;

  /** OAuth2 client ID (client credentials grant). */
  private String clientId;

  /** OAuth2 client secret (secret). */
  private String clientSecret;

  /** OAuth2 token endpoint (default https://accounts{separator}{platform-domain}/oauth2/access-token). */
  private String tokenUrl;

  /** A bearer token to use instead of client credentials, never renewed (secret). */
  private String accessToken;

  /** Rows per page to ask for (default: the server's). */
  private Integer pageSize;

  /** For binding. */
  public HorisenProperties() {}

  /** @return your platform domain, such as example.com (required unless base-url and token-url are set), or null when unset */
  public String getPlatformDomain() {
    return platformDomain;
  }

  /** @param platformDomain your platform domain, such as example.com (required unless base-url and token-url are set) */
  public void setPlatformDomain(String platformDomain) {
    this.platformDomain = platformDomain;
  }

  /** @return dot (default) or hyphen: api.example.com or api-example.com, or null when unset */
  public String getSeparator() {
    return separator;
  }

  /** @param separator dot (default) or hyphen: api.example.com or api-example.com */
  public void setSeparator(String separator) {
    this.separator = separator;
  }

  /** @return oAuth2 client ID (client credentials grant), or null when unset */
  public String getClientId() {
    return clientId;
  }

  /** @param clientId oAuth2 client ID (client credentials grant) */
  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  /** @return oAuth2 client secret (secret), or null when unset */
  public String getClientSecret() {
    return clientSecret;
  }

  /** @param clientSecret oAuth2 client secret (secret) */
  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  /** @return oAuth2 token endpoint (default https://accounts{separator}{platform-domain}/oauth2/access-token), or null when unset */
  public String getTokenUrl() {
    return tokenUrl;
  }

  /** @param tokenUrl oAuth2 token endpoint (default https://accounts{separator}{platform-domain}/oauth2/access-token) */
  public void setTokenUrl(String tokenUrl) {
    this.tokenUrl = tokenUrl;
  }

  /** @return a bearer token to use instead of client credentials, never renewed (secret), or null when unset */
  public String getAccessToken() {
    return accessToken;
  }

  /** @param accessToken a bearer token to use instead of client credentials, never renewed (secret) */
  public void setAccessToken(String accessToken) {
    this.accessToken = accessToken;
  }

  /** @return rows per page to ask for (default: the server's), or null when unset */
  public Integer getPageSize() {
    return pageSize;
  }

  /** @param pageSize rows per page to ask for (default: the server's) */
  public void setPageSize(Integer pageSize) {
    this.pageSize = pageSize;
  }
}
