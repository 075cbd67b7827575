package io.simbridge.core.observe;

import java.util.ArrayList;
import java.util.List;

/** Records every event it receives, in order, as the event records themselves. */
public final class RecordingListener implements CallListener {
  private final List<Object> events = new ArrayList<>();

  /** An empty recording. */
  public RecordingListener() {}

  /** @return every event received so far */
  public synchronized List<Object> events() {
    return List.copyOf(events);
  }

  /**
   * @param type an event type
   * @param <E>  the type
   * @return the events of that type, in order
   */
  public synchronized <E> List<E> of(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Override
  public synchronized void callStarted(CallStarted event) {
    events.add(event);
  }

  @Override
  public synchronized void callLimitWaited(CallLimitWait event) {
    events.add(event);
  }

  @Override
  public synchronized void rateLimited(RateLimitAnswer event) {
    events.add(event);
  }

  @Override
  public synchronized void retrying(CallRetry event) {
    events.add(event);
  }

  @Override
  public synchronized void tokenRenewed(TokenRenewal event) {
    events.add(event);
  }

  @Override
  public synchronized void callEnded(CallEnded event) {
    events.add(event);
  }
}
