package dev.clearance.document;

/**
 * An input file could not be read as the format it should have. The message names the file, the
 * line (when known) and the problem, and {@link #hint()} says what to do about it.
 */
public final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String problem;
  private final String hint;

  public InputException(String file, int line, String problem, String hint) {
    super(format(file, line, problem));
    this.file = file;
    this.line = line;
    this.problem = problem;
    this.hint = hint == null ? "" : hint;
  }

  public InputException(String file, int line, String problem, String hint, Throwable cause) {
    this(file, line, problem, hint);
    initCause(cause);
  }

  private static String format(String file, int line, String problem) {
    return line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem;
  }

  public String file() {
    return file;
  }

  /** 1-based line, or 0 when the problem is not tied to a line. */
  public int line() {
    return line;
  }

  public String problem() {
    return problem;
  }

  /** What the user can do next; may be empty. */
  public String hint() {
    return hint;
  }
}
