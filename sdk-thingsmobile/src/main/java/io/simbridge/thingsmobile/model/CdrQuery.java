package io.simbridge.thingsmobile.model;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.text.ToString;
import io.simbridge.core.model.Msisdn;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Which CDRs downloadCdr exports and getCdrPaginated lists: those of some SIMs (the API's
 * {@code msisdnList}) in a date range.
 *
 * @param msisdnList the SIMs, at least one; duplicates are dropped, order is kept
 * @param range      the date range
 */
public record CdrQuery(List<Msisdn> msisdnList, DateRange range) {

  /**
   * Validates and freezes the record.
   *
   * @param msisdnList the SIMs, at least one; duplicates are dropped, order is kept
   * @param range      the date range
   */
  public CdrQuery {
    Objects.requireNonNull(msisdnList, "msisdnList");
    Objects.requireNonNull(range, "range");
    if (msisdnList.isEmpty()) {
      throw new InvalidInputException("msisdnList", "is empty", "one or more MSISDNs");
    }
    msisdnList = List.copyOf(new LinkedHashSet<>(msisdnList));
  }

  /**
   * @param range   the date range
   * @param msisdns the SIMs, at least one
   * @return the query
   */
  public static CdrQuery of(DateRange range, Msisdn... msisdns) {
    return new CdrQuery(Arrays.asList(msisdns), range);
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
