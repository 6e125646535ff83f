package dev.clearance.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/** Prints warnings about input as {@code warning: ...} lines on standard error. */
final class Warnings {

  private Warnings() {}

  static Consumer<String> to(PrintWriter err) {
    return warning -> {
      err.println("warning: " + TerminalText.safe(warning));
      err.flush();
    };
  }
}
