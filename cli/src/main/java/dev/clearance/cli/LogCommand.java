package dev.clearance.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code clearance log}: the audit log subcommands; alone it prints usage. */
@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = "Export and verify a registry's tamper-evident audit log (ACC-1).")
final class LogCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a subcommand: verify or export");
  }
}
