package dev.clearance.release;

import static dev.clearance.release.ReleaseState.APPROVED;
import static dev.clearance.release.ReleaseState.AWAITING_RESPONSES;
import static dev.clearance.release.ReleaseState.DEPRECATED;
import static dev.clearance.release.ReleaseState.DRAFT;
import static dev.clearance.release.ReleaseState.IN_REVIEW;
import static dev.clearance.release.ReleaseState.RELEASED;
import static dev.clearance.release.ReleaseState.RETRACTED;
import static dev.clearance.release.ReleaseState.REVERTED;
import static dev.clearance.release.ReleaseState.STAGED;
import static dev.clearance.release.ReleaseState.SUBMITTED;
import static dev.clearance.release.ReleaseState.SUPERSEDED;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The transitions of the release state machine (REV-1): from which states an action may be taken,
 * the state it leads to, who may take it and whether it needs a written reason. The guards that the
 * policy attaches to an action are decided by {@link ReleaseWorkflow}.
 */
public enum ReleaseAction {
  /** The organization submits a draft for review. */
  SUBMIT(EnumSet.of(DRAFT), SUBMITTED, EnumSet.of(Actor.RELEASER), false),
  /** A steward sends a release back to its organization for changes. */
  RETURN_TO_DRAFT(
      EnumSet.of(SUBMITTED, IN_REVIEW, AWAITING_RESPONSES), DRAFT, EnumSet.of(Actor.STEWARD), true),
  /** A steward confirms the submission; the tier's review window starts now (REV-2). */
  START_REVIEW(EnumSet.of(SUBMITTED), IN_REVIEW, EnumSet.of(Actor.STEWARD), false),
  /** The review window has ended; the organization answers what is still open (REV-5). */
  CLOSE_REVIEW(
      EnumSet.of(IN_REVIEW),
      AWAITING_RESPONSES,
      EnumSet.of(Actor.STEWARD, Actor.RELEASER, Actor.SYSTEM),
      false),
  /** A steward approves the release for rollout. */
  APPROVE(EnumSet.of(IN_REVIEW, AWAITING_RESPONSES), APPROVED, EnumSet.of(Actor.STEWARD), false),
  /** The organization starts a staged rollout. */
  STAGE(EnumSet.of(APPROVED), STAGED, EnumSet.of(Actor.RELEASER), false),
  /** The organization makes the release public. */
  RELEASE(EnumSet.of(APPROVED, STAGED), RELEASED, EnumSet.of(Actor.RELEASER), false),
  /** The organization deprecates a public release, with notice to its users. */
  DEPRECATE(EnumSet.of(RELEASED), DEPRECATED, EnumSet.of(Actor.RELEASER, Actor.STEWARD), true),
  /** The release is withdrawn, before or after it was public. */
  RETRACT(
      EnumSet.complementOf(EnumSet.of(RETRACTED)),
      RETRACTED,
      EnumSet.of(Actor.RELEASER, Actor.STEWARD),
      true),
  /** A newer version of the same model was released. */
  SUPERSEDE(EnumSet.of(RELEASED, DEPRECATED), SUPERSEDED, EnumSet.of(Actor.SYSTEM), false),
  /** The organization reverts to an earlier, safer version (LIFE-1): it becomes recommended. */
  REVERT(EnumSet.of(RELEASED), REVERTED, EnumSet.of(Actor.RELEASER, Actor.STEWARD), true);

  private final Set<ReleaseState> from;
  private final ReleaseState to;
  private final Set<Actor> actors;
  private final boolean reasonRequired;

  ReleaseAction(
      Set<ReleaseState> from, ReleaseState to, Set<Actor> actors, boolean reasonRequired) {
    this.from = from;
    this.to = to;
    this.actors = actors;
    this.reasonRequired = reasonRequired;
  }

  /** The states this action may be taken from. */
  public Set<ReleaseState> from() {
    return EnumSet.copyOf(from);
  }

  /** The state this action leads to. */
  public ReleaseState to() {
    return to;
  }

  /** Who may take this action. */
  public Set<Actor> actors() {
    return EnumSet.copyOf(actors);
  }

  public boolean reasonRequired() {
    return reasonRequired;
  }

  /** The name used in the API and the audit log ({@code start_review}, ...). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a wire name.
   *
   * @throws IllegalArgumentException naming the allowed values when {@code wireName} is unknown
   */
  public static ReleaseAction fromWireName(String wireName) {
    StringBuilder known = new StringBuilder();
    for (ReleaseAction action : values()) {
      if (action.wireName().equals(wireName)) {
        return action;
      }
      known.append(known.isEmpty() ? "" : ", ").append(action.wireName());
    }
    throw new IllegalArgumentException(
        "unknown release action '" + wireName + "'; expected one of " + known);
  }
}
