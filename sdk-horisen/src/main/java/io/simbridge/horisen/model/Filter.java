package io.simbridge.horisen.model;

import io.simbridge.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Conditions on a report's attributes in HORISEN's URL filter language, and the {@code q} general
 * search. Immutable: each method returns a new filter, so a filter can be shared and reused.
 *
 * <pre>{@code
 * Filter<CustomerReportFilterField> filter = Filter.on(CustomerReportFilterField.class)
 *     .startsWith(CustomerReportFilterField.COUNTRY_NAME, "Ger")   // startswith(countryName)=Ger
 *     .in(CustomerReportFilterField.OPERATOR_ID, "262001", "262002") // in(operatorId)=262001,262002
 *     .isNotNull(CustomerReportFilterField.CUSTOMER_EXT_REF_ID)     // isnotnull(customerExtRefId)=
 *     .search("acme");                                              // q=acme
 * }</pre>
 *
 * <p>Values are sent as text, as the API compares them: numbers in plain notation ({@code 0.05}),
 * dates as {@code yyyy-MM-dd}. Each condition is checked when it is added (see
 * {@link FilterOperator.Arity}); an attribute may carry several conditions, but not two with the
 * same operator, because the API reads one value per query parameter and would silently keep only
 * the last.
 *
 * @param <F> the endpoint's attributes
 */
public final class Filter<F extends FilterField> {
  private static final Filter<?> NONE = new Filter<>(List.of(), null);

  /**
   * One condition: {@code operator(field)=values}.
   *
   * @param field    the attribute
   * @param operator the operator
   * @param values   its values, as many as the operator's {@link FilterOperator.Arity} allows
   * @param <F>      the endpoint's attributes
   */
  public record Condition<F extends FilterField>(
      F field, FilterOperator operator, List<String> values) {

    /**
     * Validates the condition against the operator's value rules and the field's filterability.
     *
     * @param field the attribute
     * @param operator the operator
     * @param values its values, as many as the operator's {@link FilterOperator.Arity} allows
     */
    public Condition {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(operator, "operator");
      values = List.copyOf(Objects.requireNonNull(values, "values"));
      String name = "filter " + operator.apiName() + "(" + field.apiName() + ")";
      if (!field.filterable()) {
        throw new InvalidInputException(
            name,
            field.apiName() + " is not a filterable attribute of this report",
            filterableNames(field));
      }
      int n = values.size();
      boolean countOk =
          switch (operator.arity()) {
            case NONE -> n == 0;
            case ONE -> n == 1;
            case LIST -> n >= 1;
            case RANGE -> n == 2;
          };
      if (!countOk) {
        throw new InvalidInputException(
            name, n + (n == 1 ? " value given" : " values given"), operator.arity().description());
      }
      boolean listed =
          operator.arity() == FilterOperator.Arity.LIST
              || operator.arity() == FilterOperator.Arity.RANGE;
      for (String v : values) {
        if (v.isEmpty()) {
          throw new InvalidInputException(
              name,
              "a value is empty",
              operator.arity().description() + " (use isempty/isnull to match empty values)");
        }
        if (listed && v.indexOf(',') >= 0) {
          throw new InvalidInputException(
              name,
              "the value '" + v + "' contains a comma, which separates values",
              operator.arity().description());
        }
      }
    }

    private static String filterableNames(FilterField field) {
      FilterField[] all = (FilterField[]) ((Enum<?>) field).getDeclaringClass().getEnumConstants();
      return Arrays.stream(all)
          .filter(FilterField::filterable)
          .map(FilterField::apiName)
          .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
      return operator.apiName() + "(" + field.apiName() + ")=" + String.join(",", values);
    }
  }

  private final List<Condition<F>> conditions;
  private final String search;

  private Filter(List<Condition<F>> conditions, String search) {
    this.conditions = List.copyOf(conditions);
    this.search = search;
  }

  /**
   * An empty filter whose attribute type is inferred from where it is used:
   * {@code client.customerTrafficReports(from, to, Filter.none())}.
   *
   * @param <F> the endpoint's attributes
   * @return a filter with no condition and no search
   */
  @SuppressWarnings("unchecked")
  public static <F extends FilterField> Filter<F> none() {
    return (Filter<F>) NONE;
  }

  /**
   * @param fields the endpoint's attribute enum, such as {@code CustomerReportFilterField.class}
   * @param <F>    the endpoint's attributes
   * @return an empty filter for that endpoint, to add conditions to
   */
  public static <F extends FilterField> Filter<F> on(Class<F> fields) {
    Objects.requireNonNull(fields, "fields");
    return none();
  }

  /**
   * Adds a condition with any operator.
   *
   * @param field    the attribute
   * @param operator the operator
   * @param values   its values (see {@link FilterOperator.Arity})
   * @return a new filter with the condition added
   * @throws InvalidInputException if the values do not suit the operator, the attribute is not
   *     filterable, or the attribute already has a condition with this operator
   */
  public Filter<F> where(F field, FilterOperator operator, String... values) {
    return with(
        new Condition<>(field, operator, Arrays.asList(Objects.requireNonNull(values, "values"))));
  }

  private Filter<F> with(Condition<F> c) {
    for (Condition<F> existing : conditions) {
      if (existing.field().equals(c.field()) && existing.operator() == c.operator()) {
        throw new InvalidInputException(
            "filter " + c.operator().apiName() + "(" + c.field().apiName() + ")",
            "the attribute already has a "
                + c.operator().apiName()
                + " condition, and the API keeps only one "
                + "value per parameter",
            "one condition per operator and attribute; combine values with in or between");
      }
    }
    List<Condition<F>> next = new ArrayList<>(conditions);
    next.add(c);
    return new Filter<>(next, search);
  }

  /**
   * A copy of this filter with one more condition, {@code isnull}.
   *
   * @param field the attribute
   * @return a new filter: the attribute has no value ({@code isnull})
   */
  public Filter<F> isNull(F field) {
    return where(field, FilterOperator.IS_NULL);
  }

  /**
   * A copy of this filter with one more condition, {@code isnotnull}.
   *
   * @param field the attribute
   * @return a new filter: the attribute has a value ({@code isnotnull})
   */
  public Filter<F> isNotNull(F field) {
    return where(field, FilterOperator.IS_NOT_NULL);
  }

  /**
   * A copy of this filter with one more condition, {@code isempty}.
   *
   * @param field the attribute
   * @return a new filter: the attribute is empty ({@code isempty})
   */
  public Filter<F> isEmpty(F field) {
    return where(field, FilterOperator.IS_EMPTY);
  }

  /**
   * A copy of this filter with one more condition, {@code isnotempty}.
   *
   * @param field the attribute
   * @return a new filter: the attribute is not empty ({@code isnotempty})
   */
  public Filter<F> isNotEmpty(F field) {
    return where(field, FilterOperator.IS_NOT_EMPTY);
  }

  /**
   * @param field the attribute
   * @param value the value
   * @return a new filter: the attribute equals the value ({@code fieldName=value})
   */
  public Filter<F> eq(F field, String value) {
    return where(field, FilterOperator.EQ, value);
  }

  /**
   * A copy of this filter with one more condition, {@code neq}.
   *
   * @param field the attribute
   * @param value the value
   * @return a new filter ({@code neq})
   */
  public Filter<F> neq(F field, String value) {
    return where(field, FilterOperator.NEQ, value);
  }

  /**
   * A copy of this filter with one more condition, {@code startswith}.
   *
   * @param field  the attribute
   * @param prefix the prefix
   * @return a new filter ({@code startswith})
   */
  public Filter<F> startsWith(F field, String prefix) {
    return where(field, FilterOperator.STARTS_WITH, prefix);
  }

  /**
   * A copy of this filter with one more condition, {@code contains}.
   *
   * @param field the attribute
   * @param part  the text
   * @return a new filter ({@code contains})
   */
  public Filter<F> contains(F field, String part) {
    return where(field, FilterOperator.CONTAINS, part);
  }

  /**
   * A copy of this filter with one more condition, {@code endswith}.
   *
   * @param field  the attribute
   * @param suffix the suffix
   * @return a new filter ({@code endswith})
   */
  public Filter<F> endsWith(F field, String suffix) {
    return where(field, FilterOperator.ENDS_WITH, suffix);
  }

  /**
   * A copy of this filter with one more condition, {@code doesnotcontain}.
   *
   * @param field the attribute
   * @param part  the text
   * @return a new filter ({@code doesnotcontain})
   */
  public Filter<F> doesNotContain(F field, String part) {
    return where(field, FilterOperator.DOES_NOT_CONTAIN, part);
  }

  /**
   * A copy of this filter with one more condition, {@code lt}.
   *
   * @param field the attribute
   * @param value the bound
   * @return a new filter ({@code lt})
   */
  public Filter<F> lt(F field, String value) {
    return where(field, FilterOperator.LT, value);
  }

  /**
   * A copy of this filter with one more condition, {@code lte}.
   *
   * @param field the attribute
   * @param value the bound
   * @return a new filter ({@code lte})
   */
  public Filter<F> lte(F field, String value) {
    return where(field, FilterOperator.LTE, value);
  }

  /**
   * A copy of this filter with one more condition, {@code gt}.
   *
   * @param field the attribute
   * @param value the bound
   * @return a new filter ({@code gt})
   */
  public Filter<F> gt(F field, String value) {
    return where(field, FilterOperator.GT, value);
  }

  /**
   * A copy of this filter with one more condition, {@code gte}.
   *
   * @param field the attribute
   * @param value the bound
   * @return a new filter ({@code gte})
   */
  public Filter<F> gte(F field, String value) {
    return where(field, FilterOperator.GTE, value);
  }

  /**
   * A copy of this filter with one more condition, {@code in}.
   *
   * @param field  the attribute
   * @param values one or more values
   * @return a new filter ({@code in})
   */
  public Filter<F> in(F field, String... values) {
    return where(field, FilterOperator.IN, values);
  }

  /**
   * A copy of this filter with one more condition, {@code in}.
   *
   * @param field  the attribute
   * @param values one or more values
   * @return a new filter ({@code in})
   */
  public Filter<F> in(F field, Collection<String> values) {
    return in(field, values.toArray(String[]::new));
  }

  /**
   * A copy of this filter with one more condition, {@code notin}.
   *
   * @param field  the attribute
   * @param values one or more values
   * @return a new filter ({@code notin})
   */
  public Filter<F> notIn(F field, String... values) {
    return where(field, FilterOperator.NOT_IN, values);
  }

  /**
   * A copy of this filter with one more condition, {@code notin}.
   *
   * @param field  the attribute
   * @param values one or more values
   * @return a new filter ({@code notin})
   */
  public Filter<F> notIn(F field, Collection<String> values) {
    return notIn(field, values.toArray(String[]::new));
  }

  /**
   * @param field the attribute
   * @param from  the beginning of the range
   * @param to    the end of the range
   * @return a new filter ({@code between})
   */
  public Filter<F> between(F field, String from, String to) {
    return where(field, FilterOperator.BETWEEN, from, to);
  }

  /**
   * @param field the attribute
   * @param from  the beginning of the range
   * @param to    the end of the range
   * @return a new filter ({@code notbetween})
   */
  public Filter<F> notBetween(F field, String from, String to) {
    return where(field, FilterOperator.NOT_BETWEEN, from, to);
  }

  /**
   * Sets the general search across several attributes ({@code q=text}), replacing any earlier one.
   *
   * @param text the text to search for, not blank
   * @return a new filter with the search
   */
  public Filter<F> search(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new InvalidInputException(
          "filter q", "the search text is blank", "a text to search for");
    }
    return new Filter<>(conditions, text);
  }

  /** @return the conditions, in the order they were added (and are sent) */
  public List<Condition<F>> conditions() {
    return conditions;
  }

  /** @return the general search text ({@code q}), if set */
  public Optional<String> search() {
    return Optional.ofNullable(search);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Filter<?> other
        && conditions.equals(other.conditions)
        && Objects.equals(search, other.search);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions, search);
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    conditions.forEach(c -> parts.add(c.toString()));
    if (search != null) {
      parts.add("q=" + search);
    }
    return "Filter" + parts;
  }
}
