package io.simbridge.m2miportal.internal;

import io.simbridge.core.internal.http.OutboundRequest;
import io.simbridge.core.model.Iccid;
import io.simbridge.m2miportal.model.M2mIportalOperation;
import io.simbridge.m2miportal.model.SendSmsRequest;
import io.simbridge.m2miportal.model.SettableStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Builds each operation's request: a {@code POST} to the API's one address of an XML document,
 * with every value (a password holding {@code <}, {@code &} or quotes, an SMS text) escaped:
 *
 * <pre>{@code
 * <query_contract version="1" api_id="...">
 *   <authentication><username>...</username><password>...</password></authentication>
 *   <iccid>...</iccid>
 *   ...operation elements, in documented order...
 * </query_contract>
 * }</pre>
 *
 * <p>Written compactly, without an XML declaration, in UTF-8 (the XML default), as in the
 * provider's examples.
 */
public final class Requests {
  private static final String MEDIA_TYPE = "application/xml";

  private final String url;
  private final Credentials credentials;

  /**
   * An element after {@code <iccid>}.
   *
   * @param name  its name
   * @param value its text
   */
  record Element(String name, String value) {
    /**
     * Validates the record.
     *
     * @param name  its name
     * @param value its text
     */
    Element {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value of " + name);
    }
  }

  /**
   * Builds requests to one address for one account.
   *
   * @param url         the API's address
   * @param credentials the account every request carries
   */
  public Requests(String url, Credentials credentials) {
    this.url = Objects.requireNonNull(url, "url");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  /**
   * An information request that names nothing but the SIM.
   *
   * @param operation one of the information requests without elements of their own
   * @param iccid     the SIM
   * @return the request
   */
  public OutboundRequest query(M2mIportalOperation operation, Iccid iccid) {
    if (operation.isWrite() || operation == M2mIportalOperation.QUERY_SMS_MT_DETAILS) {
      throw new IllegalArgumentException(operation.wireName() + " takes elements of its own");
    }
    return post(operation, iccid, List.of());
  }

  /**
   * {@code query_sms_mt_details}.
   *
   * @param iccid the SIM
   * @param lastx how many, checked; the provider's default (the most recent) when empty
   * @return the request
   */
  public OutboundRequest smsMtDetails(Iccid iccid, OptionalInt lastx) {
    List<Element> extras =
        lastx.isPresent()
            ? List.of(new Element("lastx", Integer.toString(lastx.getAsInt())))
            : List.of();
    return post(M2mIportalOperation.QUERY_SMS_MT_DETAILS, iccid, extras);
  }

  /**
   * {@code set_status}.
   *
   * @param iccid  the SIM
   * @param status the status to set
   * @return the request
   */
  public OutboundRequest setStatus(Iccid iccid, SettableStatus status) {
    return post(
        M2mIportalOperation.SET_STATUS, iccid, List.of(new Element("status", status.wireValue())));
  }

  /**
   * {@code set_group}.
   *
   * @param iccid     the SIM
   * @param groupCode the group code, checked
   * @return the request
   */
  public OutboundRequest setGroup(Iccid iccid, String groupCode) {
    return post(M2mIportalOperation.SET_GROUP, iccid, List.of(new Element("group", groupCode)));
  }

  /**
   * {@code send_sms}: the elements in documented order, optional ones only when set.
   *
   * @param iccid   the SIM
   * @param request the message, checked when it was created
   * @return the request
   */
  public OutboundRequest sendSms(Iccid iccid, SendSmsRequest request) {
    List<Element> extras = new ArrayList<>(4);
    extras.add(new Element("message_text", request.messageText()));
    request.dataCoding().ifPresent(c -> extras.add(new Element("data_coding", c.wireValue())));
    request.origin().ifPresent(o -> extras.add(new Element("origin", o)));
    request.smsUid().ifPresent(u -> extras.add(new Element("sms_uid", u)));
    return post(M2mIportalOperation.SEND_SMS, iccid, extras);
  }

  private OutboundRequest post(M2mIportalOperation operation, Iccid iccid, List<Element> extras) {
    return OutboundRequest.post(url)
        .header("Accept", MEDIA_TYPE)
        .body(write(operation, credentials, iccid, extras), MEDIA_TYPE)
        .build();
  }

  /**
   * @param operation the operation, which names the root element
   * @param account   the credentials
   * @param iccid     the SIM
   * @param extras    the operation's own elements, in order
   * @return the document, UTF-8
   */
  static byte[] write(
      M2mIportalOperation operation, Credentials account, Iccid iccid, List<Element> extras) {
    // Written by hand, escaping as the JDK's StAX writer does (the tests pin it down): that writer
    // and its factory, created per request, were 5 KB of the 48 KB a query allocated.
    StringBuilder out = new StringBuilder(320);
    out.append('<').append(operation.wireName()).append(" version=\"1\" api_id=\"");
    escape(out, account.apiId().reveal(), true);
    out.append("\"><authentication>");
    element(out, "username", account.username().reveal());
    element(out, "password", account.password().reveal());
    out.append("</authentication>");
    element(out, "iccid", iccid.value());
    for (Element e : extras) {
      element(out, e.name(), e.value());
    }
    out.append("</").append(operation.wireName()).append('>');
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void element(StringBuilder out, String name, String text) {
    out.append('<').append(name).append('>');
    escape(out, text, false);
    out.append("</").append(name).append('>');
  }

  /**
   * Markup characters as entities; in an attribute, the double quote too. Carriage return and form
   * feed as character references: a literal carriage return would reach the provider as a line feed
   * (XML end-of-line handling). A form feed (U+000C, GSM extension table, which SendSmsRequest
   * accepts) cannot be written literally at all. Reading chosen (issue 15): send it as &#12; rather
   * than refuse it or drop it. XML 1.0 does not allow &#12; either, but it is the one spelling the
   * character has, refusing would reject text the provider documents as sendable, and dropping it
   * would change the message silently; so the provider's parser decides. Every other value was
   * checked to hold XML characters only before it got here.
   */
  private static void escape(StringBuilder out, String text, boolean attribute) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\r', '\f' -> out.append("&#").append((int) c).append(';');
        default -> out.append(c);
      }
    }
  }
}
