package io.simbridge.thingsmobile.internal;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.SimRef;
import io.simbridge.thingsmobile.model.ThingsMobileOperation;
import java.util.Objects;

/**
 * The checks made before anything is sent, each refusing with a message that names the field,
 * the problem and what the API accepts.
 */
public final class Checks {
  /** The longest SMS sendSms takes, in characters. */
  public static final int MAX_SMS_CHARS = 160;

  /** The largest recharge rechargeSim takes, in MB. */
  public static final long MAX_RECHARGE_MB = 1024;

  private Checks() {}

  /**
   * The API addresses a SIM by MSISDN, ICCID or both; a provider account id means nothing to it.
   *
   * @param sim the SIM
   * @return the SIM
   */
  public static SimRef sim(SimRef sim) {
    Objects.requireNonNull(sim, "sim");
    if (sim.msisdn().isEmpty() && sim.iccid().isEmpty()) {
      throw new InvalidInputException(
          "sim",
          "names neither an MSISDN nor an ICCID (" + sim.label() + ")",
          "an MSISDN, an ICCID of 19 or 20 digits, or both");
    }
    sim.iccid().ifPresent(i -> iccid("iccid", i));
    return sim;
  }

  /**
   * @param field the parameter name, {@code iccid} or {@code simBarcode}
   * @param iccid the ICCID
   * @return the ICCID, which the API takes with 19 or 20 digits only
   */
  public static Iccid iccid(String field, Iccid iccid) {
    Objects.requireNonNull(iccid, field);
    if (iccid.length() < 19 || iccid.length() > 20) {
      throw new InvalidInputException(
          field, "has " + iccid.length() + " digits", "19 or 20 digits");
    }
    return iccid;
  }

  /**
   * @param page a page number
   * @return it, when 1 or more
   */
  public static int page(int page) {
    if (page < 1) {
      throw new InvalidInputException("page", "is " + page, "1 or more");
    }
    return page;
  }

  /**
   * @param operation a paged operation
   * @param pageSize  a page size
   * @return the size, when within 1 to the operation's documented maximum
   */
  public static int pageSize(ThingsMobileOperation operation, int pageSize) {
    int max = Paging.maxPageSize(operation);
    if (pageSize < 1 || pageSize > max) {
      throw new InvalidInputException(
          "pageSize", "is " + pageSize, "1 to " + max + " for " + operation.wireName());
    }
    return pageSize;
  }

  /**
   * @param field the parameter name
   * @param value a text the API requires
   * @return the text, when not blank
   */
  public static String notBlank(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidInputException(field, "is blank", "a non-blank " + field);
    }
    return value;
  }

  /**
   * @param message an SMS text
   * @return it, when 1 to 160 characters and not blank
   */
  public static String smsText(String message) {
    notBlank("message", message);
    int chars = message.codePointCount(0, message.length());
    if (chars > MAX_SMS_CHARS) {
      throw new InvalidInputException(
          "message", "has " + chars + " characters", "1 to " + MAX_SMS_CHARS + " characters");
    }
    return message;
  }

  /**
   * @param amount a recharge
   * @return it in whole MB of 1,048,576 bytes, when 1 to 1024
   */
  public static long rechargeMegabytes(DataVolume amount) {
    Objects.requireNonNull(amount, "amount");
    String allowed = "a whole number of MB (1 MB = 1,048,576 bytes) from 1 to " + MAX_RECHARGE_MB;
    if (!amount.isWhole(DataUnit.MEBIBYTE)) {
      throw new InvalidInputException(
          "amount",
          amount.to(DataUnit.MEBIBYTE).toPlainString() + " MB is not a whole number of MB",
          allowed);
    }
    long mb = amount.toWhole(DataUnit.MEBIBYTE);
    if (mb < 1 || mb > MAX_RECHARGE_MB) {
      throw new InvalidInputException("amount", "is " + mb + " MB", allowed);
    }
    return mb;
  }

  /**
   * @param field  the parameter name
   * @param volume a traffic threshold
   * @return it in whole MB of 1,048,576 bytes
   */
  public static long wholeMegabytes(String field, DataVolume volume) {
    Objects.requireNonNull(volume, field);
    if (!volume.isWhole(DataUnit.MEBIBYTE)) {
      throw new InvalidInputException(
          field,
          volume.to(DataUnit.MEBIBYTE).toPlainString() + " MB is not a whole number of MB",
          "a whole number of MB (1 MB = 1,048,576 bytes), 0 or more");
    }
    return volume.toWhole(DataUnit.MEBIBYTE);
  }
}
