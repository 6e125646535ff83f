package dev.clearance.store.evaluator;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Evaluator applications and their declared conflicts, over one {@link Handle}. Applications are
 * never deleted; a decision changes their status. The rule "one open application per user" is the
 * caller's to check, under a lock that serializes decisions (the audit log's).
 *
 * <p>Throws {@link dev.clearance.store.MissingReferenceException} for an unknown user or
 * organization, {@link dev.clearance.store.NotFoundException} and {@link
 * dev.clearance.store.StaleVersionException} from {@link #decide}, and {@link
 * IllegalArgumentException} for an expertise item with a line break.
 */
public final class EvaluatorApplicationRepository {

  private static final String TABLE = "evaluator_applications";
  private static final String COLUMNS =
      "id, user_id, affiliation, expertise, statement, status, submitted_at, decided_by,"
          + " decided_at, decision_reason, version";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public EvaluatorApplicationRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Stores a new {@link EvaluatorStatus#PENDING} application of {@code userId}. */
  public EvaluatorApplication submit(
      String userId,
      String affiliation,
      List<String> expertise,
      String statement,
      List<DeclaredConflict> conflicts) {
    for (String item : expertise) {
      if (item.contains("\n") || item.contains("\r")) {
        throw new IllegalArgumentException("an expertise item cannot contain a line break");
      }
    }
    EvaluatorApplication application =
        new EvaluatorApplication(
            Ids.next(clock),
            userId,
            affiliation,
            expertise,
            statement,
            conflicts,
            EvaluatorStatus.PENDING,
            Instant.ofEpochMilli(clock.millis()),
            null,
            null,
            null,
            1);
    try {
      handle
          .createUpdate(
              "INSERT INTO "
                  + TABLE
                  + " ("
                  + COLUMNS
                  + ") VALUES (:id, :user, :affiliation, :expertise, :statement, :status, :at,"
                  + " NULL, NULL, NULL, 1)")
          .bind("id", application.id())
          .bind("user", userId)
          .bind("affiliation", affiliation)
          .bind("expertise", String.join("\n", expertise))
          .bind("statement", statement)
          .bind("status", EvaluatorStatus.PENDING.code())
          .bind("at", application.submittedAt().toEpochMilli())
          .execute();
      for (int position = 0; position < conflicts.size(); position++) {
        insertConflict(application.id(), position, conflicts.get(position));
      }
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, TABLE);
    }
    return application;
  }

  /** The application {@code id} with its conflicts. */
  public Optional<EvaluatorApplication> find(String id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne()
        .map(this::withConflicts);
  }

  /** The latest application of {@code userId} with its conflicts: their evaluator status. */
  public Optional<EvaluatorApplication> latestOf(String userId) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM "
                + TABLE
                + " WHERE user_id = :user ORDER BY id DESC LIMIT 1")
        .bind("user", userId)
        .map((rs, ctx) -> map(rs))
        .findOne()
        .map(this::withConflicts);
  }

  /** Every application of {@code userId} with its conflicts, newest first. */
  public List<EvaluatorApplication> listByUser(String userId) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE user_id = :user ORDER BY id DESC")
        .bind("user", userId)
        .map((rs, ctx) -> map(rs))
        .list()
        .stream()
        .map(this::withConflicts)
        .toList();
  }

  /** One page of the applications with {@code status}, oldest first, with their conflicts. */
  public Page<EvaluatorApplication> listByStatus(EvaluatorStatus status, PageRequest page) {
    Page<EvaluatorApplication> rows =
        Paging.page(
            handle,
            "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE status = :status",
            "id",
            page,
            (rs, ctx) -> map(rs),
            EvaluatorApplication::id,
            "status",
            status.code());
    return new Page<>(rows.items().stream().map(this::withConflicts).toList(), rows.nextCursor());
  }

  /** How many applications have {@code status}. */
  public int countByStatus(EvaluatorStatus status) {
    return handle
        .createQuery("SELECT COUNT(*) FROM " + TABLE + " WHERE status = :status")
        .bind("status", status.code())
        .mapTo(Integer.class)
        .one();
  }

  /**
   * Records a decision: sets the status of application {@code id}, if its version is {@code
   * expectedVersion}, with who decided, when (the clock's time) and why.
   *
   * @param reason or {@code null}
   * @throws dev.clearance.store.NotFoundException when there is no such application
   * @throws dev.clearance.store.StaleVersionException when its version moved on
   */
  public EvaluatorApplication decide(
      String id, long expectedVersion, EvaluatorStatus status, String decidedBy, String reason) {
    int rows =
        handle
            .createUpdate(
                "UPDATE "
                    + TABLE
                    + " SET status = :status, decided_by = :by, decided_at = :now,"
                    + " decision_reason = :reason, version = version + 1"
                    + " WHERE id = :id AND version = :expected")
            .bind("status", status.code())
            .bind("by", decidedBy)
            .bind("now", clock.millis())
            .bind("reason", reason)
            .bind("id", id)
            .bind("expected", expectedVersion)
            .execute();
    Versions.check(handle, rows, TABLE, id, expectedVersion, "id = :id", "id", id);
    return find(id).orElseThrow();
  }

  /** The ids of the organizations declared in the conflicts of application {@code id}. */
  /**
   * Adds a conflict the applicant declared after applying, after the application's others; the
   * application itself (status, version) does not change.
   */
  public void addConflict(String applicationId, DeclaredConflict conflict) {
    int next =
        handle
            .createQuery(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM evaluator_conflicts"
                    + " WHERE application_id = :id")
            .bind("id", applicationId)
            .mapTo(Integer.class)
            .one();
    try {
      insertConflict(applicationId, next, conflict);
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "evaluator_conflicts");
    }
  }

  private void insertConflict(String applicationId, int position, DeclaredConflict conflict) {
    handle
        .createUpdate(
            "INSERT INTO evaluator_conflicts (application_id, position, kind, org_id,"
                + " description, engaged_on) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(0, applicationId)
        .bind(1, position)
        .bind(2, conflict.kind().code())
        .bind(3, conflict.orgId())
        .bind(4, conflict.description())
        .bind(5, conflict.engagedOn() == null ? null : conflict.engagedOn().toString())
        .execute();
  }

  public Set<String> conflictedOrgIds(String applicationId) {
    return new TreeSet<>(
        handle
            .createQuery(
                "SELECT org_id FROM evaluator_conflicts"
                    + " WHERE application_id = :id AND org_id IS NOT NULL")
            .bind("id", applicationId)
            .mapTo(String.class)
            .list());
  }

  private EvaluatorApplication withConflicts(EvaluatorApplication application) {
    List<DeclaredConflict> conflicts = new ArrayList<>();
    handle
        .createQuery(
            "SELECT kind, org_id, description, engaged_on FROM evaluator_conflicts"
                + " WHERE application_id = :id ORDER BY position")
        .bind("id", application.id())
        .map(
            (rs, ctx) -> {
              String engagedOn = rs.getString("engaged_on");
              return new DeclaredConflict(
                  ConflictKind.fromCode(rs.getString("kind")),
                  rs.getString("org_id"),
                  rs.getString("description"),
                  engagedOn == null ? null : LocalDate.parse(engagedOn));
            })
        .forEach(conflicts::add);
    return application.withConflicts(conflicts);
  }

  private static EvaluatorApplication map(ResultSet rs) throws SQLException {
    String expertise = rs.getString("expertise");
    return new EvaluatorApplication(
        rs.getString("id"),
        rs.getString("user_id"),
        rs.getString("affiliation"),
        expertise.isEmpty() ? List.of() : List.of(expertise.split("\n", -1)),
        rs.getString("statement"),
        List.of(),
        EvaluatorStatus.fromCode(rs.getString("status")),
        Rows.instant(rs, "submitted_at"),
        rs.getString("decided_by"),
        Rows.instant(rs, "decided_at"),
        rs.getString("decision_reason"),
        rs.getLong("version"));
  }
}
