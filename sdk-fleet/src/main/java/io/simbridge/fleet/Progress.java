package io.simbridge.fleet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the operation's {@link ProgressListener} and the fleet's {@link FleetListener}s of each
 * finished SIM, one call at a time. A listener that throws is logged once per run and otherwise
 * ignored: a progress bar never costs a SIM its outcome. Once the run has returned, the listeners
 * hear nothing more.
 */
final class Progress {
  private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

  private final String operation;
  private final int total;
  private final Map<String, Integer> totals;
  private final Map<String, Integer> doneBy = new HashMap<>();
  private final List<FleetListener> listeners = new ArrayList<>();
  private final boolean[] failed;
  private int done;
  private boolean closed;

  /**
   * @param operation the operation's name, for the fleet listeners
   * @param total     SIMs in the run
   * @param totals    SIMs per provider
   * @param progress  the caller's listener
   * @param fleet     the fleet's listeners
   */
  Progress(
      String operation,
      int total,
      Map<String, Integer> totals,
      ProgressListener progress,
      List<FleetListener> fleet) {
    this.operation = operation;
    this.total = total;
    this.totals = Map.copyOf(totals);
    ProgressListener caller = Objects.requireNonNull(progress, "progress");
    listeners.add(
        new FleetListener() {
          @Override
          public void onProgress(String op, int d, int t) {
            caller.onProgress(d, t);
          }
        });
    listeners.addAll(fleet);
    this.failed = new boolean[listeners.size()];
  }

  /**
   * @param providerId the provider of the SIM that finished, or {@code null} if it was not routed
   */
  synchronized void step(String providerId) {
    if (closed) {
      return;
    }
    done++;
    int providerDone = providerId == null ? 0 : doneBy.merge(providerId, 1, Integer::sum);
    for (int i = 0; i < listeners.size(); i++) {
      FleetListener l = listeners.get(i);
      try {
        l.onProgress(operation, done, total);
        if (providerId != null) {
          l.onProviderProgress(
              operation, providerId, providerDone, totals.getOrDefault(providerId, 0));
        }
      } catch (RuntimeException | LinkageError | AssertionError e) {
        if (!failed[i]) {
          failed[i] = true;
          LOG.warn(
              "A fleet progress listener failed; its failures are ignored for the rest of this {} (every SIM"
                  + " still gets its outcome)",
              operation,
              e);
        }
      }
    }
  }

  /** Stops telling the listeners: the run has returned. */
  synchronized void close() {
    closed = true;
  }
}
