package io.simbridge.horisen.model;

/**
 * The 18 operators of HORISEN's URL filter language ({@code operator(fieldName)=value}), with the
 * values each one takes.
 */
public enum FilterOperator {
  /** The attribute has no value. */
  IS_NULL("isnull", Arity.NONE),
  /** The attribute has a value. */
  IS_NOT_NULL("isnotnull", Arity.NONE),
  /** The attribute is empty. */
  IS_EMPTY("isempty", Arity.NONE),
  /** The attribute is not empty. */
  IS_NOT_EMPTY("isnotempty", Arity.NONE),
  /** Equal to the value; sent as {@code fieldName=value}, which the API treats as {@code eq}. */
  EQ("eq", Arity.ONE),
  /** Not equal to the value. */
  NEQ("neq", Arity.ONE),
  /** Starts with the value. */
  STARTS_WITH("startswith", Arity.ONE),
  /** Contains the value. */
  CONTAINS("contains", Arity.ONE),
  /** Ends with the value. */
  ENDS_WITH("endswith", Arity.ONE),
  /** Does not contain the value. */
  DOES_NOT_CONTAIN("doesnotcontain", Arity.ONE),
  /** Less than the value. */
  LT("lt", Arity.ONE),
  /** Less than or equal to the value. */
  LTE("lte", Arity.ONE),
  /** Greater than the value. */
  GT("gt", Arity.ONE),
  /** Greater than or equal to the value. */
  GTE("gte", Arity.ONE),
  /** One of the values. */
  IN("in", Arity.LIST),
  /** None of the values. */
  NOT_IN("notin", Arity.LIST),
  /** Within the range given by two values, its beginning and its end. */
  BETWEEN("between", Arity.RANGE),
  /** Outside the range given by two values, its beginning and its end. */
  NOT_BETWEEN("notbetween", Arity.RANGE);

  /** How many values an operator takes. */
  public enum Arity {
    /** No value: the API lets the value be omitted, and simbridge omits it. */
    NONE("no value"),
    /** Exactly one value. */
    ONE("exactly one non-empty value"),
    /** One or more values, sent as a comma-separated list, so none may contain a comma. */
    LIST("one or more non-empty values without commas"),
    /** Exactly two values, the beginning and the end of the range, without commas. */
    RANGE("exactly two non-empty values without commas: the beginning and the end of the range");

    private final String description;

    Arity(String description) {
      this.description = description;
    }

    /** @return what this arity accepts, in words */
    public String description() {
      return description;
    }
  }

  private final String apiName;
  private final Arity arity;

  FilterOperator(String apiName, Arity arity) {
    this.apiName = apiName;
    this.arity = arity;
  }

  /** @return the operator's name in the API, such as {@code startswith} */
  public String apiName() {
    return apiName;
  }

  /** @return how many values it takes */
  public Arity arity() {
    return arity;
  }
}
