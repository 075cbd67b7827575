package io.simbridge.horisen.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.simbridge.core.config.Secret;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.internal.http.HttpExecutor;
import io.simbridge.core.internal.http.InboundResponse;
import io.simbridge.core.internal.http.OutboundRequest;
import io.simbridge.core.internal.http.TokenCache;
import io.simbridge.core.internal.parse.Fields;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Obtains access tokens with the OAuth 2.0 client credentials grant: a form-encoded
 * {@code grant_type=client_credentials&client_id=...&client_secret=...} POST to the token URL,
 * answered with JSON {@code access_token}, {@code token_type} ({@code Bearer}) and
 * {@code expires_in} (seconds). No refresh token is documented; the {@link TokenCache} around this
 * fetcher asks for a new token shortly before the old one expires and once after a 401.
 */
public final class AccessTokens implements TokenCache.Fetcher {
  private final HttpExecutor http;
  private final String tokenUrl;
  private final String clientId;
  private final Secret clientSecret;

  /**
   * @param http         the client's executor
   * @param tokenUrl     the token endpoint
   * @param clientId     the client ID
   * @param clientSecret the client secret
   */
  public AccessTokens(HttpExecutor http, String tokenUrl, String clientId, Secret clientSecret) {
    this.http = Objects.requireNonNull(http, "http");
    this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
  }

  @Override
  public TokenCache.Token fetch() {
    OutboundRequest request = OutboundRequest.post(tokenUrl)
        .header("Accept", "application/json")
        .urlEncodedForm()
        .field("grant_type", "client_credentials")
        .field("client_id", clientId)
        .field("client_secret", clientSecret.reveal())
        .build();
    return http.execute(Operations.ACCESS_TOKEN, request, AccessTokens::read);
  }

  private static TokenCache.Token read(InboundResponse response) throws IOException {
    if (!response.isSuccessful()) {
      throw refusal(response);
    }
    JsonNode root = JsonFields.parse(response.bytes());
    if (root == null || !root.isObject()) {
      throw response.malformed("the token answer is not a JSON object");
    }
    String token = Fields.requireText("access_token", JsonFields.text(root, "access_token").orElse(null));
    Optional<String> type = JsonFields.text(root, "token_type");
    if (type.isPresent() && !type.get().toLowerCase(Locale.ROOT).equals("bearer")) {
      throw response.malformed("token_type is '" + type.get() + "'; only Bearer tokens are supported");
    }
    Optional<Duration> lifetime = JsonFields.integer(root, "expires_in").stream()
        .mapToObj(s -> Duration.ofSeconds(Math.max(0, s))).findFirst();
    return new TokenCache.Token(token, lifetime);
  }

  /** A 400, 401 or 403 from the token endpoint means the client credentials were refused. */
  private static SimApiException refusal(InboundResponse response) throws IOException {
    SimApiException e = HorisenErrors.from(response);
    int s = response.status();
    if ((s == 400 || s == 401 || s == 403) && !(e instanceof AuthenticationException)) {
      return new AuthenticationException(e.details(), "the token endpoint refused the client credentials", null);
    }
    return e;
  }
}
