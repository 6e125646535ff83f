package dev.clearance.server.release;

import dev.clearance.release.ReleaseAction;
import dev.clearance.release.ReleaseState;
import dev.clearance.release.ReviewWindow;
import dev.clearance.release.TransitionOutcome;
import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.audit.AuditLog;
import dev.clearance.server.notify.Notifier;
import dev.clearance.store.Repositories;
import dev.clearance.store.release.Release;
import dev.clearance.store.release.Transition;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Applies an allowed release action inside the caller's transaction: the new state (with the review
 * window on {@code start_review} and the submission time on {@code submit}), the transition row and
 * the audit event, plus the effects on the model: {@code release} makes the release the recommended
 * version, supersedes the previously recommended one (a {@code SYSTEM} action with its own audit
 * event) and reveals the release's sealed audit details; {@code revert}, and {@code retract} of the
 * recommended release, move the recommendation back to the latest earlier released version ({@link
 * EarlierRelease}). Each state change notifies the organization ({@link ReleaseNotifications}).
 */
final class TransitionApplier {

  private final AuditLog audit;
  private final Notifier notifier;
  private final Repositories tx;

  TransitionApplier(AuditLog audit, Notifier notifier, Repositories tx) {
    this.audit = audit;
    this.notifier = notifier;
    this.tx = tx;
  }

  /** Returns the release as stored afterwards. */
  ReleaseRef apply(
      ReleaseRef ref,
      ReleaseAction action,
      TransitionOutcome.Allowed allowed,
      String userId,
      String reason,
      Instant now) {
    Release before = ref.release();
    Release changed = before.withState(allowed.to());
    Optional<ReviewWindow> window = allowed.startedWindow();
    if (window.isPresent()) {
      changed = changed.withWindow(window.get().start(), window.get().end());
    }
    if (action == ReleaseAction.SUBMIT) {
      changed = changed.withSubmittedAt(now);
    }
    Release stored = tx.releases().update(changed);
    Transition transition =
        tx.transitions().record(stored.id(), before.state(), stored.state(), userId, reason);
    ReleaseEvents.append(
        audit,
        tx,
        userId,
        action.wireName(),
        ref.with(stored),
        stored,
        before.state().wireName(),
        reason,
        Map.of("transition", transition.id()));
    ReleaseNotifications.transitioned(
        notifier, tx, ref.with(stored), action, before.state(), reason);
    switch (action) {
      case RELEASE -> {
        tx.releases()
            .findRecommended(stored.modelId())
            .filter(previous -> !previous.id().equals(stored.id()))
            .filter(previous -> ReleaseAction.SUPERSEDE.from().contains(previous.state()))
            .ifPresent(previous -> supersede(ref.with(previous)));
        tx.releases().markRecommended(stored.id(), stored.version());
        audit.reveal(tx, stored.id());
      }
      case REVERT -> moveRecommendationBack(stored);
      case RETRACT -> {
        if (stored.recommended()) {
          moveRecommendationBack(stored);
        }
      }
      default -> {}
    }
    return ref.with(tx.releases().find(stored.id()).orElseThrow());
  }

  private void supersede(ReleaseRef previous) {
    Release before = previous.release();
    Release stored = tx.releases().update(before.withState(ReleaseState.SUPERSEDED));
    Transition transition =
        tx.transitions().record(stored.id(), before.state(), stored.state(), null, null);
    ReleaseEvents.append(
        audit,
        tx,
        AuditEvent.SYSTEM,
        ReleaseAction.SUPERSEDE.wireName(),
        previous.with(stored),
        stored,
        before.state().wireName(),
        null,
        Map.of("transition", transition.id()));
    ReleaseNotifications.transitioned(
        notifier, tx, previous.with(stored), ReleaseAction.SUPERSEDE, before.state(), null);
  }

  private void moveRecommendationBack(Release release) {
    EarlierRelease.find(tx, release)
        .ifPresent(earlier -> tx.releases().markRecommended(earlier.id(), earlier.version()));
  }
}
