package io.simbridge.core.internal.http;

import io.simbridge.core.error.InvalidInputException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Turns an {@link OutboundRequest} into the OkHttp {@link Request} that {@link HttpExecutor} sends:
 * the URL rule checked again, the {@code User-Agent}, the headers and the encoded body. Apart from
 * the executor so that what goes on the wire is built in one place, away from retries and logging.
 * One per executor; thread-safe.
 */
final class OkHttpRequests {
  // Media types are the providers' constants: a handful, parsed once each.
  private static final Map<String, MediaType> MEDIA_TYPES = new ConcurrentHashMap<>();
  private static final int MAX_MEDIA_TYPES = 32;

  private final boolean allowInsecureHttp;
  private final Redactor redactor;
  // The last URL that passed the rule: most providers post every call to one address, and parsing
  // it again was 0.8 KB and 1% of an M2M iPortal call (docs/performance.md).
  private volatile String lastAllowedUrl;

  /**
   * @param allowInsecureHttp whether the user allowed plain HTTP to any host
   * @param redactor          hides secrets in the message of a refused URL
   */
  OkHttpRequests(boolean allowInsecureHttp, Redactor redactor) {
    this.allowInsecureHttp = allowInsecureHttp;
    this.redactor = redactor;
  }

  /**
   * @param r       the request
   * @param tracker records whether the request may have left, tagged on the request
   * @return the OkHttp request
   * @throws InvalidInputException if the URL or a header cannot be sent
   */
  Request build(OutboundRequest r, GuardedHttp.Transmission tracker) {
    // Checked on every request, not only at build time: pagination links come from the provider.
    // The same text as the last URL allowed gets the same verdict without being parsed again.
    if (!r.url().equals(lastAllowedUrl)) {
      Urls.requireAllowed("url", r.url(), allowInsecureHttp);
      lastAllowedUrl = r.url();
    }
    Request.Builder b;
    try {
      b = new Request.Builder().url(r.url());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "url", "'" + redactor.redact(r.url()) + "' is not a valid URL", "an https:// URL");
    }
    b.header("User-Agent", HttpExecutor.USER_AGENT).tag(GuardedHttp.Transmission.class, tracker);
    for (OutboundRequest.Field h : r.headers()) {
      try {
        b.addHeader(h.name(), h.value());
      } catch (IllegalArgumentException e) {
        // A credential with a character no header can carry, such as a line break.
        throw new InvalidInputException(
            "header " + h.name(),
            "holds a character an HTTP header cannot carry",
            "visible ASCII characters and spaces");
      }
    }
    RequestBody body =
        switch (r.encoding()) {
          case NONE -> r.method().equals("GET") ? null : RequestBody.create(new byte[0], null);
          case RAW -> RequestBody.create(r.bodyUnsafe(), mediaType(r.mediaType()));
          case URL_ENCODED_FORM -> {
            FormBody.Builder form = new FormBody.Builder();
            r.fields().forEach(f -> form.add(f.name(), f.value()));
            yield form.build();
          }
          case MULTIPART_FORM -> {
            MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM);
            r.fields().forEach(f -> form.addFormDataPart(f.name(), f.value()));
            yield form.build();
          }
        };
    return b.method(r.method(), body).build();
  }

  private static MediaType mediaType(String type) {
    MediaType known = MEDIA_TYPES.get(type);
    if (known != null) {
      return known;
    }
    MediaType parsed = MediaType.get(type);
    if (MEDIA_TYPES.size() < MAX_MEDIA_TYPES) {
      MEDIA_TYPES.putIfAbsent(type, parsed);
    }
    return parsed;
  }
}
