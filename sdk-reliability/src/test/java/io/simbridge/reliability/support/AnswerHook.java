package io.simbridge.reliability.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Answers a client's requests in process, without a socket: an OkHttp application interceptor,
 * given to the client through the public {@code ClientBuilder.httpClient(OkHttpClient)} option,
 * that returns the answer a test chose instead of calling the network. Everything after the
 * socket still runs as in production: status and header handling, the size cap, the provider's
 * response handler, error mapping, logging and redaction. It is thousands of times faster than
 * a loopback server, which the mutation fuzzing needs.
 */
public final class AnswerHook {
  /** A loopback base URL, allowed over plain HTTP; nothing listens there, nothing connects. */
  public static final String BASE_URL = "http://127.0.0.1:9";

  private volatile Function<Request, Served> router = r -> Served.ok("text/plain", "no answer set");
  private final Map<String, AtomicInteger> requestsByPath = new ConcurrentHashMap<>();
  private final OkHttpClient client =
      new OkHttpClient.Builder().addInterceptor(this::answer).build();

  /** @return the HTTP client to give a simbridge client builder */
  public OkHttpClient httpClient() {
    return client;
  }

  /**
   * @param router chooses the answer of each request
   * @return this hook
   */
  public AnswerHook route(Function<Request, Served> router) {
    this.router = router;
    return this;
  }

  /**
   * @param path a request path
   * @return how many requests it received
   */
  public int requests(String path) {
    AtomicInteger n = requestsByPath.get(path);
    return n == null ? 0 : n.get();
  }

  /** @return how many requests the hook answered */
  public int totalRequests() {
    return requestsByPath.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /** Forgets the request counts. */
  public void reset() {
    requestsByPath.clear();
  }

  private Response answer(Interceptor.Chain chain) {
    Request request = chain.request();
    requestsByPath
        .computeIfAbsent(request.url().encodedPath(), k -> new AtomicInteger())
        .incrementAndGet();
    Served served = router.apply(request);
    ResponseBody body = served.body().get();
    Response.Builder b =
        new Response.Builder()
            .request(request)
            .protocol(Protocol.HTTP_1_1)
            .code(served.status())
            .message("Status " + served.status())
            .body(body);
    if (served.contentType() != null) {
      b.header("Content-Type", served.contentType());
    }
    served.headers().forEach(b::header);
    return b.build();
  }
}
