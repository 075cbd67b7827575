package io.simbridge.cli;

import io.simbridge.cli.output.RowWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the root's options, session and output. */
@picocli.CommandLine.Command
abstract class CommandBase implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** @return the root command, holding the global options */
  Simbridge root() {
    return (Simbridge) spec.root().userObject();
  }

  /** @return the run's streams, environment and terminal */
  Io io() {
    return root().io();
  }

  /** @return the run's providers */
  Session session() {
    return root().session();
  }

  /**
   * @param columns the columns
   * @return a writer of rows to stdout
   */
  RowWriter rows(List<String> columns) {
    return root().rows(columns);
  }

  @Override
  public final Integer call() throws Exception {
    return run().code();
  }

  /**
   * @return how the command ended
   * @throws Exception a failure, mapped to its {@link ExitCode}
   */
  abstract ExitCode run() throws Exception;
}
