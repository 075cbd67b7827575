package io.simbridge.core.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The fast date readers against the JDK's formatters: whatever they return is what the formatter
 * returns, they return something for every canonical value, and they step aside (null) for every
 * value the formatter refuses.
 */
class DateShapesTest {
  private static final DateTimeFormatter SPACED = Fields.SPACED_DATE_TIME;
  private static final String DIGITS_AND_MORE = "0123456789012345678-:T tZz+.";

  @Test
  void documentedExamplesAreReadWithoutTheFormatter() {
    assertThat(DateShapes.spaced("2024-10-22 13:12:23"))
        .isEqualTo(LocalDateTime.of(2024, 10, 22, 13, 12, 23));
    assertThat(DateShapes.isoDate("2024-10-22")).isEqualTo(LocalDate.of(2024, 10, 22));
    assertThat(DateShapes.isoOffset("2024-10-22T13:12:23.769Z"))
        .isEqualTo(OffsetDateTime.parse("2024-10-22T13:12:23.769Z"));
    assertThat(DateShapes.isoOffset("2024-10-22T13:12:23+05:30"))
        .isEqualTo(OffsetDateTime.parse("2024-10-22T13:12:23+05:30"));
  }

  @Test
  void unusualButValidSpellingsAreLeftToTheFormatter() {
    for (String t :
        List.of(
            "2024-10-22t13:12:23Z",
            "2024-10-22T13:12Z",
            "+12024-10-22T13:12:23Z",
            "2024-10-22T13:12:23+05:30:15",
            "2024-10-22T13:12:23.1234567891Z")) {
      assertThat(DateShapes.isoOffset(t)).as(t).isNull();
    }
    // The formatter reads what the fast path leaves: Fields still does.
    assertThat(Fields.optionalOffsetDateTime("f", "2024-10-22t13:12:23z"))
        .contains(OffsetDateTime.parse("2024-10-22T13:12:23Z"));
  }

  @Test
  void impossibleValuesAreRefusedByTheFormatterWithTheSameMessage() {
    for (String t : List.of("2024-02-30 00:00:00", "2024-10-22 24:00:00", "2023-02-29 10:00:00")) {
      assertThat(DateShapes.spaced(t)).as(t).isNull();
      assertThatThrownBy(() -> Fields.optionalLocalDateTime("cdrDateStart", t, SPACED))
          .isInstanceOf(MalformedFieldException.class)
          .hasMessageContaining("cdrDateStart")
          .hasMessageContaining(t);
    }
    assertThat(DateShapes.isoOffset("2024-10-22T13:12:23+19:00")).isNull();
    assertThat(DateShapes.isoDate("2024-13-01")).isNull();
  }

  @Test
  void generatedValuesReadAsTheFormattersReadThem() {
    Random random = new Random(20261201);
    int fast = 0;
    for (int i = 0; i < 200_000; i++) {
      String spaced = mutate(random, canonical(random, " ", ""));
      fast += agree(spaced, DateShapes::spaced, t -> LocalDateTime.parse(t, SPACED));
      String offset = mutate(random, canonical(random, "T", offset(random)));
      fast += agree(offset, DateShapes::isoOffset, OffsetDateTime::parse);
      String date = mutate(random, canonical(random, " ", "").substring(0, 10));
      fast += agree(date, DateShapes::isoDate, LocalDate::parse);
    }
    // Most generated values are canonical and valid: the fast path is taken, not just skipped.
    assertThat(fast).isGreaterThan(200_000);
  }

  /** 1 when the fast reader read {@code t} (equal to the formatter), 0 when it stepped aside. */
  private static <T> int agree(String t, Function<String, T> fast, Function<String, T> jdk) {
    T mine = fast.apply(t);
    T theirs;
    try {
      theirs = jdk.apply(t);
    } catch (DateTimeParseException e) {
      assertThat(mine).as("the formatter refuses '%s'", t).isNull();
      return 0;
    }
    if (mine == null) {
      return 0;
    }
    assertThat(mine).as(t).isEqualTo(theirs);
    return 1;
  }

  private static String canonical(Random r, String separator, String suffix) {
    String fraction =
        suffix.isEmpty() || r.nextInt(3) > 0
            ? ""
            : "."
                + String.format(Locale.ROOT, "%09d", r.nextInt(1_000_000_000))
                    .substring(0, 1 + r.nextInt(9));
    return String.format(
        Locale.ROOT,
        "%04d-%02d-%02d%s%02d:%02d:%02d%s%s",
        r.nextInt(10_000),
        1 + r.nextInt(13),
        1 + r.nextInt(31),
        separator,
        r.nextInt(25),
        r.nextInt(60),
        r.nextInt(61),
        fraction,
        suffix);
  }

  private static String offset(Random r) {
    return r.nextInt(4) == 0
        ? "Z"
        : String.format(
            Locale.ROOT, "%s%02d:%02d", r.nextBoolean() ? "+" : "-", r.nextInt(20), r.nextInt(60));
  }

  /** Usually the value as it is; sometimes one character replaced, dropped or added. */
  private static String mutate(Random r, String t) {
    int kind = r.nextInt(10);
    if (kind > 2 || t.isEmpty()) {
      return t;
    }
    int at = r.nextInt(t.length());
    char c = DIGITS_AND_MORE.charAt(r.nextInt(DIGITS_AND_MORE.length()));
    return switch (kind) {
      case 0 -> t.substring(0, at) + c + t.substring(at + 1);
      case 1 -> t.substring(0, at) + t.substring(at + 1);
      default -> t.substring(0, at) + c + t.substring(at);
    };
  }
}
