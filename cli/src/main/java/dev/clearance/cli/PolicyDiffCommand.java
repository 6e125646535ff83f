package dev.clearance.cli;

import dev.clearance.document.InputException;
import dev.clearance.policy.Policy;
import dev.clearance.policy.PolicyChange;
import dev.clearance.policy.PolicyDiff;
import dev.clearance.policy.PolicyLoader;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clearance policy diff A B}: what changed from one policy version to another. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = "List what changed from policy A to policy B (bundled names or files).")
final class PolicyDiffCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "The older policy.")
  private String before;

  @Parameters(index = "1", paramLabel = "B", description = "The newer policy.")
  private String after;

  @Override
  public Integer call() throws InputException {
    Policy older = PolicyLoader.resolve(before);
    Policy newer = PolicyLoader.resolve(after);
    List<PolicyChange> changes = PolicyDiff.diff(older, newer);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        TerminalText.safe(older.ref() + " -> " + newer.ref())
            + ": "
            + (changes.isEmpty()
                ? "no changes"
                : changes.size() + (changes.size() == 1 ? " change" : " changes")));
    for (PolicyChange change : changes) {
      out.println("  " + TerminalText.safe(change.describe()));
    }
    out.flush();
    return ExitCode.OK;
  }
}
