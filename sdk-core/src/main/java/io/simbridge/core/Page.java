package io.simbridge.core;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items      the items on this page
 * @param number     the page number, from 1
 * @param size       the page size asked for
 * @param totalItems the number of items in the whole list, when the provider tells
 * @param hasNext    whether another page follows
 * @param <T>        the item type
 */
public record Page<T>(
    List<T> items, int number, int size, OptionalLong totalItems, boolean hasNext) {

  /**
   * Validates and freezes the record.
   *
   * @param items      the items on this page
   * @param number     the page number, from 1
   * @param size       the page size asked for
   * @param totalItems the number of items in the whole list, when the provider tells
   * @param hasNext    whether another page follows
   */
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(totalItems, "totalItems");
    if (number < 1) {
      throw new IllegalArgumentException("page number must be 1 or more: " + number);
    }
  }

  /**
   * @param mapper converts each item
   * @param <R>    the new item type
   * @return this page with every item converted
   */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), number, size, totalItems, hasNext);
  }
}
