package dev.clearance.server.notify;

import dev.clearance.server.jobs.BackgroundJob;
import dev.clearance.server.review.AccessGrants;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.notify.ClosingWindow;
import dev.clearance.store.notify.ClosingWindowQueries;
import dev.clearance.store.review.AccessGrant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Sends {@code window_closing} to the members of a release's organization and the evaluators with
 * access to it before its review window ends, once per configured notice (default 7 days and 1
 * day). A run sends the notice of the smallest threshold the remaining time is within, keyed by
 * release, window end and threshold: as time passes each threshold fires once, a window first seen
 * inside several thresholds gets one message, and a window restarted with a new end is reminded
 * again.
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
              Recipients.organization(window.orgId())
                  .and(Recipients.users(grantedEvaluators(tx, window.releaseId(), now))));
      if (notifier.notifyOnce(tx, key, event).isPresent()) {
        sent++;
      }
    }
    return sent;
  }

  /**
   * The evaluators with access to the release now (an active, unexpired grant and the evaluator
   * role still held): they may see it, and the window's end concerns their findings.
   */
  private static String[] grantedEvaluators(Repositories tx, String releaseId, Instant now) {
    Set<String> evaluators = new LinkedHashSet<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<AccessGrant> page = AccessGrants.grants(tx).listByRelease(releaseId, request);
      for (AccessGrant grant : page.items()) {
        if (grant.isActiveAt(now)
            && tx.globalRoles().has(grant.evaluatorId(), GlobalRole.EVALUATOR)) {
          evaluators.add(grant.evaluatorId());
        }
      }
      if (page.next().isEmpty()) {
        return evaluators.toArray(String[]::new);
      }
      request = request.next(page.next().get());
    }
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
