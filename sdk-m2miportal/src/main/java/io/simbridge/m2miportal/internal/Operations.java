package io.simbridge.m2miportal.internal;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.check.InputChecks;
import io.simbridge.core.internal.http.HttpExecutor;
import io.simbridge.core.internal.http.OutboundRequest;
import io.simbridge.core.model.ContractTerm;
import io.simbridge.core.model.Iccid;
import io.simbridge.m2miportal.internal.RequestWriter.Element;
import io.simbridge.m2miportal.model.LastMoTraffic;
import io.simbridge.m2miportal.model.MonthToDateUsage;
import io.simbridge.m2miportal.model.SendSmsRequest;
import io.simbridge.m2miportal.model.SettableStatus;
import io.simbridge.m2miportal.model.SmsMtDetail;
import io.simbridge.m2miportal.model.StatusReport;
import io.simbridge.m2miportal.model.UsageLevels;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The client's operations: checks the input, writes the request, sends it through the core
 * transport and reads the answer. Behind {@link io.simbridge.m2miportal.M2mIportalClient}, which
 * documents them.
 */
public final class Operations {
  /** The most SMS {@code query_sms_mt_details} returns. */
  static final int MAX_LASTX = 20;

  private static final String MEDIA_TYPE = "application/xml";

  private final HttpExecutor http;
  private final String url;
  private final Credentials credentials;

  /**
   * @param http        the transport
   * @param url         the API's address
   * @param credentials the account
   */
  public Operations(HttpExecutor http, String url, Credentials credentials) {
    this.http = Objects.requireNonNull(http, "http");
    this.url = Objects.requireNonNull(url, "url");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  /** @param iccid the SIM @return its last MO traffic, empty when it has none */
  public Optional<LastMoTraffic> queryLastMoTraffic(Iccid iccid) {
    return call(M2mOperation.QUERY_LAST_MO_TRAFFIC, iccid, List.of(), Answers::lastMoTraffic);
  }

  /** @param iccid the SIM @return its contract term, empty when it has none */
  public Optional<ContractTerm> queryContract(Iccid iccid) {
    return call(M2mOperation.QUERY_CONTRACT, iccid, List.of(), Answers::contract);
  }

  /** @param iccid the SIM @return its status */
  public StatusReport queryStatus(Iccid iccid) {
    return call(M2mOperation.QUERY_STATUS, iccid, List.of(), Answers::status);
  }

  /** @param iccid the SIM @return its usage this month */
  public MonthToDateUsage queryUsage(Iccid iccid) {
    return call(M2mOperation.QUERY_USAGE, iccid, List.of(), Answers::usage);
  }

  /** @param iccid the SIM @return its usage levels */
  public UsageLevels queryUsageLevels(Iccid iccid) {
    return call(M2mOperation.QUERY_USAGE_LEVELS, iccid, List.of(), Answers::usageLevels);
  }

  /**
   * @param iccid the SIM
   * @param lastx how many, 1 to 20; the provider's default (the most recent) when empty
   * @return the SMS sent to it, newest first
   */
  public List<SmsMtDetail> querySmsMtDetails(Iccid iccid, OptionalInt lastx) {
    List<Element> extras = new ArrayList<>(1);
    if (lastx.isPresent()) {
      int n = lastx.getAsInt();
      if (n < 1 || n > MAX_LASTX) {
        throw new InvalidInputException("lastx", "is " + n, "1 to " + MAX_LASTX);
      }
      extras.add(new Element("lastx", Integer.toString(n)));
    }
    return call(M2mOperation.QUERY_SMS_MT_DETAILS, iccid, extras, Answers::smsMtDetails);
  }

  /** @param iccid the SIM @param status the status to set */
  public void setStatus(Iccid iccid, SettableStatus status) {
    Objects.requireNonNull(status, "status");
    call(M2mOperation.SET_STATUS, iccid, List.of(new Element("status", status.wireValue())), Answers::none);
  }

  /** @param iccid the SIM @param groupCode the group code */
  public void setGroup(Iccid iccid, String groupCode) {
    InputChecks.text("groupCode", groupCode, "the distributor-specific group code (not the group's name)");
    call(M2mOperation.SET_GROUP, iccid, List.of(new Element("group", groupCode)), Answers::none);
  }

  /** @param iccid the SIM @param request the message */
  public void sendSms(Iccid iccid, SendSmsRequest request) {
    Objects.requireNonNull(request, "request");
    List<Element> extras = new ArrayList<>(4);
    extras.add(new Element("message_text", request.messageText()));
    request.dataCoding().ifPresent(c -> extras.add(new Element("data_coding", c.wireValue())));
    request.origin().ifPresent(o -> extras.add(new Element("origin", o)));
    request.smsUid().ifPresent(u -> extras.add(new Element("sms_uid", u)));
    call(M2mOperation.SEND_SMS, iccid, extras, Answers::none);
  }

  private <T> T call(M2mOperation op, Iccid iccid, List<Element> extras, Function<Answer, T> reader) {
    Objects.requireNonNull(iccid, "iccid");
    OutboundRequest request = OutboundRequest.post(url)
        .header("Accept", MEDIA_TYPE)
        .body(RequestWriter.write(op, credentials, iccid, extras), MEDIA_TYPE)
        .build();
    return http.execute(op.spec(), request, ProviderErrors.handler(reader));
  }
}
