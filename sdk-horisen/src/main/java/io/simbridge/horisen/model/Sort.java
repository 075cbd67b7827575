package io.simbridge.horisen.model;

import io.simbridge.core.error.InvalidInputException;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One sort criterion of an overall traffic report: {@code field} ascending, {@code -field}
 * descending.
 *
 * @param field     a field the documentation allows sorting on ({@link OverallField#sortable()})
 * @param direction the direction
 */
public record Sort(OverallField field, Direction direction) {

  /** The sort direction. */
  public enum Direction {
    /** Ascending: sent as {@code field}. */
    ASCENDING,
    /** Descending: sent as {@code -field}. */
    DESCENDING
  }

  /**
   * Validates the criterion.
   *
   * @param field a field the documentation allows sorting on ({@link OverallField#sortable()})
   * @param direction the direction
   */
  public Sort {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(direction, "direction");
    if (!field.sortable()) {
      throw new InvalidInputException(
          "sort",
          field.apiName() + " cannot be sorted on",
          OverallField.select(OverallField::sortable).stream()
              .map(OverallField::apiName)
              .collect(Collectors.joining(", ")));
    }
  }

  /**
   * Sorts on a field, ascending.
   *
   * @param field the field
   * @return an ascending sort on it
   */
  public static Sort ascending(OverallField field) {
    return new Sort(field, Direction.ASCENDING);
  }

  /**
   * Sorts on a field, descending.
   *
   * @param field the field
   * @return a descending sort on it
   */
  public static Sort descending(OverallField field) {
    return new Sort(field, Direction.DESCENDING);
  }

  /** @return the criterion as the API writes it: {@code countryName} or {@code -countryName} */
  public String apiValue() {
    return direction == Direction.DESCENDING ? "-" + field.apiName() : field.apiName();
  }
}
