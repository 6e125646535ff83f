package dev.clearance.server.release;

import dev.clearance.release.ReleaseAction;
import dev.clearance.release.ReleaseState;
import dev.clearance.server.notify.NotificationEvent;
import dev.clearance.server.notify.NotificationKind;
import dev.clearance.server.notify.Notifier;
import dev.clearance.server.notify.Recipients;
import dev.clearance.server.notify.ReleaseName;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.release.Release;

/**
 * Notifications of release transitions, written in the transition's transaction: {@code
 * start_review} is {@code window_opened}, every other action {@code release_state_changed}, to the
 * members of the release's organization (who may see its pre-release material); a submission also
 * to the stewards, who start the review.
 */
final class ReleaseNotifications {

  private ReleaseNotifications() {}

  static void transitioned(
      Notifier notifier,
      Repositories tx,
      ReleaseRef ref,
      ReleaseAction action,
      ReleaseState before,
      String reason) {
    Release release = ref.release();
    ReleaseName name =
        new ReleaseName(ref.org().slug(), ref.model().name(), release.versionLabel());
    Recipients recipients = Recipients.organization(ref.org().id());
    NotificationEvent event;
    if (action == ReleaseAction.START_REVIEW) {
      event =
          NotificationEvent.about(
              NotificationKind.WINDOW_OPENED,
              name,
              "Review window opened for " + name.label(),
              "The review window runs from "
                  + release.windowStartedAt()
                  + " to "
                  + release.windowEndsAt()
                  + ". Vetted evaluators may now examine the release and file findings.",
              recipients);
    } else {
      if (action == ReleaseAction.SUBMIT) {
        recipients = recipients.and(Recipients.role(GlobalRole.STEWARD));
      }
      event =
          NotificationEvent.about(
              NotificationKind.RELEASE_STATE_CHANGED,
              name,
              name.label() + " is now " + release.state().wireName().replace('_', ' '),
              "Action "
                  + action.wireName()
                  + " moved the release from "
                  + before.wireName()
                  + " to "
                  + release.state().wireName()
                  + "."
                  + (reason == null ? "" : " Reason: " + reason),
              recipients);
    }
    notifier.notify(tx, event);
  }
}
