package dev.clearance.server.notify;

import dev.clearance.server.jobs.BackgroundJob;
import dev.clearance.store.Repositories;
import dev.clearance.store.notify.ClosingWindow;
import dev.clearance.store.notify.ClosingWindowQueries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends {@code window_closing} to the members of a release's organization before its review window
 * ends, once per configured notice (default 7 days and 1 day). A run sends the notice of the
 * smallest threshold the remaining time is within, keyed by release, window end and threshold: as
 * time passes each threshold fires once, a window first seen inside several thresholds gets one
 * message, and a window restarted with a new end is reminded again.
 */
public final class WindowClosingJob {

  /** The job's name and lease. */
  public static final String NAME = "window-closing-reminders";

  private final NotificationConfig config;
  private final Notifier notifier;
  private final Clock clock;

  public WindowClosingJob(NotificationConfig config, Notifier notifier, Clock clock) {
    this.config = config;
    this.notifier = notifier;
    this.clock = clock;
  }

  /** The job to schedule. */
  public BackgroundJob job() {
    return new BackgroundJob(NAME, config.reminderEvery(), this::run);
  }

  /** One run in {@code tx}; returns how many reminders it sent. */
  int run(Repositories tx) {
    List<Duration> notices = config.windowClosingNotices();
    if (notices.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    int sent = 0;
    for (ClosingWindow window :
        new ClosingWindowQueries(tx.handle()).endingBetween(now, now.plus(notices.get(0)))) {
      Duration remaining = Duration.between(now, window.windowEndsAt());
      Duration notice = smallestCovering(notices, remaining);
      String key =
          "window_closing:"
              + window.releaseId()
              + ":"
              + window.windowEndsAt().toEpochMilli()
              + ":"
              + notice;
      ReleaseName release =
          new ReleaseName(window.orgSlug(), window.modelName(), window.versionLabel());
      NotificationEvent event =
          NotificationEvent.about(
              NotificationKind.WINDOW_CLOSING,
              release,
              "Review window for " + release.label() + " closes in " + describe(remaining),
              "The review window ends at "
                  + window.windowEndsAt()
                  + ". Findings filed after that are not part of this review; answer every open"
                  + " finding before approval.",
              Recipients.organization(window.orgId()));
      if (notifier.notifyOnce(tx, key, event).isPresent()) {
        sent++;
      }
    }
    return sent;
  }

  private static Duration smallestCovering(List<Duration> descending, Duration remaining) {
    Duration covering = descending.get(0);
    for (Duration notice : descending) {
      if (notice.compareTo(remaining) >= 0) {
        covering = notice;
      }
    }
    return covering;
  }

  private static String describe(Duration remaining) {
    long hours = (remaining.toMinutes() + 59) / 60;
    if (hours < 24) {
      return hours <= 1 ? "about an hour" : hours + " hours";
    }
    long days = (hours + 23) / 24;
    return days == 1 ? "1 day" : days + " days";
  }
}
