package dev.clearance.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * One run of the command line in this JVM, as picocli's "Testing Your Application" describes:
 * {@code execute(args)} with standard output and error captured.
 *
 * @param exitCode what {@code clearance} would exit with
 * @param out everything printed to standard output
 * @param err everything printed to standard error
 */
record CliRun(int exitCode, String out, String err) {

  /** A run with the real readers and checker. */
  static CliRun real(String... args) {
    CommandLine commandLine = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  static CliRun run(DossierCheck check, String... args) {
    return run(check, Map.of(), args);
  }

  static CliRun run(DossierCheck check, Map<String, String> environment, String... args) {
    CommandLine commandLine = Main.commandLine(check, environment);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }
}
