package dev.clearance.cli;

import dev.clearance.artifacts.checkpoint.CheckpointHeaderInspector;
import dev.clearance.document.InputLimits;
import dev.clearance.dossier.CheckpointInspector;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/**
 * The {@code clearance} command line. Builds the command tree with {@code new} and maps outcomes to
 * exit codes ({@link ExitCode}): 0 all required requirements pass, 1 requirements failed, 2 bad
 * input or usage, 3 internal error. Reports and messages go to standard output and standard error,
 * never to a log.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    configureLogging(args.length > 0 && args[0].equals("serve"));
    System.exit(commandLine().execute(args));
  }

  /**
   * Logs go to standard error: the server's structured request and startup lines at INFO; for every
   * other command only warnings, since their results are output, not logs. Must run before the
   * first logger is created.
   */
  private static void configureLogging(boolean serving) {
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", serving ? "info" : "warn");
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
  }

  /** The command tree wired to the real readers and checker. */
  public static CommandLine commandLine() {
    return commandLine(
        new PolicyChecker(new DossierSource(new CheckpointHeaderInspector()), Clock.systemUTC()),
        System.getenv());
  }

  /**
   * The command tree with the given check, for tests.
   *
   * @param check reads and checks a dossier
   * @param environment the process environment, read for {@code NO_COLOR} and {@code TERM}
   */
  static CommandLine commandLine(DossierCheck check, Map<String, String> environment) {
    CommandLine root = new CommandLine(new ClearanceCommand());
    root.addSubcommand("check", new CheckCommand(check, environment));
    root.addSubcommand("inspect", new InspectCommand());
    root.addSubcommand("keygen", new KeygenCommand());
    root.addSubcommand("digest", new DigestCommand(environment));
    root.addSubcommand("sign", new SignCommand(environment));
    root.addSubcommand("verify", new VerifyCommand(environment));
    root.addSubcommand("attest", new AttestCommand(environment, Clock.systemUTC()));
    CommandLine policy = new CommandLine(new PolicyCommand());
    policy.addSubcommand("show", new PolicyShowCommand());
    policy.addSubcommand("validate", new PolicyValidateCommand());
    policy.addSubcommand("diff", new PolicyDiffCommand());
    root.addSubcommand("policy", policy);
    CommandLine card = new CommandLine(new CardCommand());
    card.addSubcommand("init", new CardInitCommand(new DossierSource(CheckpointInspector.NONE)));
    card.addSubcommand("convert", new CardConvertCommand(new CardFileReader(InputLimits.DEFAULT)));
    root.addSubcommand("card", card);
    root.addSubcommand("serve", new ServeCommand());
    root.addSubcommand("submit", new SubmitCommand(environment));
    CommandLine log = new CommandLine(new LogCommand());
    log.addSubcommand("verify", new LogVerifyCommand());
    log.addSubcommand("export", new LogExportCommand());
    root.addSubcommand("log", log);
    root.addSubcommand("version", new VersionCommand());
    root.setCaseInsensitiveEnumValuesAllowed(true);
    root.setExecutionExceptionHandler(new ErrorHandler());
    return root;
  }
}
