package io.simbridge.benchmarks.baseline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.simbridge.horisen.model.OverallTraffic;
import io.simbridge.horisen.model.Pagination;
import io.simbridge.horisen.model.ReportPage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One page of a HORISEN overall traffic report as a user would fetch it by hand: a GET with the
 * bearer token, the JSON bound to a typed class by Jackson, then the same
 * {@code ReportPage<OverallTraffic>} simbridge returns.
 */
public final class HorisenBaseline {
  private final OkHttpClient http;
  private final ObjectMapper json;
  private final HttpUrl reports;
  private final String authorization;

  /**
   * @param http    the user's OkHttp client
   * @param baseUrl the API's base URL
   * @param token   the bearer token
   */
  public HorisenBaseline(OkHttpClient http, String baseUrl, String token) {
    this.http = http;
    this.json =
        JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    this.reports = HttpUrl.get(baseUrl + "/overall-traffic-reports");
    this.authorization = "Bearer " + token;
  }

  /**
   * @param startDt  the period's start, as sent
   * @param endDt    the period's end, as sent
   * @param grain    the grain, as sent
   * @param pageSize the rows per page
   * @return the first page
   * @throws IOException if the call fails
   */
  public ReportPage<OverallTraffic> overallPage(
      String startDt, String endDt, String grain, int pageSize) throws IOException {
    HttpUrl url =
        reports
            .newBuilder()
            .addQueryParameter("startDt", startDt)
            .addQueryParameter("endDt", endDt)
            .addQueryParameter("grain", grain)
            .addQueryParameter("page_size", Integer.toString(pageSize))
            .build();
    Request request =
        new Request.Builder()
            .url(url)
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      Answer answer = json.readValue(response.body().bytes(), Answer.class);
      List<OverallTraffic> rows = new ArrayList<>(answer.data.size());
      for (Row r : answer.data) {
        rows.add(r.toRecord());
      }
      Optional<Pagination> pagination = Optional.empty();
      if (answer.meta != null && answer.meta.pagination != null) {
        PaginationDto p = answer.meta.pagination;
        pagination =
            Optional.of(
                new Pagination(
                    Values.optionalLong(p.total),
                    integer(p.count),
                    integer(p.perPage),
                    integer(p.currentPage),
                    integer(p.totalPages),
                    Pagination.Links.NONE));
      }
      return new ReportPage<>(rows, pagination);
    }
  }

  private static OptionalInt integer(Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /** The answer. */
  public static class Answer {
    public List<Row> data;
    public Meta meta;
  }

  /** {@code meta}. */
  public static class Meta {
    public PaginationDto pagination;
  }

  /** {@code meta.pagination}, camel case on this endpoint. */
  public static class PaginationDto {
    public Long total;
    public Integer count;
    public Integer perPage;
    public Integer currentPage;
    public Integer totalPages;
  }

  /** One row (model 4.8). */
  public static class Row {
    public String msgDate;
    public String msgDt;
    public Long accountDim;
    public Long billingAccountDim;
    public Long customerDim;
    public Long countryId;
    public Long operatorDim;
    public Long gateDim;
    public Long billingGateDim;
    public BigDecimal sellPrice;
    public BigDecimal sellAmount;
    public Long sellCurrency;
    public String sellCurrencyCode;
    public Long inSmsCnt;
    public Long inBilledSmsCnt;
    public BigDecimal buyPrice;
    public BigDecimal buyAmount;
    public Long buyCurrency;
    public String buyCurrencyCode;
    public Long outSmsCnt;
    public Long outBilledSmsCnt;
    public String currency;
    public String currencyCode;
    public BigDecimal sellAmountInCurr;
    public BigDecimal buyAmountInCurr;
    public BigDecimal intCost;
    public Long intRequestCnt;
    public BigDecimal profit;
    public Long stProcessingCnt;
    public Long stSentCnt;
    public Long stRejectNackCnt;
    public Long stRejectRulesCnt;
    public Long stErrorCnt;
    public Long stUnknownCnt;
    public Long customerId;
    public String customerBriefName;
    public Long billingAccountId;
    public String billingAccountName;
    public Long supplierId;
    public String supplierBriefName;
    public Long gateBillingAccountId;
    public String gateBillingAccountName;
    public Long accountId;
    public String accountName;
    public Long gateId;
    public String gateName;
    public String countryName;
    public String countryCode2;
    public Long operatorId;
    public String operatorName;
    public String mcc;
    public String mnc;
    public String isMobile;

    OverallTraffic toRecord() {
      return new OverallTraffic(
          Values.text(msgDate).map(LocalDate::parse),
          Values.text(msgDt).map(OffsetDateTime::parse),
          Values.optionalLong(accountDim),
          Values.optionalLong(billingAccountDim),
          Values.optionalLong(customerDim),
          Values.optionalLong(countryId),
          Values.optionalLong(operatorDim),
          Values.optionalLong(gateDim),
          Values.optionalLong(billingGateDim),
          Optional.ofNullable(sellPrice),
          Optional.ofNullable(sellAmount),
          Values.optionalLong(sellCurrency),
          Values.text(sellCurrencyCode),
          Values.optionalLong(inSmsCnt),
          Values.optionalLong(inBilledSmsCnt),
          Optional.ofNullable(buyPrice),
          Optional.ofNullable(buyAmount),
          Values.optionalLong(buyCurrency),
          Values.text(buyCurrencyCode),
          Values.optionalLong(outSmsCnt),
          Values.optionalLong(outBilledSmsCnt),
          Values.text(currency),
          Values.text(currencyCode),
          Optional.ofNullable(sellAmountInCurr),
          Optional.ofNullable(buyAmountInCurr),
          Optional.ofNullable(intCost),
          Values.optionalLong(intRequestCnt),
          Optional.ofNullable(profit),
          Values.optionalLong(stProcessingCnt),
          Values.optionalLong(stSentCnt),
          Values.optionalLong(stRejectNackCnt),
          Values.optionalLong(stRejectRulesCnt),
          Values.optionalLong(stErrorCnt),
          Values.optionalLong(stUnknownCnt),
          Values.optionalLong(customerId),
          Values.text(customerBriefName),
          Values.optionalLong(billingAccountId),
          Values.text(billingAccountName),
          Values.optionalLong(supplierId),
          Values.text(supplierBriefName),
          Values.optionalLong(gateBillingAccountId),
          Values.text(gateBillingAccountName),
          Values.optionalLong(accountId),
          Values.text(accountName),
          Values.optionalLong(gateId),
          Values.text(gateName),
          Values.text(countryName),
          Values.text(countryCode2),
          Values.optionalLong(operatorId),
          Values.text(operatorName),
          Values.text(mcc),
          Values.text(mnc),
          Values.flag(isMobile));
    }
  }
}
