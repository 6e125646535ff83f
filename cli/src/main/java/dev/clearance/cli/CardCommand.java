package dev.clearance.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code clearance card}: the group of model-card tools; alone it prints usage. */
@Command(
    name = "card",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = "Create and convert model cards (Hugging Face and CycloneDX 1.6 ML-BOM).")
final class CardCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a subcommand: init or convert");
  }
}
