package io.simbridge.cli;

import io.simbridge.fleet.ProgressListener;
import java.io.PrintWriter;

/** A one-line progress bar on stderr, drawn only when a terminal is attached. */
final class Progress {
  private static final int WIDTH = 30;

  private Progress() {}

  /**
   * @param io    the run's streams and terminal
   * @param label what is running, such as {@code suspend}
   * @return a listener that draws the bar, or one that does nothing without a terminal
   */
  static ProgressListener bar(Io io, String label) {
    if (!io.terminal().attached()) {
      return ProgressListener.NONE;
    }
    PrintWriter err = io.err();
    return (done, total) -> {
      int filled = total == 0 ? WIDTH : done * WIDTH / total;
      err.print(
          "\r"
              + label
              + " ["
              + "#".repeat(filled)
              + " ".repeat(WIDTH - filled)
              + "] "
              + done
              + "/"
              + total);
      if (done == total) {
        err.print("\r" + " ".repeat(label.length() + WIDTH + 24) + "\r");
      }
      err.flush();
    };
  }
}
