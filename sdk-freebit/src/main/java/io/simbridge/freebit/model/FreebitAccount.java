package io.simbridge.freebit.model;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.Msisdn;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The account a freebit call names ({@code account}): a SIM's phone number in Japanese national
 * form, or a share group's code. freebit takes one account per request.
 *
 * <p>Accepted forms, checked before anything is sent:
 * <ul>
 *   <li>phone number: {@code 0} followed by 9 or 10 digits, digits only, as in the
 *       documentation's {@code 09012345678} (11-digit mobile numbers such as 090/080/070/020,
 *       10-digit numbers otherwise). An international number is converted with
 *       {@link #ofMsisdn(Msisdn)};</li>
 *   <li>share-group code: the document types it only as "alphanumeric + symbols" and shows one
 *       example, {@code AAA0_00000000001}, so no shape is imposed. Checked: 1 to
 *       {@value #MAX_SHARE_GROUP_LENGTH} characters, each printable ASCII ({@code !} U+0021 to
 *       {@code ~} U+007E: letters of either case, digits and symbols), so no space or other
 *       whitespace, no control character and nothing outside ASCII. The length bound is
 *       simbridge's, as the document gives none: four times the example's 16, it refuses only what
 *       cannot be a code.</li>
 * </ul>
 *
 * <p>{@link #of(String)} tells the kinds apart: digits only is a phone number; a value with a
 * letter is a share-group code; a value of digits and symbols only (such as
 * {@code 090-1234-5678} or {@code 09012345678,09012345679}) is refused as a phone number written
 * with separators or several accounts, because freebit takes one account per request. A
 * share-group code without any letter is passed with {@link #shareGroup(String)}.
 *
 * @param value the account as sent
 * @param kind  whether it is a phone number or a share-group code
 */
public record FreebitAccount(String value, Kind kind) {

  /** What an account names. */
  public enum Kind {
    /** A SIM, by its phone number in national form. */
    PHONE_NUMBER,
    /** A share group, by its code. */
    SHARE_GROUP
  }

  private static final Pattern PHONE_NUMBER = Pattern.compile("0[0-9]{9,10}");

  /** The longest share-group code accepted (simbridge's bound: the document gives none). */
  public static final int MAX_SHARE_GROUP_LENGTH = 64;

  private static final String PHONE_ALLOWED =
      "0 followed by 9 or 10 digits, digits only, such as 09012345678";
  private static final String GROUP_ALLOWED =
      "1 to "
          + MAX_SHARE_GROUP_LENGTH
          + " printable ASCII characters (letters, digits and symbols; no space or control character), such as "
          + "AAA0_00000000001";
  private static final String ANY_ALLOWED =
      "a phone number in national form ("
          + PHONE_ALLOWED
          + ") or a share-group code ("
          + GROUP_ALLOWED
          + ")";
  private static final String JAPAN = "81";
  private static final String MSISDN_ALLOWED =
      "81 followed by 9 or 10 digits not starting with 0, such as 819012345678";

  /**
   * Validates the value against its kind.
   *
   * @param value the account as sent
   * @param kind whether it is a phone number or a share-group code
   */
  public FreebitAccount {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.PHONE_NUMBER && !PHONE_NUMBER.matcher(value).matches()) {
      throw new InvalidInputException("account", phoneProblem(value), PHONE_ALLOWED);
    }
    if (kind == Kind.SHARE_GROUP) {
      shareGroupProblem(value)
          .ifPresent(
              problem -> {
                throw new InvalidInputException("account", problem, GROUP_ALLOWED);
              });
    }
  }

  /**
   * Reads an account, telling a phone number from a share-group code by its shape.
   *
   * @param account a phone number such as {@code 09012345678} or a share-group code such as
   *                {@code AAA0_00000000001}
   * @return the account
   * @throws InvalidInputException if it is neither
   */
  public static FreebitAccount of(String account) {
    Objects.requireNonNull(account, "account");
    if (PHONE_NUMBER.matcher(account).matches()) {
      return new FreebitAccount(account, Kind.PHONE_NUMBER);
    }
    if (!account.isEmpty() && account.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidInputException("account", phoneProblem(account), PHONE_ALLOWED);
    }
    Optional<String> groupProblem = shareGroupProblem(account);
    if (groupProblem.isPresent()) {
      throw new InvalidInputException(
          "account",
          account.isEmpty()
              ? "is empty"
              : groupProblem.get() + ", so is neither a phone number nor a share-group code",
          ANY_ALLOWED);
    }
    if (account.chars().noneMatch(Character::isLetter)) {
      throw new InvalidInputException(
          "account",
          "'"
              + account
              + "' is neither a phone number nor a share-group code: "
              + "digits and symbols only read as a phone number with separators or several accounts (pass a share-group "
              + "code without letters with FreebitAccount.shareGroup)",
          ANY_ALLOWED);
    }
    return new FreebitAccount(account, Kind.SHARE_GROUP);
  }

  /**
   * @param phoneNumber a phone number in national form, such as {@code 09012345678}
   * @return the account
   * @throws InvalidInputException if it is not one
   */
  public static FreebitAccount phoneNumber(String phoneNumber) {
    return new FreebitAccount(phoneNumber, Kind.PHONE_NUMBER);
  }

  /**
   * @param code a share-group code, such as {@code AAA0_00000000001}
   * @return the account
   * @throws InvalidInputException if it is not one
   */
  public static FreebitAccount shareGroup(String code) {
    return new FreebitAccount(code, Kind.SHARE_GROUP);
  }

  /**
   * Converts a Japanese number in international form to the national form freebit expects:
   * {@code 819012345678} becomes {@code 09012345678}.
   *
   * @param msisdn the number, with country code 81
   * @return the account
   * @throws InvalidInputException if the number is not Japanese, or not a valid national number
   */
  public static FreebitAccount ofMsisdn(Msisdn msisdn) {
    String digits = msisdn.value();
    if (!digits.startsWith(JAPAN)) {
      throw new InvalidInputException(
          "msisdn", "'" + digits + "' is not a Japanese number (country code 81)", MSISDN_ALLOWED);
    }
    String significant = digits.substring(JAPAN.length());
    if (significant.startsWith("0")) {
      // 81 0 90... mixes both forms; dropping the 0 would be guessing.
      throw new InvalidInputException(
          "msisdn",
          "'" + digits + "' keeps the national prefix 0 after the country code",
          MSISDN_ALLOWED);
    }
    String national = "0" + significant;
    if (!PHONE_NUMBER.matcher(national).matches()) {
      throw new InvalidInputException(
          "msisdn",
          "'" + digits + "' has " + significant.length() + " digits after the country code 81",
          MSISDN_ALLOWED);
    }
    return new FreebitAccount(national, Kind.PHONE_NUMBER);
  }

  /** @return whether this account is a share group (which reports no recent days) */
  public boolean isShareGroup() {
    return kind == Kind.SHARE_GROUP;
  }

  private static Optional<String> shareGroupProblem(String value) {
    if (value.isEmpty()) {
      return Optional.of("is empty");
    }
    if (value.length() > MAX_SHARE_GROUP_LENGTH) {
      return Optional.of("has " + value.length() + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '!' || c > '~') {
        return Optional.of(
            String.format(
                Locale.ROOT,
                "'%s' contains %s U+%04X at position %d",
                value,
                c == ' ' || Character.isWhitespace(c)
                    ? "the whitespace"
                    : Character.isISOControl(c)
                        ? "the control character"
                        : "the non-ASCII character",
                (int) c,
                i + 1));
      }
    }
    return Optional.empty();
  }

  private static String phoneProblem(String value) {
    if (value.isEmpty()) {
      return "is empty";
    }
    if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return "'" + value + "' contains a character that is not a digit";
    }
    if (value.charAt(0) != '0') {
      return "'" + value + "' does not start with 0 (national form)";
    }
    return "'" + value + "' has " + value.length() + " digits";
  }

  /** @return the account as sent */
  @Override
  public String toString() {
    return value;
  }
}
