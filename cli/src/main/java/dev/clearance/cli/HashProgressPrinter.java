package dev.clearance.cli;

import dev.clearance.artifacts.manifest.HashProgress;
import dev.clearance.artifacts.manifest.ProgressMeter;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Shows hashing progress as one rewritten line on standard error (bar, bytes, bytes/s, ETA), at
 * most ten times a second; silent unless standard error is a terminal, and with {@code --quiet} or
 * {@code CI=true}.
 */
final class HashProgressPrinter implements HashProgress {

  private static final long INTERVAL_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastPrinted;
  private boolean printed;

  private HashProgressPrinter(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** A printer that shows progress only on an interactive terminal outside CI, unless quiet. */
  static HashProgressPrinter of(PrintWriter err, boolean quiet, Map<String, String> environment) {
    boolean ci = "true".equalsIgnoreCase(environment.getOrDefault("CI", ""));
    return new HashProgressPrinter(err, !quiet && !ci && System.console() != null);
  }

  @Override
  public synchronized void advanced(long bytesDone, long bytesTotal) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastPrinted < INTERVAL_NANOS && bytesDone < bytesTotal) {
      return;
    }
    lastPrinted = now;
    printed = true;
    err.print("\r" + ProgressMeter.line(bytesDone, bytesTotal, now - started));
    err.flush();
  }

  /** Ends the progress line, if one was shown. */
  synchronized void finish() {
    if (printed) {
      err.println();
      err.flush();
    }
  }
}
