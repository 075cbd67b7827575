package io.simbridge.horisen.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.simbridge.core.internal.parse.Mappers;
import io.simbridge.horisen.internal.JsonValues.ObjectArray;
import io.simbridge.horisen.internal.JsonValues.ObjectOrAbsent;
import io.simbridge.horisen.internal.JsonValues.SmallWhole;
import io.simbridge.horisen.internal.JsonValues.Text;
import io.simbridge.horisen.internal.JsonValues.Whole;
import io.simbridge.horisen.model.Pagination;
import io.simbridge.horisen.model.ReportPage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads a collection answer in one pass, binding {@code data} to the report's row DTO and
 * {@code meta.pagination} in either spelling: no JSON tree is built.
 *
 * @param <T> the row record
 */
public final class PageReader<T> {
  private final ObjectReader reader;

  private PageReader(ObjectReader reader) {
    this.reader = reader;
  }

  /**
   * @param rowType the row DTO
   * @param <T>     the record it becomes
   * @param <R>     the DTO
   * @return a reader of pages of such rows, thread-safe
   */
  static <T, R extends Answers.Row<T>> PageReader<T> of(Class<R> rowType) {
    return new PageReader<>(
        Mappers.json()
            .readerFor(
                Mappers.json().getTypeFactory().constructParametricType(Answer.class, rowType)));
  }

  /**
   * @param body a JSON answer
   * @return the page, or {@code null} when the answer is not an object with a {@code data} array
   *     (an error body, which the caller looks for)
   * @throws IOException if it is not JSON or a member cannot be read (a Jackson exception)
   */
  ReportPage<T> read(byte[] body) throws IOException {
    @SuppressWarnings("unchecked") // of() made the reader for an Answer of Row<T>s
    Answer<? extends Answers.Row<T>> answer =
        (Answer<? extends Answers.Row<T>>) JsonValues.readObject(reader, body);
    if (answer == null || answer.data == null) {
      return null;
    }
    List<T> items = new ArrayList<>(answer.data.size());
    for (Answers.Row<T> row : answer.data) {
      items.add(row.toRecord());
    }
    PaginationFields p = answer.meta == null ? null : answer.meta.pagination;
    return new ReportPage<>(items, p == null ? Optional.empty() : Optional.of(p.toPagination()));
  }

  /**
   * A collection answer.
   *
   * @param <R> the row DTO
   */
  public static final class Answer<R> {
    /** {@code data}, {@code null} when the answer has none or {@code null}. */
    @JsonDeserialize(using = ObjectArray.class)
    public List<R> data;

    /** {@code meta}, {@code null} when missing or not an object. */
    @JsonDeserialize(using = ObjectOrAbsent.class)
    public Meta meta;
  }

  /** {@code meta}. */
  public static final class Meta {
    /** {@code meta.pagination}, {@code null} when missing or not an object. */
    @JsonDeserialize(using = ObjectOrAbsent.class)
    public PaginationFields pagination;
  }

  /**
   * {@code meta.pagination} (models 4.10, 4.11): the invoice, customer and control endpoints write
   * snake case, the overall endpoint camel case. Each spelling has its field; the snake case one
   * wins when an answer carries both.
   */
  public static final class PaginationFields {
    /** {@code total}. */
    @JsonDeserialize(using = Whole.class)
    public OptionalLong total = OptionalLong.empty();

    /** {@code count}. */
    @JsonDeserialize(using = SmallWhole.class)
    public OptionalInt count = OptionalInt.empty();

    /** {@code per_page}. */
    @JsonProperty("per_page")
    @JsonDeserialize(using = SmallWhole.class)
    public OptionalInt perPageSnake = OptionalInt.empty();

    /** {@code perPage}. */
    @JsonDeserialize(using = SmallWhole.class)
    public OptionalInt perPage = OptionalInt.empty();

    /** {@code current_page}. */
    @JsonProperty("current_page")
    @JsonDeserialize(using = SmallWhole.class)
    public OptionalInt currentPageSnake = OptionalInt.empty();

    /** {@code currentPage}. */
    @JsonDeserialize(using = SmallWhole.class)
    public OptionalInt currentPage = OptionalInt.empty();

    /** {@code total_pages}. */
    @JsonProperty("total_pages")
    @JsonDeserialize(using = SmallWhole.class)
    public OptionalInt totalPagesSnake = OptionalInt.empty();

    /** {@code totalPages}. */
    @JsonDeserialize(using = SmallWhole.class)
    public OptionalInt totalPages = OptionalInt.empty();

    /** {@code links}, {@code null} when missing or not an object. */
    @JsonDeserialize(using = ObjectOrAbsent.class)
    public LinkFields links;

    Pagination toPagination() {
      return new Pagination(
          total,
          count,
          either(perPageSnake, perPage),
          either(currentPageSnake, currentPage),
          either(totalPagesSnake, totalPages),
          links == null ? Pagination.Links.NONE : links.toLinks());
    }

    private static OptionalInt either(OptionalInt snake, OptionalInt camel) {
      return snake.isPresent() ? snake : camel;
    }
  }

  /** {@code meta.pagination.links} (model 4.12); {@code previous} is read as {@code prev}. */
  public static final class LinkFields {
    /** {@code first}. */
    @JsonDeserialize(using = Text.class)
    public Optional<String> first = Optional.empty();

    /** {@code last}. */
    @JsonDeserialize(using = Text.class)
    public Optional<String> last = Optional.empty();

    /** {@code prev}. */
    @JsonDeserialize(using = Text.class)
    public Optional<String> prev = Optional.empty();

    /** {@code previous}. */
    @JsonDeserialize(using = Text.class)
    public Optional<String> previous = Optional.empty();

    /** {@code next}. */
    @JsonDeserialize(using = Text.class)
    public Optional<String> next = Optional.empty();

    Pagination.Links toLinks() {
      return new Pagination.Links(first, last, prev.isPresent() ? prev : previous, next);
    }
  }
}
