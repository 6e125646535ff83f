package dev.clearance.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code clearance policy}: the group of policy subcommands; alone it prints usage. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = "Show, validate and compare policies (versioned framework documents).")
final class PolicyCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a subcommand: show, validate or diff");
  }
}
