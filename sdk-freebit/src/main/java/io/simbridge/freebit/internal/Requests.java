package io.simbridge.freebit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.simbridge.core.internal.http.OutboundRequest;
import io.simbridge.core.internal.parse.Mappers;
import io.simbridge.freebit.model.FreebitAccount;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Builds freebit's wire requests: a POST of a JSON document to the operation's path, sent as a
 * form field (as public integrations do) or as the whole body. Immutable.
 */
public final class Requests {
  static final String AUTH_OEM_PATH = "/emptool/api/authOem/";
  static final String TRAFFIC_INFO_PATH = "/emptool/api/mvno/getTrafficInfo/";

  /** The form field public integrations put the JSON document in. */
  static final String JSON_FIELD = "json";

  private final String baseUrl;
  private final boolean jsonBody;

  /**
   * Creates the request builder of one client.
   *
   * @param baseUrl  the checked base URL, without trailing slash
   * @param jsonBody {@code true} to send the document as the whole body, {@code false} as the
   *                 form field {@code json}
   */
  public Requests(String baseUrl, boolean jsonBody) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.jsonBody = jsonBody;
  }

  /**
   * The OEM authentication request.
   *
   * @param oemId  the OEM id
   * @param oemKey the OEM key, in clear (the transport's redactor masks it)
   * @return the request
   */
  public OutboundRequest authOem(String oemId, String oemKey) {
    return request(AUTH_OEM_PATH, json().put("oemId", oemId).put("oemKey", oemKey));
  }

  /**
   * The PA05-01 traffic-information request of one account.
   *
   * @param authKey the authentication key
   * @param account the account, already validated
   * @return the request
   */
  public OutboundRequest getTrafficInfo(String authKey, FreebitAccount account) {
    return request(
        TRAFFIC_INFO_PATH, json().put("authKey", authKey).put("account", account.value()));
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
    OutboundRequest.Builder b =
        OutboundRequest.post(baseUrl + path).header("Accept", "application/json");
    return jsonBody
        ? b.body(text.getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8").build()
        : b.multipartForm().field(JSON_FIELD, text).build();
  }
}
