package io.simbridge.horisen.internal;

import io.simbridge.core.internal.http.Urls;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.FilterField;
import io.simbridge.horisen.model.FilterOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds a query string in the documentation's spelling: lists comma-separated with bare commas
 * ({@code embed=countryName,inSmsCnt}), date-times with bare colons, filter parameters as
 * {@code operator(field)=value} with bare parentheses, {@code eq} as {@code field=value}. Every
 * other reserved character is percent-encoded, {@code +} included (as {@code %2B}), so that a
 * {@code +02:00} offset is not read as a space.
 */
final class QueryString {
  private final List<String> parameters = new ArrayList<>();

  /** Adds a value whose reserved characters are all encoded. */
  QueryString add(String name, String value) {
    return addRaw(name, Urls.encodeQuery(value, ""));
  }

  /** Adds a date-time, keeping its colons as the documentation writes them. */
  QueryString addDateTime(String name, String isoValue) {
    return addRaw(name, Urls.encodeQuery(isoValue, ":"));
  }

  /** Adds a comma-separated list; the values themselves contain no comma. */
  QueryString addList(String name, List<String> values) {
    return addRaw(name, values.stream().map(v -> Urls.encodeQuery(v, "")).collect(Collectors.joining(",")));
  }

  <F extends FilterField> QueryString addFilter(Filter<F> filter) {
    for (Filter.Condition<F> c : filter.conditions()) {
      String name = c.operator() == FilterOperator.EQ ? c.field().apiName()
          : c.operator().apiName() + "(" + c.field().apiName() + ")";
      // Operators without value are sent as "isnull(field)=": an explicit empty value.
      addList(name, c.values());
    }
    filter.search().ifPresent(q -> add("q", q));
    return this;
  }

  private QueryString addRaw(String name, String encodedValue) {
    parameters.add(Urls.encodeQuery(name, "()") + "=" + encodedValue);
    return this;
  }

  List<String> parameters() {
    return List.copyOf(parameters);
  }
}
