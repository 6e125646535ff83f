package dev.clearance.artifacts.manifest;

import java.util.Locale;

/**
 * Turns hashing progress into a one-line status text with bytes done, percentage, throughput and
 * estimated time left, for a terminal progress bar.
 */
public final class ProgressMeter {

  private static final int BAR_WIDTH = 24;

  private ProgressMeter() {}

  /**
   * The status line, e.g. {@code [#####-----] 42% 1.2 GiB / 4.0 GiB 2.1 GB/s ETA 0:02}.
   *
   * @param bytesDone bytes hashed so far
   * @param bytesTotal bytes to hash
   * @param elapsedNanos time since hashing started
   */
  public static String line(long bytesDone, long bytesTotal, long elapsedNanos) {
    double fraction = bytesTotal == 0 ? 1.0 : Math.min(1.0, (double) bytesDone / bytesTotal);
    int filled = (int) Math.round(fraction * BAR_WIDTH);
    double seconds = Math.max(elapsedNanos, 1) / 1e9;
    double rate = bytesDone / seconds;
    String eta = rate <= 0 ? "--:--" : duration((long) Math.ceil((bytesTotal - bytesDone) / rate));
    return String.format(
        Locale.ROOT,
        "[%s%s] %3d%% %s / %s  %s/s  ETA %s",
        "#".repeat(filled),
        "-".repeat(BAR_WIDTH - filled),
        (int) Math.floor(fraction * 100),
        bytes(bytesDone),
        bytes(bytesTotal),
        decimalBytes(rate),
        eta);
  }

  /** Binary-prefixed size, e.g. {@code 1.5 GiB}. */
  public static String bytes(double count) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
    int unit = 0;
    while (count >= 1024 && unit < units.length - 1) {
      count /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, unit == 0 ? "%.0f %s" : "%.1f %s", count, units[unit]);
  }

  private static String decimalBytes(double count) {
    String[] units = {"B", "kB", "MB", "GB", "TB"};
    int unit = 0;
    while (count >= 1000 && unit < units.length - 1) {
      count /= 1000;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", count, units[unit]);
  }

  private static String duration(long seconds) {
    return seconds >= 3600
        ? String.format(
            Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
