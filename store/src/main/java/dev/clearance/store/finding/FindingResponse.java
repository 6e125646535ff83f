package dev.clearance.store.finding;

import java.time.Instant;
import java.util.Objects;

/**
 * One response of the organization to a finding (REV-5), with the evaluator's contest of it and the
 * steward's decision, once they exist.
 *
 * @param whatChanged for {@link ResponseKind#MITIGATED}: what was done, else null
 * @param fixedIn for mitigated: the version label with the change, else null
 * @param evidence for mitigated: evidence of the change, else null
 * @param rationale for accepted risk and disputed: why, else null
 * @param contest the evaluator's contest, or null
 * @param decision the steward's decision on the contest, or null
 */
public record FindingResponse(
    String id,
    String findingId,
    ResponseKind kind,
    String whatChanged,
    String fixedIn,
    String evidence,
    String rationale,
    String respondedBy,
    Instant respondedAt,
    Contest contest,
    Decision decision) {

  public FindingResponse {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(findingId, "findingId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(respondedBy, "respondedBy");
    Objects.requireNonNull(respondedAt, "respondedAt");
    if (decision != null && contest == null) {
      throw new IllegalArgumentException("only a contested response is decided");
    }
  }

  /** The filing evaluator's contest of a response. */
  public record Contest(String reason, String by, Instant at) {
    public Contest {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /** A steward's decision on a contest, with the reason. */
  public record Decision(ContestDecision outcome, String reason, String by, Instant at) {
    public Decision {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }
}
