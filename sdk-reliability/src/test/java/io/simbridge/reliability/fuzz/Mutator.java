package io.simbridge.reliability.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutates a documented answer, deterministically from a {@link Random}: each mutated answer is
 * 1 to 3 {@link Kind mutations} of the fixture, recorded so that a failing case can be named and
 * replayed from its seed.
 */
final class Mutator {
  /** A mutation. */
  enum Kind {
    /** Cut the answer at a random offset. */
    TRUNCATE,
    /** Delete a random line. */
    DELETE_LINE,
    /** Repeat a random line. */
    DUPLICATE_LINE,
    /** Exchange two random lines. */
    SWAP_LINES,
    /** Delete a random element (XML), member (JSON) or cell (CSV). */
    DELETE_ELEMENT,
    /** Repeat a random element, member or cell next to itself. */
    DUPLICATE_ELEMENT,
    /** Replace a random value with one of another type (a number, text, list, object, markup...). */
    SWAP_TYPE,
    /** Replace a random value with an empty or blank one. */
    EMPTY_VALUE,
    /** Replace a run of digits with an edge number (negative, huge, decimal, exponent, signed). */
    EDGE_NUMBER,
    /** Rename a random element or key (case change, typo, namespace prefix). */
    RENAME,
    /** Wrap a random value in one more level of nesting. */
    NEST,
    /** Flip 1 to 4 random bytes. */
    FLIP_BYTES,
    /** Insert a character that is special in the format, or invalid in XML or UTF-8. */
    INSERT_SPECIAL,
    /** Re-encode the text in another charset, or add a BOM, or break a UTF-8 sequence. */
    WRONG_ENCODING
  }

  enum Format {
    XML,
    JSON,
    CSV
  }

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern XML_LEAF =
      Pattern.compile(
          "<([A-Za-z_][\\w.:-]*)(\\s[^<>]*)?>[^<]*</\\1>|<[A-Za-z_][\\w.:-]*(\\s[^<>]*)?/>");
  private static final Pattern XML_TEXT = Pattern.compile(">([^<>]*)</");
  private static final Pattern XML_NAME = Pattern.compile("</?([A-Za-z_][\\w.-]*)");
  private static final Pattern JSON_MEMBER = Pattern.compile("\"([^\"\\\\]*)\"\\s*:\\s*");
  private static final Pattern JSON_SCALAR =
      Pattern.compile(":\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d[\\d.eE+-]*|true|false|null)");

  private static final Pattern JSON_SCALAR_AT =
      Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d[\\d.eE+-]*|true|false|null");

  private static final String[] JSON_VALUES = {
    "123",
    "-1",
    "0",
    "1.5",
    "-0.0",
    "1e400",
    "1E-400",
    "\"text\"",
    "\"\"",
    "\" \"",
    "true",
    "false",
    "null",
    "[]",
    "{}",
    "[1,2]",
    "{\"a\":1}",
    "\"2024-13-45\"",
    "9223372036854775808",
    "\"9223372036854775808\"",
    "\"NaN\"",
    "\"\\u0000\"",
    "\"\\uD800\"",
    "[null]",
    "[[[[[]]]]]",
    "\"1,,2\"",
    "\"-5\"",
    "\"+7\"",
    "\"0x1F\"",
    "12345678901234567890123456789012345678901234567890"
  };
  private static final String[] XML_VALUES = {
    "123",
    "-1",
    "0",
    "abc",
    "",
    " ",
    "<x/>",
    "<x>1</x>",
    "true",
    "yes",
    "9223372036854775808",
    "1e400",
    "2024-13-45 25:61:61",
    "31/02/2020 10:00:00",
    "&amp;",
    "<![CDATA[x]]>",
    "0x1F",
    "1.5",
    "-0.0",
    "NaN",
    "<sim/>",
    "<sims><sim/></sims>",
    "&#x1F600;",
    "\u00e9\u4e2d",
    "+5"
  };
  private static final String[] CSV_VALUES = {
    "123",
    "-1",
    "0",
    "abc",
    "",
    " ",
    "\"quoted, comma\"",
    "\"unterminated",
    "\"\"",
    "1e400",
    "9223372036854775808",
    "1.5",
    "-0.0",
    "NaN",
    "\"a\"\"b\"",
    "x\r\ny",
    ";",
    "\t"
  };
  private static final String[] SPECIALS = {
    "<",
    ">",
    "&",
    "\"",
    "'",
    "\\",
    "\u0000",
    "]]>",
    "<!--",
    "-->",
    "&#0;",
    "&#xD800;",
    "&undefined;",
    "\uFFFE",
    "\uD800",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\n",
    "\r",
    "\t",
    "<?xml?>",
    "<![CDATA[",
    "\u00A0",
    "\u2028"
  };
  private static final String[] EDGE_NUMBERS = {
    "-1",
    "0",
    "-0",
    "00012",
    "+5",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "1.5",
    "1e400",
    "1E-400",
    "1e18",
    "99999999999999999999999",
    "0.000000000000000000000000000001",
    "1_000",
    "١٢٣"
  };
  private static final Charset[] CHARSETS = {
    StandardCharsets.UTF_16,
    StandardCharsets.UTF_16LE,
    StandardCharsets.UTF_16BE,
    StandardCharsets.ISO_8859_1,
    Charset.forName("windows-1252"),
    Charset.forName("UTF-32"),
    StandardCharsets.US_ASCII
  };

  private final Format format;

  Mutator(Format format) {
    this.format = format;
  }

  /**
   * @param original the documented answer
   * @param random   the case's randomness
   * @param applied  receives a description of each mutation applied
   * @return the mutated answer
   */
  byte[] mutate(byte[] original, Random random, List<String> applied) {
    byte[] out = original;
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
      out = apply(kind, out, random, applied);
    }
    return out;
  }

  private byte[] apply(Kind kind, byte[] in, Random r, List<String> applied) {
    switch (kind) {
      case FLIP_BYTES -> {
        byte[] b = in.clone();
        int flips = 1 + r.nextInt(4);
        for (int i = 0; i < flips && b.length > 0; i++) {
          int at = r.nextInt(b.length);
          b[at] = (byte) (b[at] ^ (1 << r.nextInt(8)));
          applied.add("FLIP_BYTES@" + at);
        }
        return b;
      }
      case TRUNCATE -> {
        int at = in.length == 0 ? 0 : r.nextInt(in.length);
        applied.add("TRUNCATE@" + at);
        return java.util.Arrays.copyOf(in, at);
      }
      case WRONG_ENCODING -> {
        return wrongEncoding(in, r, applied);
      }
      default -> {
        String text = new String(in, StandardCharsets.UTF_8);
        String mutated = applyText(kind, text, r, applied);
        return mutated.getBytes(StandardCharsets.UTF_8);
      }
    }
  }

  private static byte[] wrongEncoding(byte[] in, Random r, List<String> applied) {
    String text = new String(in, StandardCharsets.UTF_8);
    switch (r.nextInt(4)) {
      case 0 -> {
        Charset cs = CHARSETS[r.nextInt(CHARSETS.length)];
        applied.add("WRONG_ENCODING:" + cs.name());
        return text.getBytes(cs);
      }
      case 1 -> {
        applied.add("WRONG_ENCODING:BOM");
        byte[] bom =
            r.nextBoolean()
                ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] out = new byte[bom.length + in.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(in, 0, out, bom.length, in.length);
        return out;
      }
      case 2 -> {
        // A lone continuation byte, an overlong form, or a sequence cut short.
        byte[][] bad = {
          {(byte) 0x80},
          {(byte) 0xC0, (byte) 0xAF},
          {(byte) 0xE2, (byte) 0x82},
          {(byte) 0xF8},
          {(byte) 0xED, (byte) 0xA0, (byte) 0x80}
        };
        byte[] ins = bad[r.nextInt(bad.length)];
        int at = in.length == 0 ? 0 : r.nextInt(in.length);
        applied.add("WRONG_ENCODING:invalid-utf8@" + at);
        byte[] out = new byte[in.length + ins.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(ins, 0, out, at, ins.length);
        System.arraycopy(in, at, out, at + ins.length, in.length - at);
        return out;
      }
      default -> {
        // Non-ASCII text in Latin-1 inside an answer that is otherwise UTF-8.
        int at = in.length == 0 ? 0 : r.nextInt(in.length);
        byte[] latin = "Müller ñ €".getBytes(StandardCharsets.ISO_8859_1);
        applied.add("WRONG_ENCODING:latin1-insert@" + at);
        byte[] out = new byte[in.length + latin.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(latin, 0, out, at, latin.length);
        System.arraycopy(in, at, out, at + latin.length, in.length - at);
        return out;
      }
    }
  }

  private String applyText(Kind kind, String text, Random r, List<String> applied) {
    switch (kind) {
      case DELETE_LINE, DUPLICATE_LINE, SWAP_LINES -> {
        List<String> lines = new ArrayList<>(List.of(text.split("(?<=\n)", -1)));
        if (lines.size() < 2) {
          return insert(text, r, applied);
        }
        int a = r.nextInt(lines.size());
        int b = r.nextInt(lines.size());
        if (kind == Kind.DELETE_LINE) {
          lines.remove(a);
        } else if (kind == Kind.DUPLICATE_LINE) {
          lines.add(a, lines.get(a));
        } else {
          String t = lines.get(a);
          lines.set(a, lines.get(b));
          lines.set(b, t);
        }
        applied.add(kind + "@" + a);
        return String.join("", lines);
      }
      case DELETE_ELEMENT, DUPLICATE_ELEMENT -> {
        int[] span = elementSpan(text, r);
        if (span == null) {
          return insert(text, r, applied);
        }
        applied.add(kind + "@" + span[0] + ".." + span[1]);
        String el = text.substring(span[0], span[1]);
        return kind == Kind.DELETE_ELEMENT
            ? text.substring(0, span[0]) + text.substring(span[1])
            : text.substring(0, span[1])
                + (format == Format.JSON ? "," : format == Format.CSV ? "," : "")
                + el
                + text.substring(span[1]);
      }
      case SWAP_TYPE, EMPTY_VALUE -> {
        int[] span = valueSpan(text, r);
        if (span == null) {
          return insert(text, r, applied);
        }
        String replacement = kind == Kind.EMPTY_VALUE ? emptyValue(r) : typedValue(r);
        applied.add(kind + "@" + span[0] + "=" + printable(replacement));
        return text.substring(0, span[0]) + replacement + text.substring(span[1]);
      }
      case EDGE_NUMBER -> {
        List<int[]> runs = spans(DIGITS.matcher(text), 0);
        if (runs.isEmpty()) {
          return insert(text, r, applied);
        }
        int[] run = runs.get(r.nextInt(runs.size()));
        String n = EDGE_NUMBERS[r.nextInt(EDGE_NUMBERS.length)];
        applied.add("EDGE_NUMBER@" + run[0] + "=" + n);
        return text.substring(0, run[0]) + n + text.substring(run[1]);
      }
      case RENAME -> {
        List<int[]> names =
            format == Format.XML
                ? spans(XML_NAME.matcher(text), 1)
                : format == Format.JSON
                    ? spans(JSON_MEMBER.matcher(text), 1)
                    : csvHeaderCells(text);
        if (names.isEmpty()) {
          return insert(text, r, applied);
        }
        int[] n = names.get(r.nextInt(names.size()));
        String name = text.substring(n[0], n[1]);
        String renamed =
            switch (r.nextInt(4)) {
              case 0 -> name.toUpperCase(java.util.Locale.ROOT);
              case 1 -> name.isEmpty() ? "x" : name.substring(0, name.length() - 1);
              case 2 -> format == Format.XML ? "ns:" + name : name + " ";
              default -> name + "_";
            };
        applied.add("RENAME@" + n[0] + "=" + renamed);
        return text.substring(0, n[0]) + renamed + text.substring(n[1]);
      }
      case NEST -> {
        int[] span = valueSpan(text, r);
        if (span == null) {
          return insert(text, r, applied);
        }
        String v = text.substring(span[0], span[1]);
        String nested =
            switch (format) {
              case XML -> "<v>" + v + "</v>";
              case JSON -> r.nextBoolean() ? "[" + v + "]" : "{\"v\":" + v + "}";
              case CSV -> "\"" + v.replace("\"", "\"\"") + "\"";
            };
        applied.add("NEST@" + span[0]);
        return text.substring(0, span[0]) + nested + text.substring(span[1]);
      }
      default -> {
        return insert(text, r, applied);
      }
    }
  }

  private static String insert(String text, Random r, List<String> applied) {
    int at = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
    String s = SPECIALS[r.nextInt(SPECIALS.length)];
    applied.add("INSERT_SPECIAL@" + at + "=" + printable(s));
    return text.substring(0, at) + s + text.substring(at);
  }

  private String typedValue(Random r) {
    String[] pool =
        format == Format.XML ? XML_VALUES : format == Format.JSON ? JSON_VALUES : CSV_VALUES;
    return pool[r.nextInt(pool.length)];
  }

  private String emptyValue(Random r) {
    return switch (format) {
      case JSON -> r.nextBoolean() ? "\"\"" : r.nextBoolean() ? "\"   \"" : "null";
      case XML, CSV -> r.nextBoolean() ? "" : "   ";
    };
  }

  /** A span of a value: XML text, a JSON scalar, a CSV cell. */
  private int[] valueSpan(String text, Random r) {
    List<int[]> values =
        switch (format) {
          case XML -> spans(XML_TEXT.matcher(text), 1);
          case JSON -> spans(JSON_SCALAR.matcher(text), 1);
          case CSV -> csvCells(text);
        };
    return values.isEmpty() ? null : values.get(r.nextInt(values.size()));
  }

  /** A span of a whole element: an XML leaf element, a JSON member, a CSV cell. */
  private int[] elementSpan(String text, Random r) {
    List<int[]> found =
        switch (format) {
          case XML -> spans(XML_LEAF.matcher(text), 0);
          case JSON -> jsonMembers(text);
          case CSV -> csvCells(text);
        };
    return found.isEmpty() ? null : found.get(r.nextInt(found.size()));
  }

  private static List<int[]> spans(Matcher m, int group) {
    List<int[]> out = new ArrayList<>();
    while (m.find()) {
      if (m.group(group) != null) {
        out.add(new int[] {m.start(group), m.end(group)});
      }
    }
    return out;
  }

  /** JSON members {@code "key": value}, a container value included up to its matching bracket. */
  private static List<int[]> jsonMembers(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = JSON_MEMBER.matcher(text);
    while (m.find()) {
      int end = jsonValueEnd(text, m.end());
      if (end > m.end()) {
        out.add(new int[] {m.start(), end});
      }
    }
    return out;
  }

  private static int jsonValueEnd(String s, int from) {
    if (from >= s.length()) {
      return from;
    }
    char c = s.charAt(from);
    if (c == '{' || c == '[') {
      int depth = 0;
      boolean inString = false;
      for (int i = from; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (inString) {
          if (ch == '\\') {
            i++;
          } else if (ch == '"') {
            inString = false;
          }
        } else if (ch == '"') {
          inString = true;
        } else if (ch == '{' || ch == '[') {
          depth++;
        } else if (ch == '}' || ch == ']') {
          if (--depth == 0) {
            return i + 1;
          }
        }
      }
      return s.length();
    }
    Matcher scalar = JSON_SCALAR_AT.matcher(s);
    scalar.region(from, s.length());
    return scalar.lookingAt() ? scalar.end() : from;
  }

  /** CSV cells, honouring quotes, over the whole text. */
  private static List<int[]> csvCells(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    boolean quoted = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == ',' || c == '\n' || c == '\r')) {
        if (i > start) {
          out.add(new int[] {start, i});
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static List<int[]> csvHeaderCells(String text) {
    int eol = text.indexOf('\n');
    String header = eol < 0 ? text : text.substring(0, eol);
    return csvCells(header);
  }

  static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return b.toString();
  }
}
