package io.simbridge.horisen.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.simbridge.core.internal.parse.MalformedFieldException;
import io.simbridge.horisen.model.Pagination;
import io.simbridge.horisen.model.ReportPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/** Reads a collection answer: {@code data} and {@code meta.pagination}, in either spelling. */
final class PageReader {
  private PageReader() {}

  static <T> ReportPage<T> read(JsonNode root, Function<JsonNode, T> rows) {
    JsonNode data = root.get("data");
    if (data == null || !data.isArray()) {
      throw new MalformedFieldException("data", data == null ? "is missing" : "is not an array");
    }
    List<T> items = new ArrayList<>(data.size());
    for (int i = 0; i < data.size(); i++) {
      JsonNode row = data.get(i);
      if (!row.isObject()) {
        throw new MalformedFieldException("data[" + i + "]", "is not an object");
      }
      items.add(rows.apply(row));
    }
    JsonNode p = root.path("meta").path("pagination");
    return new ReportPage<>(items, p.isObject() ? Optional.of(pagination(p)) : Optional.empty());
  }

  // The invoice, customer and control endpoints write snake case, the overall endpoint camel case.
  private static Pagination pagination(JsonNode p) {
    JsonNode links = p.path("links");
    Pagination.Links l = links.isObject()
        ? new Pagination.Links(JsonFields.text(links, "first"), JsonFields.text(links, "last"),
            either(JsonFields.text(links, "prev"), JsonFields.text(links, "previous")),
            JsonFields.text(links, "next"))
        : Pagination.Links.NONE;
    return new Pagination(JsonFields.integer(p, "total"), JsonFields.smallInteger(p, "count"),
        either(p, "per_page", "perPage"), either(p, "current_page", "currentPage"),
        either(p, "total_pages", "totalPages"), l);
  }

  private static OptionalInt either(JsonNode p, String snake, String camel) {
    OptionalInt v = JsonFields.smallInteger(p, snake);
    return v.isPresent() ? v : JsonFields.smallInteger(p, camel);
  }

  private static Optional<String> either(Optional<String> a, Optional<String> b) {
    return a.isPresent() ? a : b;
  }
}
