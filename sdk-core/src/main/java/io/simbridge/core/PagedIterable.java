package io.simbridge.core;

import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.MalformedResponseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy list spread over pages: nothing is fetched until it is iterated, and each page is
 * fetched only when the one before it has been consumed. Every iteration starts again from the
 * first page.
 *
 * <pre>{@code
 * provider.listSims(SimFilter.ALL).stream()
 *     .filter(s -> s.status().state() == SimState.SUSPENDED)
 *     .forEach(System.out::println);
 * }</pre>
 *
 * <p>Iteration stops after a page that says no page follows, or after an empty page. A page that
 * repeats an earlier one, or brings nothing the page before it did not already bring (a provider
 * that ignores the page number, a {@code next} link that points back), ends the iteration with a
 * {@link MalformedResponseException} naming the operation and the page, instead of fetching for
 * ever. Repeats are recognised by a 64-bit fingerprint of each page's items (their
 * {@code equals}/{@code hashCode}), so memory grows by 16 bytes per page, not with the items. A
 * page whose items are not distinct among themselves cannot be told from its repetition by
 * content and is not checked.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {

  /**
   * Fetches one page.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface PageFetcher<T> {
    /**
     * @param pageNumber the page to fetch, from 1
     * @return the page
     */
    Page<T> fetch(int pageNumber);
  }

  private final Supplier<Iterator<Page<T>>> pages;

  private PagedIterable(Supplier<Iterator<Page<T>>> pages) {
    this.pages = pages;
  }

  /**
   * A lazy list over pages fetched by number, for a caller that cannot name the operation; a
   * repeated page is reported as the {@code unknown} provider's {@code list}.
   *
   * @param fetcher fetches a page by number
   * @param <T>     the item type
   * @return a lazy list over the fetcher's pages
   */
  public static <T> PagedIterable<T> of(PageFetcher<T> fetcher) {
    return of(ErrorDetails.of("unknown", "list"), fetcher);
  }

  /**
   * @param operation the provider and operation that fetch the pages, named by the error raised
   *                  on a page that repeats
   * @param fetcher   fetches a page by number
   * @param <T>       the item type
   * @return a lazy list over the fetcher's pages
   */
  public static <T> PagedIterable<T> of(ErrorDetails operation, PageFetcher<T> fetcher) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(fetcher, "fetcher");
    return new PagedIterable<>(() -> new PageIterator<>(operation, fetcher));
  }

  /** @return the pages, fetched one by one as the iteration advances */
  public Iterable<Page<T>> byPage() {
    return pages::get;
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private final Iterator<Page<T>> pages = PagedIterable.this.pages.get();
      private Iterator<T> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** @return a sequential stream over every item, fetching pages as it is consumed */
  public Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false);
  }

  /**
   * @param mapper converts each item, page by page as they are fetched
   * @param <R>    the new item type
   * @return a lazy list of the converted items
   */
  public <R> PagedIterable<R> map(Function<? super T, ? extends R> mapper) {
    // Mapped after the check, which so sees the provider's own items.
    Supplier<Iterator<Page<R>>> mapped =
        () -> {
          Iterator<Page<T>> source = pages.get();
          return new Iterator<Page<R>>() {
            @Override
            public boolean hasNext() {
              return source.hasNext();
            }

            @Override
            public Page<R> next() {
              return source.next().map(mapper);
            }
          };
        };
    return new PagedIterable<>(mapped);
  }

  /** Fetches page after page, and refuses a page that repeats or brings nothing new. */
  private static final class PageIterator<T> implements Iterator<Page<T>> {
    private final ErrorDetails operation;
    private final PageFetcher<T> fetcher;
    // Fingerprint of each page fetched so far -> its number.
    private final Map<Fingerprint, Integer> seen = new HashMap<>();
    // The items of the page before, when they were distinct.
    private Set<T> previous;
    private int nextNumber = 1;
    private boolean done;

    PageIterator(ErrorDetails operation, PageFetcher<T> fetcher) {
      this.operation = operation;
      this.fetcher = fetcher;
    }

    @Override
    public boolean hasNext() {
      return !done;
    }

    @Override
    public Page<T> next() {
      if (done) {
        throw new NoSuchElementException();
      }
      int number = nextNumber++;
      Page<T> page = fetcher.fetch(number);
      done = !page.hasNext() || page.items().isEmpty();
      Set<T> items = new HashSet<>(page.items());
      // Only a page of distinct items can be told from its repetition by content: a page that
      // repeats items itself (identical CDRs) is let through, and its list ends by its cap.
      boolean distinct = !items.isEmpty() && items.size() == page.items().size();
      if (distinct) {
        Integer earlier = seen.putIfAbsent(Fingerprint.of(page.items()), number);
        if (earlier != null || (previous != null && previous.containsAll(items))) {
          done = true;
          throw new MalformedResponseException(
              operation,
              "page "
                  + number
                  + " repeats page "
                  + (earlier != null ? earlier : number - 1)
                  + ": the provider ignores the page asked for, or its pages"
                  + " loop; the list was stopped there rather than fetched for ever",
              "",
              null);
        }
      }
      previous = distinct ? items : null;
      return page;
    }
  }

  /** Two independent hashes of a page's items, in order: two pages that differ collide with odds of 2^-64. */
  private record Fingerprint(int size, long first, long second) {
    static Fingerprint of(List<?> items) {
      long a = 1;
      long b = 7;
      for (Object item : items) {
        long h = item == null ? 0 : item.hashCode();
        a = a * 0x9E3779B97F4A7C15L + h;
        b = (b ^ (h * 0xC2B2AE3D27D4EB4FL)) * 0x165667B19E3779F9L;
        b ^= b >>> 29;
      }
      return new Fingerprint(items.size(), a, b);
    }
  }
}
