package io.simbridge.horisen.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.simbridge.core.Page;
import io.simbridge.core.PagedIterable;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.internal.http.CredentialSource;
import io.simbridge.core.internal.http.HttpExecutor;
import io.simbridge.core.internal.http.InboundResponse;
import io.simbridge.core.internal.http.OutboundRequest;
import io.simbridge.core.internal.parse.MalformedFieldException;
import io.simbridge.core.internal.parse.Mappers;
import io.simbridge.horisen.model.Pagination;
import io.simbridge.horisen.model.ReportPage;
import io.simbridge.horisen.model.TrafficReportCsvRow;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Sends report requests: one page, all pages lazily, or a CSV file as a stream of rows. Every call
 * carries the bearer token from the client's {@link CredentialSource}, and is replayed once with a
 * new token when the API answers 401.
 */
public final class Paging {
  private final HttpExecutor http;
  private final CredentialSource credentials;
  private final String baseUrl;
  private final URI base;
  private final OptionalInt pageSize;

  /**
   * @param http        the client's executor
   * @param credentials where bearer tokens come from
   * @param baseUrl     the API's base URL, already checked
   * @param pageSize    the rows per page to ask for, empty for the server's default
   */
  public Paging(
      HttpExecutor http, CredentialSource credentials, String baseUrl, OptionalInt pageSize) {
    this.http = Objects.requireNonNull(http, "http");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.base = URI.create(baseUrl);
    this.pageSize = Objects.requireNonNull(pageSize, "pageSize");
  }

  /**
   * @param query      the request
   * @param pageNumber the page, from 1
   * @param <T>        the row type
   * @return that page, with its pagination metadata
   */
  public <T> ReportPage<T> page(ReportQuery<T> query, int pageNumber) {
    if (pageNumber < 1) {
      throw new InvalidInputException("pageNumber", "is " + pageNumber, "1 or more");
    }
    return fetch(query, query.url(baseUrl, pageNumber, pageSize), pageNumber);
  }

  /**
   * @param query the request
   * @param <T>   the row type
   * @return every row of every page, fetched page by page as they are consumed
   */
  public <T> PagedIterable<T> all(ReportQuery<T> query) {
    return PagedIterable.of(http.details(query.operation().name()), new Pager<>(query));
  }

  /**
   * Sends the request and hands the CSV body over as rows. The answer's status and header line
   * are checked before this returns; the rows are read as the stream is consumed.
   *
   * @param query  a request with {@code outputFormat=csv}
   * @param layout the report's columns
   * @return the rows; the caller closes the stream
   */
  public Stream<TrafficReportCsvRow> csv(ReportQuery<?> query, CsvLayout layout) {
    String url = query.url(baseUrl, 1, OptionalInt.empty());
    // Streamed: the call timeout ends at the checked header line; the rows are read after.
    CsvRows rows =
        http.execute(
            query.operation().asStreamed(),
            credentials,
            token -> get(url, token, "text/csv, application/json;q=0.9"),
            response -> {
              if (!response.isSuccessful()) {
                throw Errors.from(response);
              }
              if (response.mediaType().filter("application/json"::equals).isPresent()) {
                throw jsonInsteadOfCsv(response);
              }
              return CsvRows.open(response.detach(), layout, response.details(), http.redactor());
            });
    return rows.stream();
  }

  private static OutboundRequest get(String url, String token, String accept) {
    return OutboundRequest.get(url)
        .header("Authorization", "Bearer " + token)
        .header("Accept", accept)
        .build();
  }

  private static RuntimeException jsonInsteadOfCsv(InboundResponse response) throws IOException {
    JsonNode root = Mappers.json().readTree(response.bytes());
    Optional<SimApiException> error = Errors.stated(response, root);
    return error.isPresent()
        ? error.get()
        : response.malformed("asked for CSV (outputFormat=csv), the answer is JSON");
  }

  private <T> ReportPage<T> fetch(ReportQuery<T> query, String url, int pageNumber) {
    return http.execute(
        query.operation(),
        credentials,
        token -> get(url, token, "application/json"),
        response -> {
          if (!response.isSuccessful()) {
            throw Errors.from(response);
          }
          ReportPage<T> page = query.pages().read(response.bytes());
          if (page == null) {
            throw withoutData(response);
          }
          OptionalInt current =
              page.pagination().map(Pagination::currentPage).orElse(OptionalInt.empty());
          // A server that ignored the page parameter would otherwise be asked for "the next page"
          // forever.
          if (!page.data().isEmpty() && current.isPresent() && current.getAsInt() != pageNumber) {
            throw response.malformed(
                "asked for page " + pageNumber + ", the answer is page " + current.getAsInt());
          }
          return page;
        });
  }

  /**
   * Why a successful answer without a {@code data} array is refused: the error it states (with
   * {@code Code}/{@code Message} in any case, read from its tree: such an answer is small), else
   * what is wrong with it.
   */
  private static RuntimeException withoutData(InboundResponse response) throws IOException {
    JsonNode root = Mappers.json().readTree(response.bytes());
    if (root == null || !root.isObject()) {
      return response.malformed("the answer is not a JSON object");
    }
    if (root.has("data")) {
      return new MalformedFieldException("data", "is not an array");
    }
    Optional<SimApiException> error = Errors.stated(response, root);
    return error.isPresent() ? error.get() : new MalformedFieldException("data", "is missing");
  }

  /**
   * Fetches page {@code n} by following the previous page's {@code links.next} when it had one on
   * this API's origin, else by number. A link to another scheme, host or port is not followed,
   * so the bearer token never leaves the API's origin; the page is then asked for by number.
   */
  private final class Pager<T> implements PagedIterable.PageFetcher<T> {
    private final ReportQuery<T> query;
    // Page n's URL as the page before it linked it; removed once used, so it holds one entry or
    // two.
    private final Map<Integer, String> linked = new ConcurrentHashMap<>();

    Pager(ReportQuery<T> query) {
      this.query = query;
    }

    @Override
    public Page<T> fetch(int n) {
      String link = n > 1 ? linked.remove(n) : null;
      String url = link != null ? link : query.url(baseUrl, n, pageSize);
      ReportPage<T> page = Paging.this.fetch(query, url, n);
      Optional<Pagination> p = page.pagination();
      // The page numbers (4.11) outrank links.next: a server that links the last page back to an
      // earlier one would otherwise have its complete report end in an error, or rows delivered
      // twice.
      OptionalInt pagesLeft =
          p.filter(x -> x.totalPages().isPresent())
              .map(x -> OptionalInt.of(x.totalPages().getAsInt() - x.currentPage().orElse(n)))
              .orElse(OptionalInt.empty());
      Optional<String> next =
          pagesLeft.isPresent() && pagesLeft.getAsInt() <= 0
              ? Optional.empty()
              : p.flatMap(x -> x.links().next());
      next.flatMap(l -> onThisOrigin(url, l)).ifPresent(u -> linked.put(n + 1, u));
      boolean more = next.isPresent() || (pagesLeft.isPresent() && pagesLeft.getAsInt() > 0);
      int size =
          p.map(Pagination::perPage)
              .filter(OptionalInt::isPresent)
              .map(OptionalInt::getAsInt)
              .orElse(pageSize.orElse(page.data().size()));
      OptionalLong total = p.map(Pagination::total).orElse(OptionalLong.empty());
      return new Page<>(page.data(), n, size, total, more);
    }
  }

  private Optional<String> onThisOrigin(String current, String link) {
    try {
      URI resolved = new URI(current).resolve(new URI(link.strip()));
      boolean same =
          equalsIgnoreCase(resolved.getScheme(), base.getScheme())
              && equalsIgnoreCase(resolved.getHost(), base.getHost())
              && port(resolved) == port(base);
      return same ? Optional.of(resolved.toString()) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean equalsIgnoreCase(String a, String b) {
    return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }

  private static int port(URI u) {
    return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }
}
