package dev.clearance.cli;

import dev.clearance.document.InputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions from a command into messages and exit codes: an {@link InputException} (a bad
 * file, from any reader or from the policy loader) prints {@code error: <file>:<line>: <problem>}
 * and {@code hint: <hint>} and exits {@link ExitCode#BAD_INPUT}; anything else is a bug, printed
 * with its stack trace, exiting {@link ExitCode#INTERNAL_ERROR}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (exception instanceof InputException input) {
      err.println("error: " + TerminalText.safe(input.getMessage()));
      if (!input.hint().isBlank()) {
        err.println("hint: " + TerminalText.safe(input.hint()));
      }
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    err.println("internal error: " + exception);
    err.println("This is a bug in Clearance; please report it with the stack trace below.");
    exception.printStackTrace(err);
    err.flush();
    return ExitCode.INTERNAL_ERROR;
  }
}
