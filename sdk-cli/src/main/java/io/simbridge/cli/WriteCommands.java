package io.simbridge.cli;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.model.DataLimit;
import io.simbridge.core.model.DataLimits;
import io.simbridge.core.model.DataVolume;
import io.simbridge.jobs.JobWrite;
import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The write commands, one per neutral write of {@link io.simbridge.core.SimOperations}. */
final class WriteCommands {
  private WriteCommands() {}

  /** {@code simbridge suspend}. */
  @Command(name = "suspend", description = "Suspend (block) SIMs.")
  static final class Suspend extends WriteCommand {
    @Override
    WriteAction action() {
      return new WriteAction(
          "suspend", Capability.SUSPEND, Map.of(), SimProvider::suspend, JobWrite.suspend());
    }
  }

  /** {@code simbridge resume}. */
  @Command(name = "resume", description = "Resume (unblock) suspended SIMs.")
  static final class Resume extends WriteCommand {
    @Override
    WriteAction action() {
      return new WriteAction(
          "resume", Capability.RESUME, Map.of(), SimProvider::resume, JobWrite.resume());
    }
  }

  /** {@code simbridge activate}. */
  @Command(
      name = "activate",
      description =
          "Activate SIMs (Things Mobile needs iccid:... and msisdn:... both: use"
              + " a file line per SIM).")
  static final class Activate extends WriteCommand {
    @Override
    WriteAction action() {
      return new WriteAction(
          "activate", Capability.ACTIVATE, Map.of(), SimProvider::activate, JobWrite.activate());
    }
  }

  /** {@code simbridge disconnect}. */
  @Command(
      name = "disconnect",
      description = "Disconnect SIMs from the network, forcing them to attach again.")
  static final class Disconnect extends WriteCommand {
    @Override
    WriteAction action() {
      return new WriteAction(
          "disconnect",
          Capability.DISCONNECT,
          Map.of(),
          SimProvider::disconnect,
          JobWrite.disconnect());
    }
  }

  /** {@code simbridge rename}. */
  @Command(name = "rename", description = "Rename SIMs.")
  static final class Rename extends WriteCommand {
    @Option(names = "--name", required = true, description = "The new name.")
    String name;

    @Override
    WriteAction action() {
      return new WriteAction(
          "rename",
          Capability.RENAME,
          Map.of("name", name),
          (p, s) -> p.rename(s, name),
          JobWrite.rename(name));
    }
  }

  /** {@code simbridge tag}. */
  @Command(name = "tag", description = "Set the tag of SIMs.")
  static final class Tag extends WriteCommand {
    @Option(names = "--tag", required = true, description = "The new tag.")
    String tag;

    @Override
    WriteAction action() {
      return new WriteAction(
          "tag", Capability.TAG, Map.of("tag", tag), (p, s) -> p.tag(s, tag), JobWrite.tag(tag));
    }
  }

  /** {@code simbridge set-limits}. */
  @Command(name = "set-limits", description = "Set daily, monthly and total data thresholds.")
  static final class SetLimits extends WriteCommand {
    @Option(
        names = "--daily",
        required = true,
        converter = Volumes.class,
        paramLabel = "VOLUME",
        description = "Daily threshold, such as 50MiB.")
    DataVolume daily;

    @Option(
        names = "--monthly",
        required = true,
        converter = Volumes.class,
        paramLabel = "VOLUME",
        description = "Monthly threshold.")
    DataVolume monthly;

    @Option(
        names = "--total",
        required = true,
        converter = Volumes.class,
        paramLabel = "VOLUME",
        description = "Threshold over the SIM's life.")
    DataVolume total;

    @Option(
        names = "--suspend-when-reached",
        description = "Suspend the SIM when a threshold is reached.")
    boolean suspend;

    @Override
    WriteAction action() {
      DataLimits limits =
          new DataLimits(
              new DataLimit(daily, suspend),
              new DataLimit(monthly, suspend),
              new DataLimit(total, suspend));
      return new WriteAction(
          "set-limits",
          Capability.SET_DATA_LIMITS,
          Map.of(
              "daily",
              bytes(daily),
              "monthly",
              bytes(monthly),
              "total",
              bytes(total),
              "suspend-when-reached",
              String.valueOf(suspend)),
          (p, s) -> p.setDataLimits(s, limits),
          JobWrite.setDataLimits(limits));
    }
  }

  /** {@code simbridge set-expiry}. */
  @Command(name = "set-expiry", description = "Set the date SIMs expire.")
  static final class SetExpiry extends WriteCommand {
    @Option(names = "--date", required = true, description = "The expiry date, such as 2027-01-31.")
    LocalDate date;

    @Option(
        names = "--suspend-on-expiry",
        description = "Disconnect and block the SIM on that date.")
    boolean suspend;

    @Override
    WriteAction action() {
      return new WriteAction(
          "set-expiry",
          Capability.SET_EXPIRY,
          Map.of("date", date.toString(), "suspend-on-expiry", String.valueOf(suspend)),
          (p, s) -> p.setExpiry(s, date, suspend),
          JobWrite.setExpiry(date, suspend));
    }
  }

  /** {@code simbridge top-up}. */
  @Command(
      name = "top-up",
      description =
          "Add data to SIMs' balance (additive: never re-send after AMBIGUOUS"
              + " without checking).")
  static final class TopUp extends WriteCommand {
    @Option(
        names = "--amount",
        required = true,
        converter = Volumes.class,
        paramLabel = "VOLUME",
        description = "Data to add, such as 100MiB (Things Mobile counts MiB).")
    DataVolume amount;

    @Override
    WriteAction action() {
      return new WriteAction(
          "top-up",
          Capability.TOP_UP,
          Map.of("amount", bytes(amount)),
          (p, s) -> p.topUp(s, amount),
          JobWrite.topUp(amount));
    }
  }

  /** {@code simbridge send-sms}. */
  @Command(
      name = "send-sms",
      description =
          "Send an SMS to SIMs (additive: never re-send after AMBIGUOUS without" + " checking).")
  static final class SendSms extends WriteCommand {
    @Option(
        names = "--text",
        required = true,
        description = "The message, within the provider's length limit.")
    String text;

    @Override
    WriteAction action() {
      return new WriteAction(
          "send-sms",
          Capability.SEND_SMS,
          Map.of("text", text),
          (p, s) -> p.sendSms(s, text),
          JobWrite.sendSms(text));
    }
  }

  /** {@code simbridge change-plan}. */
  @Command(name = "change-plan", description = "Move SIMs to another plan.")
  static final class ChangePlan extends WriteCommand {
    @Option(names = "--plan", required = true, description = "The provider's plan id.")
    String plan;

    @Override
    WriteAction action() {
      return new WriteAction(
          "change-plan",
          Capability.CHANGE_PLAN,
          Map.of("plan", plan),
          (p, s) -> p.changePlan(s, plan),
          JobWrite.changePlan(plan));
    }
  }

  private static String bytes(DataVolume v) {
    return v.bytes() + " B";
  }
}
