package dev.clearance.cli;

/**
 * The exit codes of {@code clearance}, documented in {@code docs/report-format.md}. Pipelines rely
 * on them: never renumber one.
 */
public final class ExitCode {

  /** Every required requirement passed (or the command did what was asked). */
  public static final int OK = 0;

  /** The check ran and at least one blocking requirement failed. */
  public static final int REQUIREMENTS_FAILED = 1;

  /** Bad input or usage: an unreadable or malformed file, an unknown option, a missing argument. */
  public static final int BAD_INPUT = 2;

  /** A bug in Clearance: the message asks the user to report it. */
  public static final int INTERNAL_ERROR = 3;

  private ExitCode() {}
}
