package dev.clearance.cli;

import dev.clearance.document.InputException;
import dev.clearance.policy.Policy;
import dev.clearance.policy.PolicyLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance policy validate FILE}: loads a policy file with every check the loader makes.
 * Exits 0 when valid, 2 with the line and reason when not.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = "Check that a policy file is valid. Exit code 0 when it is, 2 when not.")
final class PolicyValidateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The policy file.")
  private Path file;

  @Override
  public Integer call() throws InputException {
    Policy policy = PolicyLoader.load(file);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "ok: "
            + TerminalText.safe(file.toString())
            + " is a valid policy "
            + TerminalText.safe(policy.ref().toString())
            + " ("
            + policy.tiers().size()
            + " tiers, "
            + policy.triggers().size()
            + " triggers, "
            + policy.benchmarks().size()
            + " benchmarks, "
            + policy.requirements().size()
            + " requirements)");
    out.flush();
    return ExitCode.OK;
  }
}
