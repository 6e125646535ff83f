package dev.clearance.release;

import dev.clearance.policy.Policy;
import dev.clearance.policy.RolloutStage;
import dev.clearance.policy.TierRule;
import dev.clearance.tier.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a staged rollout (REV-6): the stages of the policy in order, the last of which is
 * general availability, reached by the {@code release} action. {@code stage} enters the first
 * stage; each later stage may start once the current one has run its minimum duration and the next
 * stage's entry criteria hold; a rollback returns to the previous stage. The rollout is complete,
 * and the release may become generally available, when the last stage before general availability
 * has run its minimum duration and general availability's entry criteria hold. The criterion {@code
 * audit-attestation} holds by itself for tiers without a third-party audit.
 *
 * <p>Pure: positions, facts and time come from the caller.
 */
public final class Rollout {

  private final List<RolloutStage> stages;
  private final Set<Tier> auditedTiers;

  /**
   * Over {@code stages}, in order (the last is general availability); the entry criterion {@code
   * audit-attestation} applies to releases of {@code auditedTiers} only.
   */
  public Rollout(List<RolloutStage> stages, Set<Tier> auditedTiers) {
    this.stages = List.copyOf(stages);
    this.auditedTiers = Set.copyOf(auditedTiers);
    if (this.stages.isEmpty()) {
      throw new IllegalArgumentException("a rollout needs at least one stage");
    }
  }

  /** The rollout of {@code policy}: its stages, and audits for tiers with a third-party audit. */
  public static Rollout of(Policy policy) {
    Set<Tier> audited = EnumSet.noneOf(Tier.class);
    for (TierRule rule : policy.tiers()) {
      if (rule.obligations().contains(ReleaseWorkflow.THIRD_PARTY_AUDIT)) {
        audited.add(rule.tier());
      }
    }
    return new Rollout(policy.review().rollout(), audited);
  }

  /** The stages, in order. */
  public List<RolloutStage> stages() {
    return stages;
  }

  /** General availability: the last stage. */
  public RolloutStage generalAvailability() {
    return stages.getLast();
  }

  /** The stage {@code stage} enters: the first one, or general availability when it is alone. */
  public RolloutStage first() {
    return stages.getFirst();
  }

  /** The stage after {@code current}, or empty for general availability. */
  public Optional<RolloutStage> next(String current) {
    int index = indexOf(current);
    return index + 1 < stages.size() ? Optional.of(stages.get(index + 1)) : Optional.empty();
  }

  /** The stage before {@code current}, or empty for the first. */
  public Optional<RolloutStage> previous(String current) {
    int index = indexOf(current);
    return index > 0 ? Optional.of(stages.get(index - 1)) : Optional.empty();
  }

  /** When the current stage's minimum duration ends. */
  public Instant earliestNext(RolloutPosition position) {
    return position.enteredAt().plus(Duration.ofDays(stage(position.stage()).minDays()));
  }

  /**
   * Why {@code target} may not be entered now from {@code position} (or, with no position, as the
   * first stage): the current stage's minimum duration and the target's entry criteria. Empty when
   * it may.
   */
  public List<String> blockers(
      Optional<RolloutPosition> position, RolloutStage target, ReleaseFacts facts, Instant now) {
    Objects.requireNonNull(target, "target");
    List<String> blockers = new ArrayList<>();
    if (position.isPresent()) {
      Instant earliest = earliestNext(position.get());
      if (now.isBefore(earliest)) {
        RolloutStage current = stage(position.get().stage());
        blockers.add(
            "stage "
                + current.id()
                + " runs at least "
                + current.minDays()
                + " days, until "
                + earliest
                + "; the server's time is "
                + now);
      }
    }
    for (String criterion : target.entryCriteria()) {
      switch (criterion) {
        case "findings-answered" -> {
          if (facts.unansweredFindings() > 0 || facts.contestedResponses() > 0) {
            blockers.add(
                "entering "
                    + target.id()
                    + " needs every finding answered and no contested response ("
                    + facts.unansweredFindings()
                    + " unanswered, "
                    + facts.contestedResponses()
                    + " contested)");
          }
        }
        case "audit-attestation" -> {
          if (auditedTiers.contains(facts.tier()) && !facts.auditAttested()) {
            blockers.add(
                "entering " + target.id() + " needs a valid audit attestation of this release");
          }
        }
        default -> throw new IllegalStateException("unknown entry criterion " + criterion);
      }
    }
    return blockers;
  }

  /**
   * True when the release may become generally available from {@code position}: it is in the last
   * stage before general availability and nothing blocks entering general availability.
   */
  public boolean complete(RolloutPosition position, ReleaseFacts facts, Instant now) {
    if (position.stage().equals(generalAvailability().id())) {
      // A policy whose only stage is general availability: staging enters it directly.
      return blockers(Optional.empty(), generalAvailability(), facts, now).isEmpty();
    }
    Optional<RolloutStage> next = next(position.stage());
    return next.isPresent()
        && next.get().equals(generalAvailability())
        && blockers(Optional.of(position), next.get(), facts, now).isEmpty();
  }

  private RolloutStage stage(String id) {
    return stages.get(indexOf(id));
  }

  private int indexOf(String id) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "no rollout stage '" + id + "'; stages: " + stages.stream().map(RolloutStage::id).toList());
  }
}
