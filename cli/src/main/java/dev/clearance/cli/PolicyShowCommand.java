package dev.clearance.cli;

import dev.clearance.document.InputException;
import dev.clearance.policy.PolicyLoader;
import dev.clearance.policy.PolicyText;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clearance policy show [NAME|FILE]}: a human summary of a policy. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = "Show a policy's tiers, triggers, benchmarks and requirements.")
final class PolicyShowCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "NAME|FILE",
      defaultValue = PolicyLoader.DEFAULT,
      description = "Bundled policy name or policy file (default: ${DEFAULT-VALUE}).")
  private String policy;

  @Override
  public Integer call() throws InputException {
    PrintWriter out = spec.commandLine().getOut();
    out.print(TerminalText.safe(PolicyText.show(PolicyLoader.resolve(policy))));
    out.println("Bundled policies: " + String.join(", ", PolicyLoader.bundledNames()));
    out.flush();
    return ExitCode.OK;
  }
}
