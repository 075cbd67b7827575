package io.simbridge.cli;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.model.SimRef;
import io.simbridge.jobs.JobWrite;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * One write a command sends to each of its SIMs: the command's name and arguments, which a durable
 * job can record in its journal and show, and the call itself.
 *
 * @param command    the command, such as {@code rename}
 * @param capability what the provider must support
 * @param arguments  the write's arguments by option name, such as {@code name=pump-7}; never a secret
 * @param call       the call, given the SIM's provider and the SIM
 * @param job        the same write as a durable job runs it
 */
record WriteAction(
    String command,
    Capability capability,
    Map<String, String> arguments,
    BiConsumer<SimProvider, SimRef> call,
    JobWrite job) {

  /** Validates and freezes the record. */
  WriteAction {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(capability, "capability");
    arguments = Map.copyOf(arguments);
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(job, "job");
  }
}
