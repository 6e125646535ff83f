package dev.clearance.cli;

import dev.clearance.artifacts.checkpoint.CheckpointHeaderInspector;
import dev.clearance.document.InputLimits;
import dev.clearance.dossier.CheckpointInspector;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
    System.exit(commandLineFor(args).execute(args));
  }

  /**
   * The command tree for {@code args}: only the named command when the first argument names one, so
   * a run builds one command's model instead of all of them (picocli reads every command's
   * annotations by reflection, about 0.4 s of a cold start for the whole tree); the whole tree for
   * anything else (no arguments, top-level options, an unknown name), so usage lists every command
   * and a misspelled name gets suggestions.
   */
  static CommandLine commandLineFor(String[] args) {
    Supplier<DossierCheck> check =
        () ->
            new PolicyChecker(
                new DossierSource(new CheckpointHeaderInspector()), Clock.systemUTC());
    if (args.length > 0 && COMMAND_NAMES.contains(args[0])) {
      return tree(check, System.getenv(), List.of(args[0]));
    }
    return tree(check, System.getenv(), COMMAND_NAMES);
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

  /** The whole command tree wired to the real readers and checker. */
  public static CommandLine commandLine() {
    return commandLineFor(new String[0]);
  }

  /**
   * The whole command tree with the given check, for tests.
   *
   * @param check reads and checks a dossier
   * @param environment the process environment, read for {@code NO_COLOR} and {@code TERM}
   */
  static CommandLine commandLine(DossierCheck check, Map<String, String> environment) {
    return tree(() -> check, environment, COMMAND_NAMES);
  }

  /** The top-level command names in the order usage lists them. */
  static final List<String> COMMAND_NAMES =
      List.of(
          "check", "inspect", "keygen", "digest", "sign", "verify", "attest", "policy", "card",
          "serve", "submit", "log", "version");

  private static CommandLine tree(
      Supplier<DossierCheck> check, Map<String, String> environment, List<String> names) {
    CommandLine root = new CommandLine(new ClearanceCommand());
    for (String name : names) {
      root.addSubcommand(name, command(name, check, environment));
    }
    root.setCaseInsensitiveEnumValuesAllowed(true);
    root.setExecutionExceptionHandler(new ErrorHandler());
    return root;
  }

  /** The command object (or the command line of a group) for one top-level name. */
  private static Object command(
      String name, Supplier<DossierCheck> check, Map<String, String> environment) {
    return switch (name) {
      case "check" -> new CheckCommand(check.get(), environment);
      case "inspect" -> new InspectCommand();
      case "keygen" -> new KeygenCommand();
      case "digest" -> new DigestCommand(environment);
      case "sign" -> new SignCommand(environment);
      case "verify" -> new VerifyCommand(environment);
      case "attest" -> new AttestCommand(environment, Clock.systemUTC());
      case "policy" -> {
        CommandLine policy = new CommandLine(new PolicyCommand());
        policy.addSubcommand("show", new PolicyShowCommand());
        policy.addSubcommand("validate", new PolicyValidateCommand());
        policy.addSubcommand("diff", new PolicyDiffCommand());
        yield policy;
      }
      case "card" -> {
        CommandLine card = new CommandLine(new CardCommand());
        card.addSubcommand(
            "init", new CardInitCommand(new DossierSource(CheckpointInspector.NONE)));
        card.addSubcommand(
            "convert", new CardConvertCommand(new CardFileReader(InputLimits.DEFAULT)));
        yield card;
      }
      case "serve" -> new ServeCommand();
      case "submit" -> new SubmitCommand(environment);
      case "log" -> {
        CommandLine log = new CommandLine(new LogCommand());
        log.addSubcommand("verify", new LogVerifyCommand());
        log.addSubcommand("export", new LogExportCommand());
        yield log;
      }
      case "version" -> new VersionCommand();
      default -> throw new IllegalArgumentException("no command named " + name);
    };
  }
}
