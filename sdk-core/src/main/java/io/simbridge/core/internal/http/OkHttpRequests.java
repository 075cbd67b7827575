package io.simbridge.core.internal.http;

import io.simbridge.core.error.InvalidInputException;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Turns an {@link OutboundRequest} into the OkHttp {@link Request} that {@link HttpExecutor} sends:
 * the URL rule checked again, the {@code User-Agent}, the headers and the encoded body. Apart from
 * the executor so that what goes on the wire is built in one place, away from retries and logging.
 */
final class OkHttpRequests {
  private OkHttpRequests() {}

  /**
   * @param r                 the request
   * @param tracker           records whether the request may have left, tagged on the request
   * @param allowInsecureHttp whether the user allowed plain HTTP to any host
   * @param redactor          hides secrets in the message of a refused URL
   * @return the OkHttp request
   * @throws InvalidInputException if the URL or a header cannot be sent
   */
  static Request build(
      OutboundRequest r,
      GuardedHttp.Transmission tracker,
      boolean allowInsecureHttp,
      Redactor redactor) {
    // Checked on every request, not only at build time: pagination links come from the provider.
    Urls.requireAllowed("url", r.url(), allowInsecureHttp);
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
          case RAW -> RequestBody.create(r.bodyUnsafe(), MediaType.get(r.mediaType()));
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
}
