package io.simbridge.horisen.internal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.simbridge.horisen.internal.JsonValues.DateTime;
import io.simbridge.horisen.internal.JsonValues.Decimal;
import io.simbridge.horisen.internal.JsonValues.Text;
import io.simbridge.horisen.internal.JsonValues.Whole;
import io.simbridge.horisen.model.ContTrafficReport;
import io.simbridge.horisen.model.ControlInvoiceTrafficReport;
import io.simbridge.horisen.model.CustTrafficReport;
import io.simbridge.horisen.model.TrafficReport;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code data} items of each report answer as Jackson binds them: one public field per member
 * of the documentation's model table, named as the API names it and in the order of its record,
 * read by the {@link JsonValues} deserializer of its type. A member the answer does not carry
 * keeps its initial empty value; unknown members are ignored. The overall report's item, bound the
 * same way, is {@link OverallTrafficRow}.
 */
public final class Answers {
  private Answers() {}

  /**
   * A bound {@code data} item.
   *
   * @param <T> the record it becomes
   */
  interface Row<T> {
    /** @return the row as its public record */
    T toRecord();
  }

  /** Model 4.2 TrafficReport: an item of {@code GET /customer-invoices/{invoiceId}/traffic-reports}. */
  public static final class TrafficReportRow implements Row<TrafficReport> {
    @JsonDeserialize(using = Whole.class)
    public OptionalLong customerId = OptionalLong.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong billingAccountId = OptionalLong.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> billingAccountName = Optional.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong countryId = OptionalLong.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> countryName = Optional.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> countryCode2 = Optional.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong operatorId = OptionalLong.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> operatorName = Optional.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong inSmsCnt = OptionalLong.empty();

    @JsonDeserialize(using = Decimal.class)
    public Optional<BigDecimal> sellPrice = Optional.empty();

    @JsonDeserialize(using = DateTime.class)
    public Optional<OffsetDateTime> sellPriceSinceDt = Optional.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong sellCurrency = OptionalLong.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> sellCurrencyCode = Optional.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> mcc = Optional.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> mnc = Optional.empty();

    @JsonDeserialize(using = DateTime.class)
    public Optional<OffsetDateTime> startDt = Optional.empty();

    @JsonDeserialize(using = DateTime.class)
    public Optional<OffsetDateTime> endDt = Optional.empty();

    @JsonDeserialize(using = Decimal.class)
    public Optional<BigDecimal> totalAmount = Optional.empty();

    @Override
    public TrafficReport toRecord() {
      return new TrafficReport(
          customerId,
          billingAccountId,
          billingAccountName,
          countryId,
          countryName,
          countryCode2,
          operatorId,
          operatorName,
          inSmsCnt,
          sellPrice,
          sellPriceSinceDt,
          sellCurrency,
          sellCurrencyCode,
          mcc,
          mnc,
          startDt,
          endDt,
          totalAmount);
    }
  }

  /** An item of {@code GET /control-invoices/{invoiceId}/traffic-reports}. */
  public static final class ControlInvoiceTrafficReportRow
      implements Row<ControlInvoiceTrafficReport> {
    @JsonDeserialize(using = Whole.class)
    public OptionalLong supplierId = OptionalLong.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong billingAccountId = OptionalLong.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> billingAccountName = Optional.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong countryId = OptionalLong.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> countryName = Optional.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> countryCode2 = Optional.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong operatorId = OptionalLong.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> operatorName = Optional.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong outSmsCnt = OptionalLong.empty();

    @JsonDeserialize(using = Decimal.class)
    public Optional<BigDecimal> buyPrice = Optional.empty();

    @JsonDeserialize(using = DateTime.class)
    public Optional<OffsetDateTime> buyPriceSinceDt = Optional.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong buyCurrency = OptionalLong.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> buyCurrencyCode = Optional.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> mcc = Optional.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> mnc = Optional.empty();

    @JsonDeserialize(using = DateTime.class)
    public Optional<OffsetDateTime> startDt = Optional.empty();

    @JsonDeserialize(using = DateTime.class)
    public Optional<OffsetDateTime> endDt = Optional.empty();

    @JsonDeserialize(using = Decimal.class)
    public Optional<BigDecimal> totalAmount = Optional.empty();

    @Override
    public ControlInvoiceTrafficReport toRecord() {
      return new ControlInvoiceTrafficReport(
          supplierId,
          billingAccountId,
          billingAccountName,
          countryId,
          countryName,
          countryCode2,
          operatorId,
          operatorName,
          outSmsCnt,
          buyPrice,
          buyPriceSinceDt,
          buyCurrency,
          buyCurrencyCode,
          mcc,
          mnc,
          startDt,
          endDt,
          totalAmount);
    }
  }

  /** Model 4.4 CustTrafficReport: an item of {@code GET /customer-traffic-reports}. */
  public static final class CustTrafficReportRow implements Row<CustTrafficReport> {
    @JsonDeserialize(using = Whole.class)
    public OptionalLong customerId = OptionalLong.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> customerBriefName = Optional.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> customerExtRefId = Optional.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong billingAccountId = OptionalLong.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> billingAccountName = Optional.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong countryId = OptionalLong.empty();

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

    @JsonDeserialize(using = DateTime.class)
    public Optional<OffsetDateTime> startDt = Optional.empty();

    @JsonDeserialize(using = DateTime.class)
    public Optional<OffsetDateTime> endDt = Optional.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong inSmsCnt = OptionalLong.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong sellCurrency = OptionalLong.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> sellCurrencyCode = Optional.empty();

    @JsonDeserialize(using = Decimal.class)
    public Optional<BigDecimal> sellPrice = Optional.empty();

    @JsonDeserialize(using = Decimal.class)
    public Optional<BigDecimal> totalAmount = Optional.empty();

    @Override
    public CustTrafficReport toRecord() {
      return new CustTrafficReport(
          customerId,
          customerBriefName,
          customerExtRefId,
          billingAccountId,
          billingAccountName,
          countryId,
          countryName,
          countryCode2,
          operatorId,
          operatorName,
          mcc,
          mnc,
          startDt,
          endDt,
          inSmsCnt,
          sellCurrency,
          sellCurrencyCode,
          sellPrice,
          totalAmount);
    }
  }

  /** Model 4.6 ContTrafficReport: an item of {@code GET /control-traffic-reports}. */
  public static final class ContTrafficReportRow implements Row<ContTrafficReport> {
    @JsonDeserialize(using = Whole.class)
    public OptionalLong supplierId = OptionalLong.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> supplierBriefName = Optional.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> supplierExtRefId = Optional.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong billingAccountId = OptionalLong.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> billingAccountName = Optional.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong countryId = OptionalLong.empty();

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

    @JsonDeserialize(using = DateTime.class)
    public Optional<OffsetDateTime> startDt = Optional.empty();

    @JsonDeserialize(using = DateTime.class)
    public Optional<OffsetDateTime> endDt = Optional.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong outSmsCnt = OptionalLong.empty();

    @JsonDeserialize(using = Whole.class)
    public OptionalLong buyCurrency = OptionalLong.empty();

    @JsonDeserialize(using = Text.class)
    public Optional<String> buyCurrencyCode = Optional.empty();

    @JsonDeserialize(using = Decimal.class)
    public Optional<BigDecimal> buyPrice = Optional.empty();

    @JsonDeserialize(using = Decimal.class)
    public Optional<BigDecimal> totalAmount = Optional.empty();

    @Override
    public ContTrafficReport toRecord() {
      return new ContTrafficReport(
          supplierId,
          supplierBriefName,
          supplierExtRefId,
          billingAccountId,
          billingAccountName,
          countryId,
          countryName,
          countryCode2,
          operatorId,
          operatorName,
          mcc,
          mnc,
          startDt,
          endDt,
          outSmsCnt,
          buyCurrency,
          buyCurrencyCode,
          buyPrice,
          totalAmount);
    }
  }
}
