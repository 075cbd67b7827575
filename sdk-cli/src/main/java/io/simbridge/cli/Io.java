package io.simbridge.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Properties;

/**
 * What one run of the command line sees of its process, so that tests run it in-process with
 * captured streams, a chosen environment and a fake terminal.
 *
 * @param out      results
 * @param err      messages and progress
 * @param in       standard input ({@code --sims-file -})
 * @param env      the environment variables
 * @param system   the system properties
 * @param terminal the terminal, if one is attached
 */
record Io(
    PrintWriter out,
    PrintWriter err,
    InputStream in,
    Map<String, String> env,
    Properties system,
    Terminal terminal) {

  /** @return the process's own streams, environment and console */
  static Io ofProcess() {
    return new Io(
        new PrintWriter(System.out, false, java.nio.charset.Charset.defaultCharset()),
        new PrintWriter(System.err, true, java.nio.charset.Charset.defaultCharset()),
        System.in,
        System.getenv(),
        System.getProperties(),
        Terminal.system());
  }
}
