package dev.clearance.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/** When {@code clearance check} colors its text report. Files are never colored. */
enum ColorMode {
  AUTO,
  ALWAYS,
  NEVER;

  /**
   * Whether to color a text report.
   *
   * @param toTerminalStream true when the report goes to standard output, not to a file
   * @param environment the process environment ({@code NO_COLOR}, {@code TERM})
   */
  boolean colorize(boolean toTerminalStream, Map<String, String> environment) {
    if (!toTerminalStream) {
      return false;
    }
    return switch (this) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO ->
          !environment.containsKey("NO_COLOR")
              && !"dumb".equals(environment.get("TERM"))
              && standardOutputIsTerminal();
    };
  }

  /**
   * True when standard output is a terminal. Uses {@code Console.isTerminal()} where the running
   * JDK has it (22 and later, where {@code System.console()} is no longer null for redirected
   * output).
   */
  private static boolean standardOutputIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException olderJdk) {
      return true;
    }
  }
}
