package io.simbridge.horisen.model;

import io.simbridge.core.internal.text.ToString;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a report: its rows ({@code data}) and the pagination metadata
 * ({@code meta.pagination}) the answer carried.
 *
 * @param data       the rows of this page
 * @param pagination the pagination metadata, empty when the answer carried none
 * @param <T>        the row type
 */
public record ReportPage<T>(List<T> data, Optional<Pagination> pagination) {

  /**
   * Validates and freezes the record.
   *
   * @param data the rows of this page
   * @param pagination the pagination metadata, empty when the answer carried none
   */
  public ReportPage {
    data = List.copyOf(Objects.requireNonNull(data, "data"));
    Objects.requireNonNull(pagination, "pagination");
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
