package io.simbridge.fleet;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a {@link ProgressListener} of each finished SIM, one call at a time. A listener that
 * throws is logged once per run and otherwise ignored: a progress bar never costs a SIM its
 * outcome. Once the run has returned, the listener hears nothing more.
 */
final class Progress {
  private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

  private final int total;
  private final ProgressListener listener;
  private int done;
  private boolean failed;
  private boolean closed;

  Progress(int total, ProgressListener listener) {
    this.total = total;
    this.listener = Objects.requireNonNull(listener, "progress");
  }

  synchronized void step() {
    if (closed) {
      return;
    }
    try {
      listener.onProgress(++done, total);
    } catch (RuntimeException | LinkageError | AssertionError e) {
      if (!failed) {
        failed = true;
        LOG.warn("The fleet's progress listener failed; it is ignored for the rest of this run (every SIM still"
            + " gets its outcome)", e);
      }
    }
  }

  /** Stops telling the listener: the run has returned. */
  synchronized void close() {
    closed = true;
  }
}
