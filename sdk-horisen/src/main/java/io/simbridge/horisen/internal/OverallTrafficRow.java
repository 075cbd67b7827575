package io.simbridge.horisen.internal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.simbridge.horisen.internal.JsonValues.Date;
import io.simbridge.horisen.internal.JsonValues.DateTime;
import io.simbridge.horisen.internal.JsonValues.Decimal;
import io.simbridge.horisen.internal.JsonValues.Text;
import io.simbridge.horisen.internal.JsonValues.Whole;
import io.simbridge.horisen.internal.JsonValues.YesNo;
import io.simbridge.horisen.model.OverallTraffic;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Model 4.8 OverallTraffic: an item of {@code GET /overall-traffic-reports}, bound as the
 * {@link Answers} rows are. A class of its own because the overall report is an endpoint apart
 * (members chosen by {@code embed}, pagination in camel case) and its item, with 53 members, is
 * larger than the customer and control reports' items together.
 */
public final class OverallTrafficRow implements Answers.Row<OverallTraffic> {
  @JsonDeserialize(using = Date.class)
  public Optional<LocalDate> msgDate = Optional.empty();

  @JsonDeserialize(using = DateTime.class)
  public Optional<OffsetDateTime> msgDt = Optional.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong accountDim = OptionalLong.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong billingAccountDim = OptionalLong.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong customerDim = OptionalLong.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong countryId = OptionalLong.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong operatorDim = OptionalLong.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong gateDim = OptionalLong.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong billingGateDim = OptionalLong.empty();

  @JsonDeserialize(using = Decimal.class)
  public Optional<BigDecimal> sellPrice = Optional.empty();

  @JsonDeserialize(using = Decimal.class)
  public Optional<BigDecimal> sellAmount = Optional.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong sellCurrency = OptionalLong.empty();

  @JsonDeserialize(using = Text.class)
  public Optional<String> sellCurrencyCode = Optional.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong inSmsCnt = OptionalLong.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong inBilledSmsCnt = OptionalLong.empty();

  @JsonDeserialize(using = Decimal.class)
  public Optional<BigDecimal> buyPrice = Optional.empty();

  @JsonDeserialize(using = Decimal.class)
  public Optional<BigDecimal> buyAmount = Optional.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong buyCurrency = OptionalLong.empty();

  @JsonDeserialize(using = Text.class)
  public Optional<String> buyCurrencyCode = Optional.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong outSmsCnt = OptionalLong.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong outBilledSmsCnt = OptionalLong.empty();

  @JsonDeserialize(using = Text.class)
  public Optional<String> currency = Optional.empty();

  @JsonDeserialize(using = Text.class)
  public Optional<String> currencyCode = Optional.empty();

  @JsonDeserialize(using = Decimal.class)
  public Optional<BigDecimal> sellAmountInCurr = Optional.empty();

  @JsonDeserialize(using = Decimal.class)
  public Optional<BigDecimal> buyAmountInCurr = Optional.empty();

  @JsonDeserialize(using = Decimal.class)
  public Optional<BigDecimal> intCost = Optional.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong intRequestCnt = OptionalLong.empty();

  @JsonDeserialize(using = Decimal.class)
  public Optional<BigDecimal> profit = Optional.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong stProcessingCnt = OptionalLong.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong stSentCnt = OptionalLong.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong stRejectNackCnt = OptionalLong.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong stRejectRulesCnt = OptionalLong.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong stErrorCnt = OptionalLong.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong stUnknownCnt = OptionalLong.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong customerId = OptionalLong.empty();

  @JsonDeserialize(using = Text.class)
  public Optional<String> customerBriefName = Optional.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong billingAccountId = OptionalLong.empty();

  @JsonDeserialize(using = Text.class)
  public Optional<String> billingAccountName = Optional.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong supplierId = OptionalLong.empty();

  @JsonDeserialize(using = Text.class)
  public Optional<String> supplierBriefName = Optional.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong gateBillingAccountId = OptionalLong.empty();

  @JsonDeserialize(using = Text.class)
  public Optional<String> gateBillingAccountName = Optional.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong accountId = OptionalLong.empty();

  @JsonDeserialize(using = Text.class)
  public Optional<String> accountName = Optional.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong gateId = OptionalLong.empty();

  @JsonDeserialize(using = Text.class)
  public Optional<String> gateName = Optional.empty();

  @JsonDeserialize(using = Text.class)
  public Optional<String> countryName = Optional.empty();

  @JsonDeserialize(using = Text.class)
  public Optional<String> countryCode2 = Optional.empty();

  @JsonDeserialize(using = Whole.class)
  public OptionalLong operatorId = OptionalLong.empty();

  @JsonDeserialize(using = Text.class)
  public Optional<String> operatorName = Optional.empty();

  @JsonDeserialize(using = Text.class)
  public Optional<String> mcc = Optional.empty();

  @JsonDeserialize(using = Text.class)
  public Optional<String> mnc = Optional.empty();

  @JsonDeserialize(using = YesNo.class)
  public Optional<Boolean> isMobile = Optional.empty();

  @Override
  public OverallTraffic toRecord() {
    return new OverallTraffic(
        msgDate,
        msgDt,
        accountDim,
        billingAccountDim,
        customerDim,
        countryId,
        operatorDim,
        gateDim,
        billingGateDim,
        sellPrice,
        sellAmount,
        sellCurrency,
        sellCurrencyCode,
        inSmsCnt,
        inBilledSmsCnt,
        buyPrice,
        buyAmount,
        buyCurrency,
        buyCurrencyCode,
        outSmsCnt,
        outBilledSmsCnt,
        currency,
        currencyCode,
        sellAmountInCurr,
        buyAmountInCurr,
        intCost,
        intRequestCnt,
        profit,
        stProcessingCnt,
        stSentCnt,
        stRejectNackCnt,
        stRejectRulesCnt,
        stErrorCnt,
        stUnknownCnt,
        customerId,
        customerBriefName,
        billingAccountId,
        billingAccountName,
        supplierId,
        supplierBriefName,
        gateBillingAccountId,
        gateBillingAccountName,
        accountId,
        accountName,
        gateId,
        gateName,
        countryName,
        countryCode2,
        operatorId,
        operatorName,
        mcc,
        mnc,
        isMobile);
  }
}
