package io.simbridge.horisen.internal;

import io.simbridge.core.internal.http.OperationSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One validated report request, ready to send: the operation, the path under the base URL, the
 * encoded query parameters in order, and how to read its JSON pages.
 *
 * @param operation  the operation
 * @param path       the path under the base URL, starting with {@code /}
 * @param parameters the encoded query parameters, {@code name=value}, in the order they are sent
 * @param pages      reads one JSON page of the answer
 * @param <T>        the row type
 */
public record ReportQuery<T>(
    OperationSpec operation, String path, List<String> parameters, PageReader<T> pages) {

  /** Validates the record. */
  public ReportQuery {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(path, "path");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(pages, "pages");
  }

  /**
   * The URL of one page. Pagination parameters are not named in the Traffic Report document;
   * other HORISEN APIs use {@code page_number} and {@code page_size}. They are appended only when
   * needed, so that the first page's URL is exactly the documented request.
   *
   * @param baseUrl    the API's base URL
   * @param pageNumber the page, from 1; 1 sends no page number
   * @param pageSize   the rows per page to ask for, empty for the server's default
   * @return the URL
   */
  String url(String baseUrl, int pageNumber, OptionalInt pageSize) {
    List<String> all = new ArrayList<>(parameters);
    if (pageNumber > 1) {
      all.add("page_number=" + pageNumber);
    }
    pageSize.ifPresent(size -> all.add("page_size=" + size));
    return baseUrl + path + (all.isEmpty() ? "" : "?" + String.join("&", all));
  }
}
