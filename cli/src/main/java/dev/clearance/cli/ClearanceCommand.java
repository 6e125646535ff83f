package dev.clearance.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code clearance}: the top command; alone it prints usage and exits 2. */
@Command(
    name = "clearance",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = {
      "Release gate for open AI models: checks a model release against a versioned policy of the"
          + " Responsible Release Framework.",
      "Exit codes: 0 all required requirements pass, 1 requirements failed, 2 bad input or usage,"
          + " 3 internal error."
    })
final class ClearanceCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "name a command: check, inspect, digest, keygen, sign, attest, verify, serve, submit, log, policy, card, version");
  }
}
