package io.simbridge.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.simbridge.m2miportal.model.LastMoTraffic;
import io.simbridge.m2miportal.model.TrafficType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * M2M iPortal query_last_mo_traffic as a user would write it by hand: the request document built
 * as text (values escaped), POSTed, the answer bound by Jackson, then the same
 * {@link LastMoTraffic} simbridge returns.
 */
public final class M2mBaseline {
  private static final MediaType XML = MediaType.get("application/xml");
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("d/M/uuuu H:mm:ss", Locale.ROOT);

  private final OkHttpClient http;
  private final XmlMapper xml;
  private final String url;
  private final String username;
  private final String password;
  private final String apiId;

  /**
   * @param http     the user's OkHttp client
   * @param url      the API's address
   * @param username the API user
   * @param password its password
   * @param apiId    the api_id
   */
  public M2mBaseline(
      OkHttpClient http, String url, String username, String password, String apiId) {
    this.http = http;
    this.xml =
        XmlMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    this.url = url;
    this.username = username;
    this.password = password;
    this.apiId = apiId;
  }

  /**
   * @param iccid the SIM
   * @return its last MO traffic, empty when it has none
   * @throws IOException if the call fails or the outcome is not success
   */
  public Optional<LastMoTraffic> lastMoTraffic(String iccid) throws IOException {
    String document =
        "<query_last_mo_traffic version=\"1\" api_id=\""
            + escape(apiId)
            + "\"><authentication>"
            + "<username>"
            + escape(username)
            + "</username><password>"
            + escape(password)
            + "</password>"
            + "</authentication><iccid>"
            + escape(iccid)
            + "</iccid></query_last_mo_traffic>";
    Request request =
        new Request.Builder()
            .url(url)
            .header("Accept", "application/xml")
            .post(RequestBody.create(document.getBytes(StandardCharsets.UTF_8), XML))
            .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      Answer a = xml.readValue(response.body().bytes(), Answer.class);
      if (a.outcome == null || !a.outcome.strip().equalsIgnoreCase("success")) {
        throw new IOException("api_outcome " + a.outcome);
      }
      Optional<String> rawType = Values.text(a.trafficType);
      Optional<String> time = Values.text(a.timestamp);
      Optional<String> network = Values.text(a.network);
      Optional<String> country = Values.text(a.country);
      if (rawType.isEmpty() && time.isEmpty() && network.isEmpty() && country.isEmpty()) {
        return Optional.empty();
      }
      Optional<TrafficType> type =
          rawType.map(
              raw ->
                  switch (raw.toLowerCase(Locale.ROOT)) {
                    case "data" -> TrafficType.DATA;
                    case "sms" -> TrafficType.SMS;
                    case "voice" -> TrafficType.VOICE;
                    default -> TrafficType.OTHER;
                  });
      Optional<Instant> at =
          time.map(t -> LocalDateTime.parse(t, TIMESTAMP).toInstant(ZoneOffset.UTC));
      return Optional.of(new LastMoTraffic(type, rawType, at, network, country));
    }
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code <query_last_mo_traffic_response>}. */
  public static class Answer {
    @JsonProperty("api_outcome")
    public String outcome;

    @JsonProperty("traffic_type")
    public String trafficType;

    public String timestamp;
    public String network;
    public String country;
  }
}
