package io.simbridge.horisen;

import static io.simbridge.horisen.model.OverallField.BUY_AMOUNT;
import static io.simbridge.horisen.model.OverallField.BUY_CURRENCY_CODE;
import static io.simbridge.horisen.model.OverallField.COUNTRY_NAME;
import static io.simbridge.horisen.model.OverallField.CURRENCY;
import static io.simbridge.horisen.model.OverallField.CURRENCY_CODE;
import static io.simbridge.horisen.model.OverallField.CUSTOMER_BRIEF_NAME;
import static io.simbridge.horisen.model.OverallField.IN_SMS_CNT;
import static io.simbridge.horisen.model.OverallField.MSG_DT;
import static io.simbridge.horisen.model.OverallField.OPERATOR_NAME;
import static io.simbridge.horisen.model.OverallField.PROFIT;
import static io.simbridge.horisen.model.OverallField.SELL_AMOUNT;
import static io.simbridge.horisen.model.OverallField.SELL_CURRENCY;
import static io.simbridge.horisen.model.OverallField.SELL_CURRENCY_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.horisen.model.Grain;
import io.simbridge.horisen.model.OverallField;
import io.simbridge.horisen.model.OverallTrafficRequest;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The field lists of {@code GET /overall-traffic-reports}, checked against the documentation's
 * own lists (copied here verbatim), and the predicted effect of its GroupBy rules.
 */
class GroupByRulesTest {
  private static final OffsetDateTime START = OffsetDateTime.parse("2024-10-01T00:00:00Z");
  private static final OffsetDateTime END = OffsetDateTime.parse("2024-10-02T00:00:00Z");

  private static final String EMBED =
      "msgDate, accountDim, billingAccountDim, customerDim, countryId, operatorDim, "
          + "gateDim, billingGateDim, sellPrice, sellAmount, sellCurrency, inSmsCnt, inBilledSmsCnt, buyPrice, buyAmount, "
          + "buyCurrency, outSmsCnt, outBilledSmsCnt, currency, sellAmountInCurr, buyAmountInCurr, intCost, intRequestCnt, "
          + "profit, stProcessingCnt, stSentCnt, stRejectNackCnt, stRejectRulesCnt, stErrorCnt, stUnknownCnt, customerId, "
          + "customerBriefName, billingAccountId, billingAccountName, supplierId, supplierBriefName, gateBillingAccountId, "
          + "gateBillingAccountName, accountId, accountName, gateId, gateName, countryName, countryCode2, operatorId, "
          + "operatorName, currencyCode, sellCurrencyCode, buyCurrencyCode, mcc, mnc, isMobile, msgDt";
  private static final String DEFAULT_EMBED =
      "msgDate, customerId, customerBriefName, billingAccountId, "
          + "billingAccountName, accountId, accountName, supplierId, supplierBriefName, gateBillingAccountId, "
          + "gateBillingAccountName, gateId, gateName, countryId, countryCode2, operatorId, operatorName, sellPrice, "
          + "sellAmount, sellCurrencyCode, sellAmountInCurr, buyPrice, buyAmount, buyCurrencyCode, buyAmountInCurr, profit, "
          + "currencyCode, inSmsCnt, inBilledSmsCnt, outSmsCnt, outBilledSmsCnt, intCost, intRequestCnt, stProcessingCnt, "
          + "stSentCnt, stRejectNackCnt, stRejectRulesCnt, stErrorCnt, stUnknownCnt, mcc, mnc, msgDt";
  private static final String GROUP_BY =
      "msgDate, accountDim, billingAccountDim, customerDim, countryId, "
          + "operatorDim, gateDim, billingGateDim, sellPrice, sellCurrency, buyPrice, buyCurrency, currency, customerId, "
          + "customerBriefName, billingAccountId, billingAccountName, supplierId, supplierBriefName, gateBillingAccountId, "
          + "gateBillingAccountName, accountId, accountName, gateId, gateName, countryName, countryCode2, operatorId, "
          + "operatorName, currencyCode, sellCurrencyCode, buyCurrencyCode, mcc, mnc, isMobile, msgDt";
  private static final String AGGREGATED =
      "sellAmount, inSmsCnt, inBilledSmsCnt, buyAmount, outSmsCnt, "
          + "outBilledSmsCnt, sellAmountInCurr, buyAmountInCurr, intRequestCnt, profit, stProcessingCnt, stSentCnt, "
          + "stRejectNackCnt, stRejectRulesCnt, stErrorCnt, stUnknownCnt, intCost";
  private static final String SORT =
      "msgDate, accountDim, billingAccountDim, customerDim, countryId, operatorDim, "
          + "gateDim, billingGateDim, sellPrice, sellAmount, sellCurrency, inSmsCnt, inBilledSmsCnt, buyPrice, buyAmount, "
          + "buyCurrency, outSmsCnt, outBilledSmsCnt, currency, sellAmountInCurr, buyAmountInCurr, intCost, intRequestCnt, "
          + "profit, stProcessingCnt, stSentCnt, stRejectNackCnt, stRejectRulesCnt, stErrorCnt, stUnknownCnt, customerId, "
          + "customerBriefName, billingAccountId, billingAccountName, supplierId, supplierBriefName, gateBillingAccountId, "
          + "gateBillingAccountName, accountId, accountName, gateId, gateName, countryName, countryCode2, operatorId, "
          + "operatorName, currencyCode, sellCurrencyCode, buyCurrencyCode, mcc, mnc, msgDt";
  private static final String FILTER =
      "accountDim, billingAccountDim, customerDim, operatorDim, gateDim, "
          + "billingGateDim, sellPrice, sellAmount, inSmsCnt, inBilledSmsCnt, buyPrice, buyAmount, buyCurrency, outSmsCnt, "
          + "outBilledSmsCnt, currency, sellAmountInCurr, buyAmountInCurr, intCost, intRequestCnt, profit, stProcessingCnt, "
          + "stSentCnt, stRejectNackCnt, stRejectRulesCnt, stErrorCnt, stUnknownCnt, customerId, customerBriefName, "
          + "billingAccountId, billingAccountName, supplierId, supplierBriefName, gateBillingAccountId, "
          + "gateBillingAccountName, accountId, accountName, gateId, gateName, currencyCode, buyCurrencyCode, countryId, "
          + "countryName, countryCode2, operatorId, operatorName, sellPrice, sellPriceSinceDt, sellCurrency, "
          + "sellCurrencyCode, mcc, mnc";

  private static Set<String> names(String list) {
    return Arrays.stream(list.split(", ")).collect(Collectors.toSet());
  }

  private static Set<String> fields(java.util.function.Predicate<OverallField> p) {
    return Arrays.stream(OverallField.values())
        .filter(p)
        .map(OverallField::apiName)
        .collect(Collectors.toSet());
  }

  @Test
  void theFieldFlagsMatchTheDocumentedLists() {
    assertThat(fields(OverallField::embeddable)).isEqualTo(names(EMBED));
    assertThat(fields(OverallField::groupable)).isEqualTo(names(GROUP_BY));
    assertThat(fields(OverallField::aggregated)).isEqualTo(names(AGGREGATED));
    assertThat(fields(OverallField::sortable)).isEqualTo(names(SORT));
    assertThat(fields(OverallField::filterable)).isEqualTo(names(FILTER));
    assertThat(fields(OverallField::embeddedByDefault)).isEqualTo(names(DEFAULT_EMBED));
    assertThat(fields(OverallField::hourGrainOnly)).containsExactly("msgDt");
  }

  @Test
  void defaultFieldsIncludeMsgDtOnlyAtHourlyGrain() {
    assertThat(OverallField.defaultEmbed(Grain.DAY)).doesNotContain(MSG_DT).hasSize(41);
    assertThat(OverallField.defaultEmbed(Grain.HOUR)).contains(MSG_DT).hasSize(42);
    assertThat(OverallField.fromApiName("countryCode2")).contains(OverallField.COUNTRY_CODE2);
    assertThat(OverallField.fromApiName("nope")).isEmpty();
  }

  @Test
  void withoutGroupByNothingIsAdded() {
    OverallTrafficRequest r =
        OverallTrafficRequest.builder(START, END).embed(SELL_AMOUNT, COUNTRY_NAME).build();

    assertThat(r.effectiveEmbed()).containsExactly(SELL_AMOUNT, COUNTRY_NAME);
    assertThat(r.effectiveGroupBy()).isEmpty();
  }

  @Test
  void rule1EmbeddedGroupableFieldsAreGrouped() {
    OverallTrafficRequest r =
        OverallTrafficRequest.builder(START, END)
            .embed(COUNTRY_NAME, OPERATOR_NAME, IN_SMS_CNT)
            .groupBy(COUNTRY_NAME)
            .build();

    assertThat(r.effectiveGroupBy()).containsExactly(COUNTRY_NAME, OPERATOR_NAME);
    assertThat(r.effectiveEmbed()).containsExactly(COUNTRY_NAME, OPERATOR_NAME, IN_SMS_CNT);
  }

  @Test
  void rule2SellAmountBringsItsCurrencyCodeUnlessACurrencyIsGrouped() {
    OverallTrafficRequest r =
        OverallTrafficRequest.builder(START, END)
            .embed(COUNTRY_NAME, SELL_AMOUNT)
            .groupBy(COUNTRY_NAME)
            .build();
    assertThat(r.effectiveGroupBy()).containsExactly(COUNTRY_NAME, SELL_CURRENCY_CODE);
    assertThat(r.effectiveEmbed()).containsExactly(COUNTRY_NAME, SELL_AMOUNT, SELL_CURRENCY_CODE);

    OverallTrafficRequest withId =
        OverallTrafficRequest.builder(START, END)
            .embed(COUNTRY_NAME, SELL_AMOUNT)
            .groupBy(COUNTRY_NAME, SELL_CURRENCY)
            .build();
    assertThat(withId.effectiveGroupBy()).containsExactly(COUNTRY_NAME, SELL_CURRENCY);
    assertThat(withId.effectiveEmbed()).containsExactly(COUNTRY_NAME, SELL_AMOUNT);
  }

  @Test
  void rule3BuyAmountBringsItsCurrencyCode() {
    OverallTrafficRequest r =
        OverallTrafficRequest.builder(START, END)
            .embed(BUY_AMOUNT)
            .groupBy(CUSTOMER_BRIEF_NAME)
            .build();

    assertThat(r.effectiveGroupBy()).containsExactly(CUSTOMER_BRIEF_NAME, BUY_CURRENCY_CODE);
    assertThat(r.effectiveEmbed()).containsExactly(BUY_AMOUNT, BUY_CURRENCY_CODE);
  }

  @Test
  void rule4AmountsInPlatformCurrencyBringTheCurrencyCodeUnlessACurrencyIsGrouped() {
    OverallTrafficRequest r =
        OverallTrafficRequest.builder(START, END)
            .embed(CUSTOMER_BRIEF_NAME, PROFIT)
            .groupBy(CUSTOMER_BRIEF_NAME)
            .build();
    assertThat(r.effectiveGroupBy()).containsExactly(CUSTOMER_BRIEF_NAME, CURRENCY_CODE);
    assertThat(r.effectiveEmbed()).containsExactly(CUSTOMER_BRIEF_NAME, PROFIT, CURRENCY_CODE);

    OverallTrafficRequest withCurrency =
        OverallTrafficRequest.builder(START, END)
            .embed(CUSTOMER_BRIEF_NAME, PROFIT)
            .groupBy(CUSTOMER_BRIEF_NAME, CURRENCY)
            .build();
    assertThat(withCurrency.effectiveGroupBy()).containsExactly(CUSTOMER_BRIEF_NAME, CURRENCY);
  }

  @Test
  void theDocumentedExample3NeedsNoAddition() {
    List<OverallField> groupBy =
        List.of(
            OverallField.MSG_DATE,
            CUSTOMER_BRIEF_NAME,
            OverallField.SELL_PRICE,
            SELL_CURRENCY_CODE,
            OverallField.SUPPLIER_BRIEF_NAME,
            OverallField.BUY_PRICE,
            BUY_CURRENCY_CODE);
    OverallTrafficRequest r =
        OverallTrafficRequest.builder(START, END)
            .grain(Grain.DAY)
            .embed(
                OverallField.MSG_DATE,
                CUSTOMER_BRIEF_NAME,
                OverallField.SELL_PRICE,
                SELL_CURRENCY_CODE,
                IN_SMS_CNT,
                OverallField.SUPPLIER_BRIEF_NAME,
                OverallField.BUY_PRICE,
                BUY_CURRENCY_CODE,
                OverallField.OUT_SMS_CNT)
            .groupBy(groupBy.toArray(OverallField[]::new))
            .build();

    assertThat(r.effectiveGroupBy()).isEqualTo(groupBy);
    assertThat(r.effectiveEmbed()).isEqualTo(r.embed());
  }

  @Test
  void anEmptyEmbedWithGroupByGroupsByEveryDefaultDimension() {
    OverallTrafficRequest r =
        OverallTrafficRequest.builder(START, END).grain(Grain.HOUR).groupBy(COUNTRY_NAME).build();

    assertThat(r.effectiveEmbed()).isEqualTo(OverallField.defaultEmbed(Grain.HOUR));
    assertThat(r.effectiveGroupBy())
        .startsWith(COUNTRY_NAME)
        .contains(MSG_DT, CURRENCY_CODE, SELL_CURRENCY_CODE)
        .allMatch(OverallField::groupable)
        .doesNotContainAnyElementsOf(
            OverallField.defaultEmbed(Grain.HOUR).stream()
                .filter(OverallField::aggregated)
                .toList());
    assertThat(r.effectiveGrain()).isEqualTo(Grain.HOUR);
  }
}
