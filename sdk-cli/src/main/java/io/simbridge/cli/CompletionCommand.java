package io.simbridge.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

/**
 * {@code simbridge completion}: a bash (and zsh, through bashcompinit) completion script, generated
 * by picocli from the commands themselves. {@code source <(simbridge completion)}.
 */
@Command(
    name = "completion",
    description = "Print a bash/zsh completion script: source <(simbridge completion)")
final class CompletionCommand extends CommandBase {
  @Override
  ExitCode run() {
    io().out().print(AutoComplete.bash("simbridge", spec.root().commandLine()));
    io().out().flush();
    return ExitCode.OK;
  }
}
