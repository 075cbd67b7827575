package io.simbridge.thingsmobile.internal;

import io.simbridge.core.Page;
import io.simbridge.core.PagedIterable;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.thingsmobile.model.Cdr;
import io.simbridge.thingsmobile.model.CdrQuery;
import io.simbridge.thingsmobile.model.CreditHistoryRow;
import io.simbridge.thingsmobile.model.ResultCapExceededException;
import io.simbridge.thingsmobile.model.ThingsMobileOperation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** Pages as the API gives them: no totals, so a full page means another may follow. */
public final class Paging {
  private Paging() {}

  /** getCdrPaginated, as the client offers it. */
  @FunctionalInterface
  public interface CdrPages {
    /**
     * @param query    the SIMs and date range
     * @param page     the page
     * @param pageSize the page size
     * @return the page
     */
    Page<Cdr> fetch(CdrQuery query, int page, int pageSize);
  }

  /** credit's history rows, as the client offers them. */
  @FunctionalInterface
  public interface CreditRows {
    /**
     * @param page     the page
     * @param pageSize the page size
     * @return the page's history rows
     */
    List<CreditHistoryRow> fetch(int page, int pageSize);
  }

  /**
   * @param op a paged operation
   * @return its documented largest page
   */
  public static int maxPageSize(ThingsMobileOperation op) {
    return op.maxPageSize().orElseThrow(() -> new IllegalArgumentException(op + " does not page"));
  }

  /**
   * Every credit history row of a date range, 5,000 at a time, stopping at the provider's cap of
   * 5,000.
   *
   * @param rows    fetches a page of rows
   * @param details the provider and operation, for the cap error
   * @return the lazy list
   */
  public static PagedIterable<CreditHistoryRow> allCreditRows(
      CreditRows rows, ErrorDetails details) {
    ThingsMobileOperation op = ThingsMobileOperation.CREDIT;
    int pageSize = maxPageSize(op);
    return capped(
        n -> page(rows.fetch(n, pageSize), n, pageSize),
        pageSize,
        op.resultCap().getAsInt(),
        Errors.CREDIT_HISTORY_ERROR,
        details,
        "credit history rows");
  }

  /**
   * Every CDR of a query, 500 at a time, stopping at the provider's cap of 10,000.
   *
   * @param pages   fetches a page
   * @param query   the query, asked for when the first page is fetched
   * @param details the provider and operation, for the cap error
   * @return the lazy list
   */
  public static PagedIterable<Cdr> allCdrs(
      CdrPages pages, Supplier<CdrQuery> query, ErrorDetails details) {
    ThingsMobileOperation op = ThingsMobileOperation.GET_CDR_PAGINATED;
    int pageSize = maxPageSize(op);
    return capped(
        n -> pages.fetch(query.get(), n, pageSize),
        pageSize,
        op.resultCap().getAsInt(),
        Errors.CDR_ERROR,
        details,
        "CDRs");
  }

  /**
   * @param items    the page's items
   * @param number   the page number
   * @param pageSize the size asked for
   * @param <T>      the item type
   * @return the page; it says another follows when it is full
   */
  public static <T> Page<T> page(List<T> items, int number, int pageSize) {
    return new Page<>(items, number, pageSize, OptionalLong.empty(), items.size() >= pageSize);
  }

  /**
   * A lazy list that stops with {@link ResultCapExceededException} instead of asking for a page
   * beyond the provider's cap, whose content the provider does not return, and that reports the
   * provider's own refusal ({@code capCode}) the same way.
   *
   * @param fetcher  fetches a page
   * @param pageSize the page size the fetcher uses
   * @param cap      the most results the provider returns for one query
   * @param capCode  the provider's error code for a query over the cap
   * @param details  the provider and operation, for the error
   * @param what     what is counted, such as {@code CDRs}
   * @param <T>      the item type
   * @return the lazy list
   */
  private static <T> PagedIterable<T> capped(
      PagedIterable.PageFetcher<T> fetcher,
      int pageSize,
      int cap,
      String capCode,
      ErrorDetails details,
      String what) {
    return PagedIterable.of(
        details,
        n -> {
          // Page n is asked for only after n - 1 full pages: (n - 1) * pageSize results delivered.
          if ((long) (n - 1) * pageSize >= cap) {
            throw new ResultCapExceededException(details, cap, what, null);
          }
          try {
            return fetcher.fetch(n);
          } catch (InvalidRequestException e) {
            if (!(e instanceof ResultCapExceededException)
                && e.providerCode().equals(Optional.of(capCode))) {
              throw new ResultCapExceededException(e.details(), cap, what, e);
            }
            throw e;
          }
        });
  }
}
