package io.simbridge.benchmarks.baseline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.thingsmobile.model.Cdr;
import io.simbridge.thingsmobile.model.SimInfo;
import io.simbridge.thingsmobile.model.SimStatusValue;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Things Mobile simStatus as a user would write it by hand with OkHttp and Jackson: a form POST
 * with the credentials and the MSISDN, the XML bound to plain classes, then the same
 * {@link SimInfo} record simbridge returns.
 */
public final class ThingsMobileBaseline {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private final OkHttpClient http;
  private final XmlMapper xml;
  private final String baseUrl;
  private final String username;
  private final String token;

  /**
   * @param http     the user's OkHttp client
   * @param baseUrl  the API's base URL
   * @param username the username
   * @param token    the API token
   */
  public ThingsMobileBaseline(OkHttpClient http, String baseUrl, String username, String token) {
    this.http = http;
    this.xml =
        XmlMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    this.baseUrl = baseUrl;
    this.username = username;
    this.token = token;
  }

  /**
   * @param msisdn the SIM
   * @return the SIM and its CDRs
   * @throws IOException if the call fails or the answer says {@code done=false}
   */
  public SimInfo simStatus(String msisdn) throws IOException {
    FormBody form =
        new FormBody.Builder()
            .add("username", username)
            .add("token", token)
            .add("msisdn", msisdn)
            .build();
    Request request = new Request.Builder().url(baseUrl + "/simStatus").post(form).build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      Result result = xml.readValue(response.body().bytes(), Result.class);
      if (!"true".equals(result.done)) {
        throw new IOException(
            "Things Mobile error " + result.errorCode + ": " + result.errorMessage);
      }
      if (result.sims == null || result.sims.size() != 1) {
        throw new IOException("expected one SIM");
      }
      return simInfo(result.sims.get(0));
    }
  }

  private static SimInfo simInfo(Sim s) {
    List<Cdr> cdrs = new ArrayList<>(s.cdrs == null ? 0 : s.cdrs.size());
    if (s.cdrs != null) {
      for (CdrRow c : s.cdrs) {
        cdrs.add(
            new Cdr(
                Values.text(c.cdrMsisdn).map(Msisdn::of),
                Values.text(c.cdrImsi),
                LocalDateTime.parse(c.cdrDateStart.strip(), TIME),
                LocalDateTime.parse(c.cdrDateStop.strip(), TIME),
                Values.text(c.cdrNetwork),
                Values.text(c.cdrCountry),
                Values.text(c.cdrOperator),
                DataVolume.ofBytes(Long.parseLong(c.cdrTraffic.strip()))));
      }
    }
    return new SimInfo(
        Msisdn.of(s.msisdn.strip()),
        Iccid.of(s.iccid.strip()),
        SimStatusValue.of(s.status.strip()),
        Values.text(s.name),
        Values.text(s.tag),
        Values.text(s.plan),
        Values.text(s.type),
        time(s.activationDate),
        time(s.expirationDate),
        time(s.lastConnectionDate),
        Values.flag(s.blockSimAfterExpirationDate),
        bytes(s.balance),
        bytes(s.dailyTraffic),
        bytes(s.monthlyTraffic),
        bytes(s.totalTraffic),
        bytes(s.dailyTrafficThreshold),
        count(s.dailyTrafficThreshold),
        Values.flag(s.blockSimDaily),
        bytes(s.monthlyTrafficThreshold),
        count(s.monthlyTrafficThreshold),
        Values.flag(s.blockSimMonthly),
        bytes(s.totalTrafficThreshold),
        count(s.totalTrafficThreshold),
        Values.flag(s.blockSimTotal),
        cdrs);
  }

  private static Optional<LocalDateTime> time(String raw) {
    return Values.text(raw).map(t -> LocalDateTime.parse(t, TIME));
  }

  private static Optional<DataVolume> bytes(String raw) {
    return Values.text(raw).map(t -> DataVolume.ofBytes(Long.parseLong(t)));
  }

  private static OptionalLong count(String raw) {
    return Values.text(raw)
        .map(t -> OptionalLong.of(Long.parseLong(t)))
        .orElse(OptionalLong.empty());
  }

  /** {@code <result>}. */
  public static class Result {
    public String done;
    public String errorCode;
    public String errorMessage;

    @JacksonXmlElementWrapper(localName = "sims")
    @JacksonXmlProperty(localName = "sim")
    public List<Sim> sims;
  }

  /** {@code <sim>}. */
  public static class Sim {
    public String activationDate;
    public String balance;
    public String blockSimAfterExpirationDate;
    public String blockSimDaily;
    public String blockSimMonthly;
    public String blockSimTotal;
    public String dailyTraffic;
    public String dailyTrafficThreshold;
    public String expirationDate;
    public String iccid;
    public String lastConnectionDate;
    public String monthlyTraffic;
    public String monthlyTrafficThreshold;
    public String msisdn;
    public String name;
    public String plan;
    public String status;
    public String tag;
    public String totalTraffic;
    public String totalTrafficThreshold;
    public String type;

    @JacksonXmlElementWrapper(localName = "cdrs")
    @JacksonXmlProperty(localName = "cdr")
    public List<CdrRow> cdrs;
  }

  /** {@code <cdr>}. */
  public static class CdrRow {
    public String cdrImsi;
    public String cdrMsisdn;
    public String cdrDateStart;
    public String cdrDateStop;
    public String cdrNetwork;
    public String cdrCountry;
    public String cdrOperator;
    public String cdrTraffic;
  }
}
