package dev.clearance.store.finding;

import dev.clearance.store.Ids;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * The organization's responses to findings, with contests and decisions (REV-5), over one {@link
 * Handle}. The finding's state is kept by {@link FindingRepository}; callers change both in one
 * transaction.
 */
public final class FindingResponseRepository {

  private static final String COLUMNS =
      "id, finding_id, kind, what_changed, fixed_in, evidence, rationale, responded_by,"
          + " responded_at, contest_reason, contested_by, contested_at, decision, decision_reason,"
          + " decided_by, decided_at";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public FindingResponseRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /**
   * Records a response by {@code by}: for mitigated {@code whatChanged}, {@code fixedIn} and {@code
   * evidence}, otherwise {@code rationale} (the others null).
   */
  public FindingResponse create(
      String findingId,
      ResponseKind kind,
      String whatChanged,
      String fixedIn,
      String evidence,
      String rationale,
      String by) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    FindingResponse response =
        new FindingResponse(
            Ids.next(clock),
            findingId,
            kind,
            whatChanged,
            fixedIn,
            evidence,
            rationale,
            by,
            now,
            null,
            null);
    try {
      handle
          .createUpdate(
              "INSERT INTO finding_responses ("
                  + COLUMNS
                  + ") VALUES (:id, :finding, :kind, :whatChanged, :fixedIn, :evidence,"
                  + " :rationale, :by, :at, NULL, NULL, NULL, NULL, NULL, NULL, NULL)")
          .bind("id", response.id())
          .bind("finding", findingId)
          .bind("kind", kind.code())
          .bind("whatChanged", whatChanged)
          .bind("fixedIn", fixedIn)
          .bind("evidence", evidence)
          .bind("rationale", rationale)
          .bind("by", by)
          .bind("at", now.toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "finding_responses");
    }
    return response;
  }

  /** The responses to a finding, oldest first. */
  public List<FindingResponse> listByFinding(String findingId) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM finding_responses WHERE finding_id = :finding ORDER BY id")
        .bind("finding", findingId)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /** The latest response to a finding, if any. */
  public Optional<FindingResponse> latest(String findingId) {
    List<FindingResponse> all = listByFinding(findingId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * Records the evaluator's contest of response {@code id}.
   *
   * @return the response as stored now; empty when there is no uncontested response {@code id}
   */
  public Optional<FindingResponse> contest(String id, String reason, String by) {
    int rows =
        handle
            .createUpdate(
                "UPDATE finding_responses SET contest_reason = :reason, contested_by = :by,"
                    + " contested_at = :now WHERE id = :id AND contested_at IS NULL")
            .bind("reason", reason)
            .bind("by", by)
            .bind("now", clock.millis())
            .bind("id", id)
            .execute();
    return rows == 1 ? find(id) : Optional.empty();
  }

  /**
   * Records a steward's decision on the contest of response {@code id}.
   *
   * @return the response as stored now; empty when there is no contested, undecided response {@code
   *     id}
   */
  public Optional<FindingResponse> decide(
      String id, ContestDecision outcome, String reason, String by) {
    int rows =
        handle
            .createUpdate(
                "UPDATE finding_responses SET decision = :decision, decision_reason = :reason,"
                    + " decided_by = :by, decided_at = :now WHERE id = :id"
                    + " AND contested_at IS NOT NULL AND decided_at IS NULL")
            .bind("decision", outcome.code())
            .bind("reason", reason)
            .bind("by", by)
            .bind("now", clock.millis())
            .bind("id", id)
            .execute();
    return rows == 1 ? find(id) : Optional.empty();
  }

  private Optional<FindingResponse> find(String id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM finding_responses WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  private static FindingResponse map(ResultSet rs) throws SQLException {
    String contestedBy = rs.getString("contested_by");
    String decision = rs.getString("decision");
    return new FindingResponse(
        rs.getString("id"),
        rs.getString("finding_id"),
        ResponseKind.fromCode(rs.getString("kind")),
        rs.getString("what_changed"),
        rs.getString("fixed_in"),
        rs.getString("evidence"),
        rs.getString("rationale"),
        rs.getString("responded_by"),
        Rows.instant(rs, "responded_at"),
        contestedBy == null
            ? null
            : new FindingResponse.Contest(
                rs.getString("contest_reason"), contestedBy, Rows.instant(rs, "contested_at")),
        decision == null
            ? null
            : new FindingResponse.Decision(
                ContestDecision.fromCode(decision),
                rs.getString("decision_reason"),
                rs.getString("decided_by"),
                Rows.instant(rs, "decided_at")));
  }
}
