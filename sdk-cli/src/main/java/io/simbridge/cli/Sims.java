package io.simbridge.cli;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.SimRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SIMs as a shell user writes them: {@code 8944501312167518236} (18 to 22 digits: an ICCID),
 * {@code 882360000000004} or {@code +882360000000004} (fewer digits: an MSISDN), or explicitly
 * {@code iccid:...}, {@code msisdn:...}, {@code account:...} (a provider account id such as a
 * freebit share group). Anything else that is not digits is taken as an account id.
 */
final class Sims {
  private Sims() {}

  /**
   * @param text one SIM
   * @return its reference
   * @throws InvalidInputException if it names nothing usable
   */
  static SimRef parse(String text) {
    String s = text.strip();
    int colon = s.indexOf(':');
    if (colon > 0) {
      String kind = s.substring(0, colon).toLowerCase(Locale.ROOT);
      String value = s.substring(colon + 1).strip();
      return switch (kind) {
        case "iccid" -> SimRef.iccid(value);
        case "msisdn" -> SimRef.msisdn(value.startsWith("+") ? value.substring(1) : value);
        case "account" -> SimRef.account(value);
        default ->
            throw new InvalidInputException(
                "sim",
                "'" + s + "' has an unknown prefix " + kind,
                "iccid:DIGITS, msisdn:DIGITS, account:ID or bare digits");
      };
    }
    String digits = s.startsWith("+") ? s.substring(1) : s;
    if (digits.isEmpty()) {
      throw new InvalidInputException("sim", "is empty", "an ICCID, an MSISDN or account:ID");
    }
    if (digits.chars().allMatch(Character::isDigit)) {
      return digits.length() >= 18 ? SimRef.iccid(digits) : SimRef.msisdn(digits);
    }
    return SimRef.account(s);
  }

  /**
   * @param sim a reference
   * @return the identifier a user would type back: the ICCID, else the MSISDN, else the account
   */
  static String text(SimRef sim) {
    return sim.iccid()
        .map(i -> i.value())
        .or(() -> sim.msisdn().map(m -> m.value()))
        .orElseGet(() -> sim.account().orElseThrow());
  }

  /**
   * Reads SIMs from a file, one per line (the first comma-separated field), skipping blank lines
   * and {@code #} comments.
   *
   * @param file  the file, or {@code -} for standard input
   * @param stdin standard input
   * @return the SIMs, in file order
   */
  static List<SimRef> read(String file, InputStream stdin) {
    try (BufferedReader r =
        file.equals("-")
            ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
            : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      List<SimRef> sims = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        String field = line.split(",", 2)[0].strip();
        if (!field.isEmpty() && !field.startsWith("#")) {
          sims.add(parse(field));
        }
      }
      return sims;
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InvalidInputException(
          "--sims-file",
          "file " + file + " does not exist",
          "a file with one SIM per line," + " or - for standard input");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
