package dev.clearance.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * The training run for the JVM's ahead-of-time cache (JDK 25, JEP 483/514/515), started by the
 * {@code ./clearance} launcher once after each build: runs the everyday commands on a model folder
 * in this process with their output discarded, so that the classes they load and link and the
 * profiles of their hot methods (the SHA-256 loop among them) are recorded in the cache, and later
 * runs start from it. Not a user command; it changes nothing on disk.
 *
 * <p>Usage: {@code java -XX:AOTCacheOutput=FILE -cp clearance.jar dev.clearance.cli.StartupTraining
 * MODEL_FOLDER}
 */
public final class StartupTraining {

  /** Each command line, with {@code {model}} standing for the model folder. */
  static final List<List<String>> COMMANDS =
      List.of(
          List.of("check", "{model}"),
          List.of("check", "{model}", "--format", "json"),
          List.of("inspect", "{model}"),
          List.of("digest", "--quiet", "{model}"),
          List.of("version"));

  private StartupTraining() {}

  public static void main(String[] args) {
    if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
      System.err.println("usage: StartupTraining MODEL_FOLDER (an existing model folder)");
      System.exit(ExitCode.BAD_INPUT);
    }
    int failed = run(args[0]);
    System.exit(failed == 0 ? ExitCode.OK : ExitCode.INTERNAL_ERROR);
  }

  /**
   * Runs every training command on {@code model}.
   *
   * @return how many commands ended in an internal error (exit 3); requirement failures (exit 1)
   *     are normal results and count as trained
   */
  static int run(String model) {
    int failed = 0;
    for (List<String> command : COMMANDS) {
      String[] args =
          command.stream()
              .map(part -> part.replace("{model}", model))
              .toList()
              .toArray(String[]::new);
      CommandLine commandLine = Main.commandLineFor(args);
      PrintWriter discard = new PrintWriter(Writer.nullWriter());
      commandLine.setOut(discard);
      commandLine.setErr(discard);
      if (commandLine.execute(args) == ExitCode.INTERNAL_ERROR) {
        failed++;
      }
    }
    return failed;
  }
}
