package dev.clearance.cli;

import dev.clearance.document.InputException;
import dev.clearance.policy.Policy;
import dev.clearance.policy.PolicyLoader;
import dev.clearance.report.CheckReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance check PATH}: reads a model release folder or card, decides its tier and checks
 * every requirement under a policy, and writes the report. Exits 0 when every required requirement
 * passes, 1 when one fails, 2 for bad input.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = {
      "Check a model release folder or model card against a policy.",
      "Exit codes: 0 all required requirements pass, 1 requirements failed, 2 bad input or usage."
    })
final class CheckCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "PATH",
      description = "Model release folder, model card (.md) or CycloneDX BOM (.json).")
  private Path subject;

  @Option(
      names = "--policy",
      paramLabel = "NAME|FILE",
      defaultValue = PolicyLoader.DEFAULT,
      description = "Bundled policy name or policy file (default: ${DEFAULT-VALUE}).")
  private String policy;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = ReportFormat.Converter.class,
      completionCandidates = ReportFormat.Labels.class,
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private ReportFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  private Path output;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "Color the text report: auto, always, never (default: ${DEFAULT-VALUE}).")
  private ColorMode color;

  private final DossierCheck check;
  private final Map<String, String> environment;

  CheckCommand(DossierCheck check, Map<String, String> environment) {
    this.check = check;
    this.environment = environment;
  }

  @Override
  public Integer call() throws InputException {
    Policy loaded = PolicyLoader.resolve(policy);
    PrintWriter err = spec.commandLine().getErr();
    CheckReport report = check.check(loaded, subject, Warnings.to(err));
    boolean colored = format == ReportFormat.TEXT && color.colorize(output == null, environment);
    String text = format.writer(colored, ClearanceVersion.current()).render(report);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      OutputTarget.write(output, text, true);
      err.println(
          "wrote the "
              + format.label()
              + " report to "
              + output
              + ": "
              + (report.passed() ? "passed" : "failed")
              + ", "
              + report.tier().tier()
              + " under "
              + report.policy());
      err.flush();
    }
    return report.passed() ? ExitCode.OK : ExitCode.REQUIREMENTS_FAILED;
  }
}
