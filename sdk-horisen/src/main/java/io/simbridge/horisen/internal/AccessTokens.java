package io.simbridge.horisen.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.simbridge.core.config.Secret;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.internal.http.CredentialSource;
import io.simbridge.core.internal.http.HttpExecutor;
import io.simbridge.core.internal.http.InboundResponse;
import io.simbridge.core.internal.http.OperationSpec;
import io.simbridge.core.internal.http.OutboundRequest;
import io.simbridge.core.internal.http.Redactor;
import io.simbridge.core.internal.http.TokenCache;
import io.simbridge.core.internal.http.TransportOptions;
import io.simbridge.core.internal.parse.MalformedFieldException;
import io.simbridge.core.internal.parse.Mappers;
import io.simbridge.horisen.internal.JsonValues.StringOnly;
import io.simbridge.horisen.internal.JsonValues.Text;
import io.simbridge.horisen.internal.JsonValues.Whole;
import io.simbridge.horisen.model.HorisenOperation;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

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

  /**
   * Tokens obtained with the client credentials grant, kept until shortly before they expire and
   * fetched once however many threads need one.
   *
   * @param http         the client's executor
   * @param options      the transport options
   * @param redactor     the client's redactor, which learns the secret
   * @param tokenUrl     the token endpoint
   * @param clientId     the client ID
   * @param clientSecret the client secret
   * @return the credential source
   */
  public static CredentialSource clientCredentials(
      HttpExecutor http,
      TransportOptions options,
      Redactor redactor,
      String tokenUrl,
      String clientId,
      Secret clientSecret) {
    redactor.addSecret(clientSecret.reveal());
    return new TokenCache(
        new AccessTokens(http, tokenUrl, clientId, clientSecret),
        http,
        options.callTimeout(),
        http.details(HorisenOperation.OAUTH2_ACCESS_TOKEN.wireName()));
  }

  /**
   * A token given as is, never renewed.
   *
   * @param redactor the client's redactor, which learns the token
   * @param token    the token
   * @return the credential source
   */
  public static CredentialSource fixed(Redactor redactor, Secret token) {
    redactor.addSecret(token.reveal());
    return CredentialSource.fixed(token.reveal());
  }

  /**
   * Tokens from the caller's supplier, asked for every call; each is masked while in use.
   *
   * @param redactor the client's redactor, which learns each token
   * @param supplier the caller's supplier
   * @return the credential source
   */
  public static CredentialSource supplied(Redactor redactor, Supplier<String> supplier) {
    return CredentialSource.supplied(
        () -> {
          String token = supplier.get();
          redactor.addTemporarySecret(token);
          return token;
        });
  }

  @Override
  public TokenCache.Token fetch() {
    OutboundRequest request =
        OutboundRequest.post(tokenUrl)
            .header("Accept", "application/json")
            .urlEncodedForm()
            .field("grant_type", "client_credentials")
            .field("client_id", clientId)
            .field("client_secret", clientSecret.reveal())
            .build();
    return http.execute(
        OperationSpec.of(HorisenOperation.OAUTH2_ACCESS_TOKEN), request, AccessTokens::read);
  }

  private static TokenCache.Token read(InboundResponse response) throws IOException {
    if (!response.isSuccessful()) {
      throw refusal(response);
    }
    if (!(JsonValues.readObject(TokenAnswerReader.READER, response.bytes())
        instanceof TokenAnswer answer)) {
      throw response.malformed("the token answer is not a JSON object");
    }
    String token =
        answer.accessToken.orElseThrow(
            () -> new MalformedFieldException("access_token", "is missing"));
    if (!travelsInAHeader(token)) {
      // Never quoted: the value is a credential.
      throw new MalformedFieldException(
          "access_token", "has a character an HTTP header cannot carry");
    }
    Optional<String> type = answer.tokenType;
    if (type.isPresent() && !type.get().toLowerCase(Locale.ROOT).equals("bearer")) {
      throw response.malformed(
          "token_type is '" + type.get() + "'; only Bearer tokens are supported");
    }
    Optional<Duration> lifetime =
        answer.expiresIn.stream().mapToObj(s -> Duration.ofSeconds(Math.max(0, s))).findFirst();
    return new TokenCache.Token(token, lifetime);
  }

  /**
   * @param token a bearer token
   * @return whether it can be sent in an {@code Authorization} header. RFC 6750 allows letters, digits and {@code -._~+/=} in a bearer token; any visible ASCII
   * character is accepted here (tolerant reading), anything else would be refused by the HTTP
   * client only once the token is sent, outside any answer's handling.
   */
  public static boolean travelsInAHeader(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }

  /** The token endpoint's answer; unknown members are ignored. */
  public static final class TokenAnswer {
    /** {@code access_token}. */
    @JsonProperty("access_token")
    @JsonDeserialize(using = StringOnly.class)
    public Optional<String> accessToken = Optional.empty();

    /** {@code token_type}. */
    @JsonProperty("token_type")
    @JsonDeserialize(using = Text.class)
    public Optional<String> tokenType = Optional.empty();

    /** {@code expires_in}, in seconds. */
    @JsonProperty("expires_in")
    @JsonDeserialize(using = Whole.class)
    public OptionalLong expiresIn = OptionalLong.empty();
  }

  /** A 400, 401 or 403 from the token endpoint means the client credentials were refused. */
  private static SimApiException refusal(InboundResponse response) throws IOException {
    SimApiException e = Errors.from(response);
    int s = response.status();
    if ((s == 400 || s == 401 || s == 403) && !(e instanceof AuthenticationException)) {
      return new AuthenticationException(
          e.details(), "the token endpoint refused the client credentials", null);
    }
    return e;
  }

  /** Built on the first token fetch: a client given its token never pays for it at start-up. */
  private static final class TokenAnswerReader {
    static final ObjectReader READER = Mappers.json().readerFor(TokenAnswer.class);
  }
}
