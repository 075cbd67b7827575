package io.simbridge.freebit.internal;

import io.simbridge.core.config.Secret;
import io.simbridge.core.internal.http.TransportOptions;
import io.simbridge.core.internal.http.CredentialSource;
import io.simbridge.core.internal.http.HttpExecutor;
import io.simbridge.core.internal.http.OperationSpec;
import io.simbridge.core.internal.http.OutboundRequest;
import io.simbridge.core.internal.http.Redactor;
import io.simbridge.core.internal.http.TokenCache;
import io.simbridge.core.internal.parse.Fields;
import io.simbridge.core.internal.parse.Mappers;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.freebit.RequestEncoding;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.freebit.model.TrafficInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * freebit's wire protocol behind {@link FreebitClient}: paths, request encoding, credentials
 * (a fixed {@code authKey}, or one obtained through OEM authentication and kept until freebit
 * rejects it), and the operations as the transport knows them. Thread-safe.
 */
public final class FreebitApi implements AutoCloseable {
  /** The provider id. */
  public static final String PROVIDER = "freebit";

  static final String AUTH_OEM_PATH = "/emptool/api/authOem/";
  static final String TRAFFIC_INFO_PATH = "/emptool/api/mvno/getTrafficInfo/";
  /** The form field public integrations put the JSON document in. */
  static final String JSON_FIELD = "json";

  // Both are reads: obtaining a key or reading traffic twice changes nothing at freebit.
  private static final OperationSpec AUTH_OEM = OperationSpec.read("authOem");
  private static final OperationSpec GET_TRAFFIC_INFO = OperationSpec.read(FreebitClient.GET_TRAFFIC_INFO)
      .withMinInterval(FreebitClient.DEFAULT_TRAFFIC_INFO_INTERVAL);

  private final String baseUrl;
  private final RequestEncoding encoding;
  private final HttpExecutor http;
  private final CredentialSource credentials;

  private FreebitApi(String baseUrl, TransportOptions options, RequestEncoding encoding, Secret authKey,
      String oemId, Secret oemKey) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.encoding = Objects.requireNonNull(encoding, "encoding");
    Redactor redactor = Redactor.of(options.maskSubscriberIdsInLogs(), "authKey", "oemKey");
    this.http = HttpExecutor.create(PROVIDER, options, redactor);
    if (authKey != null) {
      redactor.addSecret(authKey.reveal());
      this.credentials = CredentialSource.fixed(authKey.reveal());
    } else {
      redactor.addSecret(oemKey.reveal());
      // freebit documents no lifetime: the key is kept until a call answers 205.
      this.credentials = new TokenCache(() -> new TokenCache.Token(authOem(oemId, oemKey), Optional.empty()),
          http, options.callTimeout(), http.details(AUTH_OEM.name()));
    }
  }

  /**
   * @param baseUrl  the checked base URL, without trailing slash
   * @param options  the transport options
   * @param encoding how the JSON document is sent
   * @param authKey  the key every call carries
   * @return the API
   */
  public static FreebitApi withAuthKey(String baseUrl, TransportOptions options, RequestEncoding encoding,
      Secret authKey) {
    return new FreebitApi(baseUrl, options, encoding, Objects.requireNonNull(authKey, "authKey"), null, null);
  }

  /**
   * @param baseUrl  the checked base URL, without trailing slash
   * @param options  the transport options
   * @param encoding how the JSON document is sent
   * @param oemId    the OEM id
   * @param oemKey   the OEM key
   * @return the API, which obtains its key through OEM authentication on first use
   */
  public static FreebitApi withOemCredentials(String baseUrl, TransportOptions options, RequestEncoding encoding,
      String oemId, Secret oemKey) {
    return new FreebitApi(baseUrl, options, encoding, null, Objects.requireNonNull(oemId, "oemId"),
        Objects.requireNonNull(oemKey, "oemKey"));
  }

  /**
   * PA05-01: traffic information of one account. The key is authenticated again and the call
   * replayed once if freebit answers 205 and the key came from OEM authentication.
   *
   * @param account the account, already validated
   * @return the traffic information
   */
  public TrafficInfo getTrafficInfo(FreebitAccount account) {
    Objects.requireNonNull(account, "account");
    return http.execute(GET_TRAFFIC_INFO, credentials,
        authKey -> request(TRAFFIC_INFO_PATH, json().put("authKey", authKey).put("account", account.value())),
        r -> TrafficInfoParser.parse(account, ResultCodes.checkTrafficInfo(r)));
  }

  private String authOem(String oemId, Secret oemKey) {
    return http.execute(AUTH_OEM,
        request(AUTH_OEM_PATH, json().put("oemId", oemId).put("oemKey", oemKey.reveal())),
        r -> Fields.requireText("authKey", ResultCodes.checkAuthOem(r).authKey()));
  }

  private static ObjectNode json() {
    return Mappers.json().createObjectNode();
  }

  private OutboundRequest request(String path, ObjectNode document) {
    String text;
    try {
      text = Mappers.json().writeValueAsString(document);
    } catch (JsonProcessingException e) {
      // A tree of plain strings always serialises.
      throw new UncheckedIOException(e);
    }
    OutboundRequest.Builder b = OutboundRequest.post(baseUrl + path).header("Accept", "application/json");
    return switch (encoding) {
      case FORM_FIELD_JSON -> b.multipartForm().field(JSON_FIELD, text).build();
      case JSON_BODY -> b.body(text.getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8").build();
    };
  }

  /** @return the base URL calls go to */
  public String baseUrl() {
    return baseUrl;
  }

  /** @return how the JSON document is sent */
  public RequestEncoding encoding() {
    return encoding;
  }

  /** Stops new calls. */
  @Override
  public void close() {
    http.close();
  }
}
