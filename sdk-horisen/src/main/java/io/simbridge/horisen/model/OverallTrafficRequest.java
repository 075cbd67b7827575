package io.simbridge.horisen.model;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.check.InputChecks;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A request for an overall traffic report ({@code GET /overall-traffic-reports}): the period, the
 * time grain, which fields to return ({@code embed}), how to group ({@code groupBy}) and sort them,
 * and filters. Validated when built, so that nothing the documentation forbids is ever sent.
 *
 * <pre>{@code
 * OverallTrafficRequest request = OverallTrafficRequest.builder(
 *         OffsetDateTime.parse("2024-11-01T00:00:00Z"), OffsetDateTime.parse("2024-11-15T00:00:00Z"))
 *     .grain(Grain.DAY)
 *     .embed(OverallField.COUNTRY_NAME, OverallField.MSG_DATE, OverallField.IN_SMS_CNT)
 *     .groupBy(OverallField.COUNTRY_NAME, OverallField.MSG_DATE)
 *     .sort(Sort.ascending(OverallField.COUNTRY_NAME), Sort.descending(OverallField.MSG_DATE))
 *     .build();
 * }</pre>
 *
 * <h2>Date-times</h2>
 * {@code startDt} and {@code endDt} are sent in ISO-8601 with the caller's own offset
 * ({@code 2024-10-01T00:00:00-02:00}, {@code 2024-11-01T00:00:00Z}) at whole seconds, as the
 * documentation's examples send them (its format line, {@code Y-m-d\TH:i:s\Z}, would allow only
 * UTC). Fractions of a second are dropped, since the format has none; an offset with seconds,
 * which ISO-8601 offsets on the wire cannot carry, is converted to the same instant in UTC.
 *
 * <h2>What the server adds: the GroupBy rules</h2>
 * When {@code groupBy} is used, the API completes it on its own, and the answer's rows then carry
 * more fields, and more rows, than the request names:
 * <ol>
 *   <li>every groupable field that is embedded is added to {@code groupBy};</li>
 *   <li>if {@code sellAmount} is embedded without {@code sellCurrency} or {@code sellCurrencyCode}
 *       in {@code groupBy}, {@code sellCurrencyCode} is added to both {@code groupBy} and
 *       {@code embed};</li>
 *   <li>likewise {@code buyCurrencyCode} for {@code buyAmount};</li>
 *   <li>if {@code sellAmountInCurr}, {@code buyAmountInCurr}, {@code profit} or {@code intCost} is
 *       embedded without {@code currency} or {@code currencyCode} in {@code groupBy},
 *       {@code currencyCode} is added to both.</li>
 * </ol>
 * This request is sent exactly as built; {@link #effectiveEmbed()} and {@link #effectiveGroupBy()}
 * predict the lists the server works with after these rules, so a caller knows which fields the
 * rows will carry and what each row is an aggregate over. When {@code embed} is empty, the
 * prediction applies the rules to the default fields ({@link OverallField#defaultEmbed(Grain)}):
 * the documentation does not say otherwise, and an aggregate cannot return an ungrouped field.
 *
 * @param startDt the start of the period, sent as {@code startDt}
 * @param endDt   the end of the period, not before {@code startDt}, sent as {@code endDt}
 * @param grain   the time grain; empty to leave it out (the API's default is {@link Grain#DAY})
 * @param embed   the fields to return, empty for the API's defaults
 * @param groupBy the fields to group by, empty for no grouping
 * @param sort    the sort criteria, in order of precedence
 * @param filter  conditions on the fields
 */
public record OverallTrafficRequest(
    OffsetDateTime startDt,
    OffsetDateTime endDt,
    Optional<Grain> grain,
    List<OverallField> embed,
    List<OverallField> groupBy,
    List<Sort> sort,
    Filter<OverallField> filter) {

  /**
   * Validates and normalises the request (see the class description).
   *
   * @param startDt the start of the period, sent as {@code startDt}
   * @param endDt the end of the period, not before {@code startDt}, sent as {@code endDt}
   * @param grain the time grain; empty to leave it out (the API's default is {@link Grain#DAY})
   * @param embed the fields to return, empty for the API's defaults
   * @param groupBy the fields to group by, empty for no grouping
   * @param sort the sort criteria, in order of precedence
   * @param filter conditions on the fields
   */
  public OverallTrafficRequest {
    startDt = wireTime("startDt", startDt);
    endDt = wireTime("endDt", endDt);
    Objects.requireNonNull(grain, "grain");
    embed = List.copyOf(Objects.requireNonNull(embed, "embed"));
    groupBy = List.copyOf(Objects.requireNonNull(groupBy, "groupBy"));
    sort = List.copyOf(Objects.requireNonNull(sort, "sort"));
    Objects.requireNonNull(filter, "filter");
    if (startDt.isAfter(endDt)) {
      throw new InvalidInputException(
          "startDt",
          startDt + " is after endDt " + endDt,
          "a start not after the end of the period");
    }
    Grain g = grain.orElse(Grain.DAY);
    checkFields("embed", embed, OverallField::embeddable, "cannot be embedded", g);
    checkFields(
        "groupBy", groupBy, OverallField::groupable, "cannot be grouped by (it is aggregated)", g);
    checkFields("sort", sort.stream().map(Sort::field).toList(), f -> true, "", g);
  }

  private static OffsetDateTime wireTime(String name, OffsetDateTime t) {
    InputChecks.dateTime(name, t);
    OffsetDateTime whole = t.truncatedTo(ChronoUnit.SECONDS);
    return whole.getOffset().getTotalSeconds() % 60 == 0
        ? whole
        : whole.withOffsetSameInstant(ZoneOffset.UTC);
  }

  private static void checkFields(
      String parameter,
      List<OverallField> fields,
      Predicate<OverallField> allowed,
      String refusal,
      Grain grain) {
    Set<OverallField> seen = new HashSet<>();
    for (OverallField f : fields) {
      Objects.requireNonNull(f, parameter + " field");
      if (!allowed.test(f)) {
        throw new InvalidInputException(parameter, f.apiName() + " " + refusal, names(allowed));
      }
      if (f.hourGrainOnly() && grain != Grain.HOUR) {
        throw new InvalidInputException(
            parameter,
            f.apiName() + " is available only with grain=hour",
            "grain(Grain.HOUR) to use " + f.apiName());
      }
      if (!seen.add(f)) {
        throw new InvalidInputException(
            parameter, f.apiName() + " is listed twice", "each field once");
      }
    }
  }

  private static String names(Predicate<OverallField> p) {
    return OverallField.select(p).stream()
        .map(OverallField::apiName)
        .collect(Collectors.joining(", "));
  }

  /**
   * @param startDt the start of the period
   * @param endDt   the end of the period, not before {@code startDt}
   * @return a builder with no grain, embed, groupBy, sort or filter
   */
  public static Builder builder(OffsetDateTime startDt, OffsetDateTime endDt) {
    return new Builder(startDt, endDt);
  }

  /** @return the grain the server uses: the one set, else {@link Grain#DAY} */
  public Grain effectiveGrain() {
    return grain.orElse(Grain.DAY);
  }

  /**
   * @return the fields each row will carry, as predicted from the documentation: {@link #embed()}
   *     (or the defaults when empty) plus what the GroupBy rules add
   */
  public List<OverallField> effectiveEmbed() {
    return List.copyOf(applyGroupByRules().embed);
  }

  /**
   * @return the fields the server will group by, as predicted from the documentation:
   *     {@link #groupBy()} plus what the GroupBy rules add; empty when {@code groupBy} is not used
   */
  public List<OverallField> effectiveGroupBy() {
    return List.copyOf(applyGroupByRules().groupBy);
  }

  private Effective applyGroupByRules() {
    LinkedHashSet<OverallField> e =
        new LinkedHashSet<>(embed.isEmpty() ? OverallField.defaultEmbed(effectiveGrain()) : embed);
    LinkedHashSet<OverallField> g = new LinkedHashSet<>(groupBy);
    if (!groupBy.isEmpty()) {
      e.stream().filter(OverallField::groupable).forEach(g::add);
      addCurrency(
          e,
          g,
          List.of(OverallField.SELL_AMOUNT),
          OverallField.SELL_CURRENCY,
          OverallField.SELL_CURRENCY_CODE);
      addCurrency(
          e,
          g,
          List.of(OverallField.BUY_AMOUNT),
          OverallField.BUY_CURRENCY,
          OverallField.BUY_CURRENCY_CODE);
      addCurrency(
          e,
          g,
          List.of(
              OverallField.SELL_AMOUNT_IN_CURR,
              OverallField.BUY_AMOUNT_IN_CURR,
              OverallField.PROFIT,
              OverallField.INT_COST),
          OverallField.CURRENCY,
          OverallField.CURRENCY_CODE);
    }
    return new Effective(e, g);
  }

  private static void addCurrency(
      Set<OverallField> embed,
      Set<OverallField> groupBy,
      List<OverallField> amounts,
      OverallField currencyId,
      OverallField currencyCode) {
    boolean amountEmbedded = amounts.stream().anyMatch(embed::contains);
    if (amountEmbedded && !groupBy.contains(currencyId) && !groupBy.contains(currencyCode)) {
      groupBy.add(currencyCode);
      embed.add(currencyCode);
    }
  }

  private record Effective(Set<OverallField> embed, Set<OverallField> groupBy) {}

  /** Builds an {@link OverallTrafficRequest}; {@link #build()} validates it. */
  public static final class Builder {
    private final OffsetDateTime startDt;
    private final OffsetDateTime endDt;
    private Grain grain;
    private final List<OverallField> embed = new ArrayList<>();
    private final List<OverallField> groupBy = new ArrayList<>();
    private final List<Sort> sort = new ArrayList<>();
    private Filter<OverallField> filter = Filter.none();

    private Builder(OffsetDateTime startDt, OffsetDateTime endDt) {
      this.startDt = startDt;
      this.endDt = endDt;
    }

    /**
     * Sets the time grain.
     *
     * @param grain the time grain
     * @return this builder
     */
    public Builder grain(Grain grain) {
      this.grain = Objects.requireNonNull(grain, "grain");
      return this;
    }

    /**
     * Sets fields to return.
     *
     * @param fields fields to return, appended in order
     * @return this builder
     */
    public Builder embed(OverallField... fields) {
      embed.addAll(Arrays.asList(fields));
      return this;
    }

    /**
     * Sets fields to group by.
     *
     * @param fields fields to group by, appended in order
     * @return this builder
     */
    public Builder groupBy(OverallField... fields) {
      groupBy.addAll(Arrays.asList(fields));
      return this;
    }

    /**
     * Sets sort criteria.
     *
     * @param criteria sort criteria, appended in order of precedence
     * @return this builder
     */
    public Builder sort(Sort... criteria) {
      sort.addAll(Arrays.asList(criteria));
      return this;
    }

    /**
     * Sets conditions on the fields.
     *
     * @param filter conditions on the fields, replacing any set before
     * @return this builder
     */
    public Builder filter(Filter<OverallField> filter) {
      this.filter = Objects.requireNonNull(filter, "filter");
      return this;
    }

    /**
     * @return the request
     * @throws InvalidInputException if the documentation forbids it (see {@link OverallTrafficRequest})
     */
    public OverallTrafficRequest build() {
      return new OverallTrafficRequest(
          startDt, endDt, Optional.ofNullable(grain), embed, groupBy, sort, filter);
    }
  }
}
