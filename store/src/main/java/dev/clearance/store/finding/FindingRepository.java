package dev.clearance.store.finding;

import dev.clearance.store.Ids;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.internal.Paging;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import dev.clearance.store.internal.Versions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;

/**
 * Findings filed on releases (REV-4) and where their answers stand (REV-5), over one {@link
 * Handle}. Changes take the finding's expected version and throw {@link
 * dev.clearance.store.StaleVersionException} when another change came first; unknown releases or
 * users are a {@link dev.clearance.store.MissingReferenceException}.
 */
public final class FindingRepository {

  private static final String COLUMNS =
      "id, release_id, evaluator_id, title, category, severity, affected_versions, summary,"
          + " reproduction, evidence, suggested_mitigation, state, filed_at, due_at,"
          + " overdue_noted_at, duplicate_of, duplicate_by, duplicate_at, reproduction_redaction,"
          + " evidence_redaction, redacted_by, redacted_at, version";

  /** Unanswered and past due: open, not a duplicate, deadline before {@code :now}. */
  private static final String OVERDUE = "state = 'open' AND duplicate_of IS NULL AND due_at < :now";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public FindingRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Files a finding by {@code evaluatorId} on {@code releaseId}, open until {@code dueAt}. */
  public Finding create(
      String releaseId, String evaluatorId, FindingContent content, Instant dueAt) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    Finding finding =
        new Finding(
            Ids.next(clock),
            releaseId,
            evaluatorId,
            content,
            FindingState.OPEN,
            now,
            dueAt,
            null,
            null,
            null,
            1);
    try {
      handle
          .createUpdate(
              "INSERT INTO findings ("
                  + COLUMNS
                  + ") VALUES (:id, :release, :evaluator, :title, :category, :severity,"
                  + " :versions, :summary, :reproduction, :evidence, :mitigation, :state,"
                  + " :filedAt, :dueAt, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1)")
          .bind("id", finding.id())
          .bind("release", releaseId)
          .bind("evaluator", evaluatorId)
          .bind("title", content.title())
          .bind("category", content.category())
          .bind("severity", content.severity())
          .bind("versions", String.join("\n", content.affectedVersions()))
          .bind("summary", content.summary())
          .bind("reproduction", content.reproduction())
          .bind("evidence", content.evidence())
          .bind("mitigation", content.suggestedMitigation())
          .bind("state", FindingState.OPEN.code())
          .bind("filedAt", now.toEpochMilli())
          .bind("dueAt", dueAt.toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "findings");
    }
    return finding;
  }

  /** The finding {@code id}. */
  public Optional<Finding> find(String id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM findings WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The findings of a release matching {@code filter}, oldest first. */
  public Page<Finding> listByRelease(String releaseId, FindingFilter filter, PageRequest page) {
    List<Object> binds = new ArrayList<>(List.of("release", releaseId));
    StringBuilder where = new StringBuilder("release_id = :release");
    if (filter.state() != null) {
      where.append(" AND state = :state");
      binds.addAll(List.of("state", filter.state().code()));
    }
    if (filter.duplicate() != null) {
      where.append(
          filter.duplicate() ? " AND duplicate_of IS NOT NULL" : " AND duplicate_of IS NULL");
    }
    if (filter.severity() != null) {
      where.append(" AND severity = :severity");
      binds.addAll(List.of("severity", filter.severity()));
    }
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM findings WHERE " + where,
        "id",
        page,
        (rs, ctx) -> map(rs),
        Finding::id,
        binds.toArray());
  }

  /** The findings filed by the evaluator {@code evaluatorId} on any release, oldest first. */
  public Page<Finding> listByEvaluator(String evaluatorId, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM findings WHERE evaluator_id = :evaluator",
        "id",
        page,
        (rs, ctx) -> map(rs),
        Finding::id,
        "evaluator",
        evaluatorId);
  }

  /**
   * What stands between a release and its approval (REV-5), oldest first: its findings without a
   * current response (open, not duplicates) and its contested ones.
   */
  public List<Finding> listUnsettled(String releaseId) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM findings WHERE release_id = :release AND ((state = 'open' AND"
                + " duplicate_of IS NULL) OR state = 'contested') ORDER BY id")
        .bind("release", releaseId)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /** How many findings wait for a steward's decision on a contested response (REV-5). */
  public int countContested() {
    return handle
        .createQuery("SELECT COUNT(*) FROM findings WHERE state = 'contested'")
        .mapTo(Integer.class)
        .one();
  }

  /** How many unanswered findings are past their deadline at {@code now} (REV-5). */
  public int countOverdue(Instant now) {
    return handle
        .createQuery("SELECT COUNT(*) FROM findings WHERE " + OVERDUE)
        .bind("now", now.toEpochMilli())
        .mapTo(Integer.class)
        .one();
  }

  /** The findings linked as duplicates of {@code originalId}. */
  public int countDuplicatesOf(String originalId) {
    return handle
        .createQuery("SELECT COUNT(*) FROM findings WHERE duplicate_of = :original")
        .bind("original", originalId)
        .mapTo(Integer.class)
        .one();
  }

  /**
   * Unanswered findings past their deadline at {@code now} across the registry, oldest deadline
   * first. The page cursor is {@code <deadline millis>.<id>}.
   *
   * @throws IllegalArgumentException for a cursor that is not one this method made
   */
  public Page<Finding> listOverdue(Instant now, PageRequest page) {
    return byDeadline(OVERDUE, page, "now", now.toEpochMilli());
  }

  /**
   * Findings whose current response the filing evaluator contested and no steward decided yet
   * (REV-5), across the registry, oldest deadline first. The page cursor is {@code <deadline
   * millis>.<id>}.
   *
   * @throws IllegalArgumentException for a cursor that is not one this method made
   */
  public Page<Finding> listContested(PageRequest page) {
    return byDeadline("state = 'contested'", page);
  }

  /**
   * The findings of the organization {@code orgId}'s releases that wait for its response (REV-5):
   * open and not duplicates, nearest deadline first, overdue ones included. The page cursor is
   * {@code <deadline millis>.<id>}.
   *
   * @throws IllegalArgumentException for a cursor that is not one this method made
   */
  public Page<Finding> listAwaitingResponse(String orgId, PageRequest page) {
    return byDeadline(
        "state = 'open' AND duplicate_of IS NULL AND release_id IN (SELECT r.id FROM releases r"
            + " JOIN models m ON m.id = r.model_id WHERE m.org_id = :org)",
        page,
        "org",
        orgId);
  }

  /** A page of the findings matching {@code where}, by deadline then id. */
  private Page<Finding> byDeadline(String where, PageRequest page, Object... binds) {
    Query query;
    if (page.after() == null) {
      query = handle.createQuery(byDeadlineSql(where, ""));
    } else {
      String[] cursor = page.after().split("\\.", 2);
      if (cursor.length != 2 || cursor[1].isEmpty() || !cursor[0].matches("[0-9]{1,18}")) {
        throw new IllegalArgumentException("not a cursor of this list: " + page.after());
      }
      query =
          handle
              .createQuery(
                  byDeadlineSql(
                      where, " AND (due_at > :afterDue OR (due_at = :afterDue AND id > :afterId))"))
              .bind("afterDue", Long.parseLong(cursor[0]))
              .bind("afterId", cursor[1]);
    }
    for (int i = 0; i < binds.length; i += 2) {
      query.bind((String) binds[i], binds[i + 1]);
    }
    List<Finding> rows = query.bind("limit", page.limit() + 1).map((rs, ctx) -> map(rs)).list();
    return Page.of(rows, page.limit(), row -> row.dueAt().toEpochMilli() + "." + row.id());
  }

  private static String byDeadlineSql(String where, String after) {
    return "SELECT "
        + COLUMNS
        + " FROM findings WHERE "
        + where
        + after
        + " ORDER BY due_at, id LIMIT :limit";
  }

  /** Up to {@code limit} overdue findings at {@code now} whose lateness is not yet noted. */
  public List<Finding> listNewlyOverdue(Instant now, int limit) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM findings WHERE "
                + OVERDUE
                + " AND overdue_noted_at IS NULL ORDER BY due_at, id LIMIT :limit")
        .bind("now", now.toEpochMilli())
        .bind("limit", limit)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /**
   * Notes now that finding {@code id} went past its deadline unanswered; a marker of the registry's
   * own, so it does not change the finding's version.
   *
   * @return false when it was noted already
   */
  public boolean noteOverdue(String id) {
    return handle
            .createUpdate(
                "UPDATE findings SET overdue_noted_at = :now WHERE id = :id"
                    + " AND overdue_noted_at IS NULL")
            .bind("now", clock.millis())
            .bind("id", id)
            .execute()
        == 1;
  }

  /** Moves finding {@code id} to {@code state}. */
  public Finding changeState(String id, long expectedVersion, FindingState state) {
    return update(id, expectedVersion, "state = :state", "state", state.code());
  }

  /**
   * Opens finding {@code id} again for a new response due at {@code dueAt} (after a steward
   * sustained a contest); its lateness is noted afresh.
   */
  public Finding reopen(String id, long expectedVersion, Instant dueAt) {
    return update(
        id,
        expectedVersion,
        "state = 'open', due_at = :due, overdue_noted_at = NULL",
        "due",
        dueAt.toEpochMilli());
  }

  /** Links finding {@code id} as a duplicate of {@code originalId}, by {@code by}. */
  public Finding linkDuplicate(String id, long expectedVersion, String originalId, String by) {
    return update(
        id,
        expectedVersion,
        "duplicate_of = :original, duplicate_by = :by, duplicate_at = :now",
        "original",
        originalId,
        "by",
        by);
  }

  /**
   * Sets what the public may not see of finding {@code id}: each reason hides its part, null shows
   * it. Both null lifts the redaction.
   */
  public Finding redact(
      String id,
      long expectedVersion,
      String reproductionReason,
      String evidenceReason,
      String by) {
    if (reproductionReason == null && evidenceReason == null) {
      return update(
          id,
          expectedVersion,
          "reproduction_redaction = NULL, evidence_redaction = NULL, redacted_by = NULL,"
              + " redacted_at = NULL");
    }
    return update(
        id,
        expectedVersion,
        "reproduction_redaction = :reproduction, evidence_redaction = :evidence,"
            + " redacted_by = :by, redacted_at = :now",
        "reproduction",
        reproductionReason,
        "evidence",
        evidenceReason,
        "by",
        by);
  }

  private Finding update(String id, long expectedVersion, String set, Object... binds) {
    var update =
        handle
            .createUpdate(
                "UPDATE findings SET "
                    + set
                    + ", version = version + 1 WHERE id = :id AND version = :expected")
            .bind("id", id)
            .bind("expected", expectedVersion);
    for (int i = 0; i < binds.length; i += 2) {
      update.bind((String) binds[i], binds[i + 1]);
    }
    if (set.contains(":now")) {
      update.bind("now", clock.millis());
    }
    int rows;
    try {
      rows = update.execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "findings");
    }
    Versions.check(handle, rows, "findings", id, expectedVersion, "id = :id", "id", id);
    return find(id).orElseThrow();
  }

  static Finding map(ResultSet rs) throws SQLException {
    String versions = rs.getString("affected_versions");
    FindingContent content =
        new FindingContent(
            rs.getString("title"),
            rs.getString("category"),
            rs.getString("severity"),
            versions.isEmpty() ? List.of() : Arrays.asList(versions.split("\n")),
            rs.getString("summary"),
            rs.getString("reproduction"),
            rs.getString("evidence"),
            rs.getString("suggested_mitigation"));
    String original = rs.getString("duplicate_of");
    String redactedBy = rs.getString("redacted_by");
    return new Finding(
        rs.getString("id"),
        rs.getString("release_id"),
        rs.getString("evaluator_id"),
        content,
        FindingState.fromCode(rs.getString("state")),
        Rows.instant(rs, "filed_at"),
        Rows.instant(rs, "due_at"),
        Rows.instant(rs, "overdue_noted_at"),
        original == null
            ? null
            : new Finding.Duplicate(
                original, rs.getString("duplicate_by"), Rows.instant(rs, "duplicate_at")),
        redactedBy == null
            ? null
            : new Finding.Redaction(
                rs.getString("reproduction_redaction"),
                rs.getString("evidence_redaction"),
                redactedBy,
                Rows.instant(rs, "redacted_at")),
        rs.getLong("version"));
  }
}
