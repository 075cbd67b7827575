package io.simbridge.core.internal.http;

import io.simbridge.core.error.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL rules shared by every provider: HTTPS only, except loopback, and query encoding. */
public final class Urls {
  private static final String ALLOWED =
      "an https:// URL; http:// only to localhost, 127.0.0.0/8 or ::1, or with allowInsecureHttp(true)";

  private static final Pattern IPV4_LOOPBACK =
      Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

  private Urls() {}

  /**
   * Refuses a URL simbridge must not send credentials to.
   *
   * @param field         the setting the URL came from, for the message
   * @param url           the URL
   * @param allowInsecure whether the user allowed plain HTTP to any host
   * @return the URL without a trailing slash
   * @throws InvalidInputException if it is not an absolute HTTPS URL (or allowed plain HTTP)
   */
  public static String requireAllowed(String field, String url, boolean allowInsecure) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new InvalidInputException(
          field, "'" + url + "' is not a URL (" + e.getReason() + ")", ALLOWED);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new InvalidInputException(
          field, "'" + url + "' is not an absolute http(s) URL", ALLOWED);
    }
    if (scheme.equals("http") && !allowInsecure && !isLoopback(uri.getHost())) {
      throw new InvalidInputException(
          field,
          "'" + url + "' uses plain HTTP to " + uri.getHost() + ", which is not a loopback host",
          ALLOWED);
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * @param host a host name or address
   * @return whether it names this machine: {@code localhost}, 127.0.0.0/8 or {@code ::1}
   */
  public static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost")
        || h.endsWith(".localhost")
        || h.equals("::1")
        || h.equals("0:0:0:0:0:0:0:1")
        || IPV4_LOOPBACK.matcher(h).matches();
  }

  /**
   * Percent-encodes a query name or value (RFC 3986): unreserved characters and those in
   * {@code safe} are kept, every other byte of its UTF-8 form is encoded, a space as {@code %20}.
   *
   * @param s    the text
   * @param safe extra characters to keep as they are, such as {@code ",()"}
   * @return the encoded text
   */
  public static String encodeQuery(String s, String safe) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved || (c < 0x80 && safe.indexOf(c) >= 0)) {
        out.append(c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xF, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
