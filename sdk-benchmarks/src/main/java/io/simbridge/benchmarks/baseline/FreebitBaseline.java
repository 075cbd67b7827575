package io.simbridge.benchmarks.baseline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.freebit.model.BlackList;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.freebit.model.TrafficInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * freebit PA05-01 traffic information as a user would write it by hand: the JSON document in the
 * {@code json} field of a multipart form, the answer bound to records, then the same
 * {@link TrafficInfo} simbridge returns.
 */
public final class FreebitBaseline {
  private final OkHttpClient http;
  private final ObjectMapper json;
  private final String url;
  private final String authKey;

  /**
   * @param http    the user's OkHttp client
   * @param baseUrl the host freebit gave
   * @param authKey the auth key
   */
  public FreebitBaseline(OkHttpClient http, String baseUrl, String authKey) {
    this.http = http;
    this.json =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    this.url = baseUrl + "/emptool/api/mvno/getTrafficInfo/";
    this.authKey = authKey;
  }

  /**
   * @param account the account
   * @return its traffic information
   * @throws IOException if the call fails or the result code is not 100
   */
  public TrafficInfo trafficInfo(FreebitAccount account) throws IOException {
    String document =
        json.writeValueAsString(
            json.createObjectNode().put("authKey", authKey).put("account", account.value()));
    MultipartBody form =
        new MultipartBody.Builder()
            .setType(MultipartBody.FORM)
            .addFormDataPart("json", document)
            .build();
    Request request =
        new Request.Builder().url(url).header("Accept", "application/json").post(form).build();
    try (Response response = http.newCall(request).execute()) {
      Answer answer = json.readValue(response.body().bytes(), Answer.class);
      if (!response.isSuccessful() || !"100".equals(answer.resultCode())) {
        throw new IOException(
            "freebit result " + answer.resultCode() + ", HTTP " + response.code());
      }
      if (answer.account() != null && !answer.account().equals(account.value())) {
        throw new IOException("answer about another account");
      }
      String[] days =
          answer.traffic().inRecentDays() == null || answer.traffic().inRecentDays().isBlank()
              ? new String[0]
              : answer.traffic().inRecentDays().strip().split(",", -1);
      List<DataVolume> recent = new ArrayList<>(days.length);
      for (String d : days) {
        recent.add(DataVolume.of(Long.parseLong(d.strip()), DataUnit.KIBIBYTE));
      }
      return new TrafficInfo(
          account,
          DataVolume.of(Long.parseLong(answer.traffic().today().strip()), DataUnit.KIBIBYTE),
          recent,
          Values.text(answer.traffic().blackList()).map(BlackList::new));
    }
  }

  /** The answer. */
  public record Answer(String resultCode, Status status, String account, Traffic traffic) {}

  /** {@code status}. */
  public record Status(String message, String statusCode) {}

  /** {@code traffic}. */
  public record Traffic(String today, String inRecentDays, String blackList) {}
}
