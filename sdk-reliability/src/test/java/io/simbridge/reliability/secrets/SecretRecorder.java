package io.simbridge.reliability.secrets;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Learns the credentials obtained at run time, which the test cannot know in advance: every
 * {@code Authorization} header a client sends (HORISEN's bearer tokens, Things Mobile's basic
 * authentication) and every {@code access_token} or {@code authKey} a token endpoint answers. An
 * OkHttp application interceptor, given to the clients through {@code httpClient(...)}; it passes
 * every call through unchanged.
 */
final class SecretRecorder implements Interceptor {
  private static final Pattern ISSUED =
      Pattern.compile("\"(?:access_token|authKey)\"\\s*:\\s*\"([^\"]+)\"");

  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final OkHttpClient client = new OkHttpClient.Builder().addInterceptor(this).build();

  OkHttpClient httpClient() {
    return client;
  }

  /** @return the credentials seen so far */
  Set<String> secrets() {
    return Set.copyOf(seen);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String authorization = chain.request().header("Authorization");
    if (authorization != null) {
      seen.add(authorization);
      int space = authorization.indexOf(' ');
      if (space > 0) {
        seen.add(authorization.substring(space + 1));
      }
    }
    Response response = chain.proceed(chain.request());
    Matcher m = ISSUED.matcher(response.peekBody(1 << 20).string());
    while (m.find()) {
      seen.add(m.group(1));
    }
    return response;
  }
}
