package io.simbridge.core;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
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
 * <p>Iteration stops after a page that says no page follows, or after an empty page.
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

  private final PageFetcher<T> fetcher;

  private PagedIterable(PageFetcher<T> fetcher) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  /**
   * @param fetcher fetches a page by number
   * @param <T>     the item type
   * @return a lazy list over the fetcher's pages
   */
  public static <T> PagedIterable<T> of(PageFetcher<T> fetcher) {
    return new PagedIterable<>(fetcher);
  }

  /** @return the pages, fetched one by one as the iteration advances */
  public Iterable<Page<T>> byPage() {
    return PageIterator::new;
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private final PageIterator pages = new PageIterator();
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
    return new PagedIterable<>(n -> fetcher.fetch(n).map(mapper));
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private int nextNumber = 1;
    private boolean done;

    @Override
    public boolean hasNext() {
      return !done;
    }

    @Override
    public Page<T> next() {
      if (done) {
        throw new NoSuchElementException();
      }
      Page<T> page = fetcher.fetch(nextNumber++);
      done = !page.hasNext() || page.items().isEmpty();
      return page;
    }
  }
}
