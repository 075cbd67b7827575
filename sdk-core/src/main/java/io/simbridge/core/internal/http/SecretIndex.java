package io.simbridge.core.internal.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable set of secret values and the search that hides them: every secret is matched on
 * the original text, each position read as it is or as any escape that starts there
 * ({@link Spellings}), so a secret is found in any mix of spellings; the union of the matched
 * ranges is masked, so overlapping secrets (a password that starts with the username) are never
 * partly shown. One pass over the text; at each position only the secrets whose first character
 * fits are tried.
 */
final class SecretIndex {
  /** The shortest prefix of a secret that is hidden when a cut ends the text inside it. */
  static final int MIN_PREFIX = 4;

  /** How simbridge marks a text it cut; a secret prefix right before it is hidden. */
  private static final char ELLIPSIS = '\u2026';

  private static final String[] NONE = {};

  static final SecretIndex EMPTY = new SecretIndex(List.of());

  private final String[] all;
  private final String[][] byAsciiFirst = new String[128][];
  private final Map<Character, String[]> byOtherFirst = new HashMap<>();

  /** The first two characters of every secret, hashed: most positions are skipped on one look. */
  private final long[] firstPairs = new long[1 << 10];

  SecretIndex(Collection<String> secrets) {
    this.all = secrets.toArray(String[]::new);
    Map<Character, List<String>> groups = new HashMap<>();
    for (String s : all) {
      int bit = pairHash(s.charAt(0), s.charAt(1));
      firstPairs[bit >>> 6] |= 1L << bit;
      groups.computeIfAbsent(s.charAt(0), k -> new ArrayList<>()).add(s);
    }
    groups.forEach(
        (first, list) -> {
          String[] group = list.toArray(String[]::new);
          if (first < 128) {
            byAsciiFirst[first] = group;
          } else {
            byOtherFirst.put(first, group);
          }
        });
  }

  /**
   * @param text     any text
   * @param cutAtEnd whether the text was cut at its end, so that a secret's prefix of
   *                 {@link #MIN_PREFIX} or more characters there is hidden too
   * @param mask     what replaces each hidden range
   * @return the text with every range holding a secret replaced by {@code mask}
   */
  String hide(String text, boolean cutAtEnd, String mask) {
    if (all.length == 0) {
      return text;
    }
    int n = text.length();
    StringBuilder out = null;
    int copied = 0;
    int maskStart = -1;
    int maskEnd = -1;
    for (int p = 0; p < n; p++) {
      if (p + 1 < n && cannotStartAt(text.charAt(p), text.charAt(p + 1))) {
        continue;
      }
      int reach = reach(text, p, n, cutAtEnd);
      if (reach <= p) {
        continue;
      }
      if (maskStart >= 0 && p <= maskEnd) {
        maskEnd = Math.max(maskEnd, reach);
        continue;
      }
      if (maskStart >= 0) {
        out.append(text, copied, maskStart).append(mask);
        copied = maskEnd;
      }
      out = out == null ? new StringBuilder(n) : out;
      maskStart = p;
      maskEnd = reach;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, maskStart).append(mask).append(text, maskEnd, n).toString();
  }

  /** @return whether no secret can start with these two characters, read as they are */
  private boolean cannotStartAt(char c, char d) {
    if (Spellings.startsEscape(c) || Spellings.startsEscape(d)) {
      return false;
    }
    int bit = pairHash(c, d);
    return (firstPairs[bit >>> 6] & (1L << bit)) == 0;
  }

  private static int pairHash(char c, char d) {
    return ((c * 31) ^ d) & 0xFFFF;
  }

  /** @return the farthest end of a secret starting at {@code p}, or -1 */
  private int reach(String t, int p, int end, boolean cutAtEnd) {
    char c = t.charAt(p);
    int best = tryEach(candidates(c), t, p, end, cutAtEnd, -1);
    if (Spellings.startsEscape(c)) {
      for (Spellings.Reading r : Spellings.at(t, p, end)) {
        best =
            tryEach(
                r.chars() == null ? all : candidates(r.chars().charAt(0)),
                t,
                p,
                end,
                cutAtEnd,
                best);
      }
    }
    return best;
  }

  private String[] candidates(char first) {
    String[] group = first < 128 ? byAsciiFirst[first] : byOtherFirst.get(first);
    return group == null ? NONE : group;
  }

  private static int tryEach(
      String[] secrets, String t, int p, int end, boolean cutAtEnd, int best) {
    for (String s : secrets) {
      best = Math.max(best, match(t, p, end, s, 0, cutAtEnd));
    }
    return best;
  }

  /**
   * Matches {@code s} from its index {@code j} against the text from {@code p}, each position
   * read literally or as an escape; backtracks only where both readings fit.
   *
   * @return the end of the match in the text, or -1
   */
  private static int match(String t, int p, int end, String s, int j, boolean cutAtEnd) {
    while (j < s.length()) {
      if (p == end) {
        return cutAtEnd && j >= MIN_PREFIX ? p : -1;
      }
      char c = t.charAt(p);
      char want = s.charAt(j);
      if (Spellings.startsEscape(c)) {
        int literal = c == want ? 1 : 0;
        for (Spellings.Reading r : Spellings.at(t, p, end)) {
          int units =
              r.chars() == null
                  ? codePointUnits(s, j)
                  : s.startsWith(r.chars(), j) ? r.chars().length() : 0;
          if (units > 0) {
            int found = match(t, p + r.length(), end, s, j + units, cutAtEnd);
            if (found >= 0) {
              return found;
            }
          }
        }
        if (literal == 0) {
          boolean cutEscape =
              cutAtEnd && j + 1 >= MIN_PREFIX && Spellings.mayBeCutEscape(t, p, end);
          return cutEscape ? end : -1;
        }
      } else if (c != want) {
        return c == ELLIPSIS && j >= MIN_PREFIX ? p : -1;
      }
      p++;
      j++;
    }
    return p;
  }

  private static int codePointUnits(String s, int j) {
    return Character.isHighSurrogate(s.charAt(j))
            && j + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(j + 1))
        ? 2
        : 1;
  }
}
