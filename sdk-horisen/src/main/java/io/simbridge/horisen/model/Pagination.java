package io.simbridge.horisen.model;

import io.simbridge.core.internal.text.ToString;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A report page's pagination metadata (models 4.10 to 4.12). The invoice, customer and control
 * endpoints write it in snake case ({@code per_page}, {@code current_page}, {@code total_pages})
 * with {@code links}; the overall endpoint in camel case ({@code perPage}, {@code currentPage},
 * {@code totalPages}) without links. Both read into this record.
 *
 * @param total       the total number of rows
 * @param count       the number of rows on this page
 * @param perPage     the maximum number of rows per page
 * @param currentPage this page's number
 * @param totalPages  the total number of pages
 * @param links       links to other pages, all empty when the answer has none
 */
public record Pagination(
    OptionalLong total,
    OptionalInt count,
    OptionalInt perPage,
    OptionalInt currentPage,
    OptionalInt totalPages,
    Links links) {

  /**
   * Validates the record.
   *
   * @param total the total number of rows
   * @param count the number of rows on this page
   * @param perPage the maximum number of rows per page
   * @param currentPage this page's number
   * @param totalPages the total number of pages
   * @param links links to other pages, all empty when the answer has none
   */
  public Pagination {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(perPage, "perPage");
    Objects.requireNonNull(currentPage, "currentPage");
    Objects.requireNonNull(totalPages, "totalPages");
    Objects.requireNonNull(links, "links");
  }

  /**
   * Links to other pages (model 4.12), as the answer wrote them.
   *
   * @param first the first page
   * @param last  the last page
   * @param prev  the previous page
   * @param next  the next page
   */
  public record Links(
      Optional<String> first, Optional<String> last, Optional<String> prev, Optional<String> next) {

    /** No links. */
    public static final Links NONE =
        new Links(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Validates the record.
     *
     * @param first the first page
     * @param last  the last page
     * @param prev  the previous page
     * @param next  the next page
     */
    public Links {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      Objects.requireNonNull(prev, "prev");
      Objects.requireNonNull(next, "next");
    }
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
