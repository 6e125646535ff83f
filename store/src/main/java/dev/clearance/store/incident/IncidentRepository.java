package dev.clearance.store.incident;

import dev.clearance.store.Ids;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.internal.CodeLists;
import dev.clearance.store.internal.Paging;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.Secrets;
import dev.clearance.store.internal.SqlErrors;
import dev.clearance.store.internal.Versions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Incidents (LIFE-2) over one {@link Handle}. Rows are never deleted; each step after the report is
 * an {@link IncidentUpdate}. The reporter's tracking reference is returned once by {@link #report}
 * and stored only as its SHA-256.
 *
 * <p>Throws {@link dev.clearance.store.NotFoundException} and {@link
 * dev.clearance.store.StaleVersionException} from the steps, and {@link
 * dev.clearance.store.MissingReferenceException} for an unknown release or user.
 */
public final class IncidentRepository {

  /** Prefix of tracking references, so that they are recognizable in a support email. */
  public static final String REFERENCE_PREFIX = "clri_";

  private static final String TABLE = "incidents";
  private static final String UPDATES = "incident_updates";
  private static final String COLUMNS =
      "id, release_id, kind, severity, summary, details, remedy, reporter_id, status,"
          + " reported_at, acknowledge_by, resolve_by, acknowledged_at, acknowledged_by,"
          + " escalated_at, closed_at, closed_by, resolution, version";
  private static final String OF_ORGANIZATION =
      "release_id IN (SELECT r.id FROM releases r JOIN models m ON m.id = r.model_id"
          + " WHERE m.org_id = :org)";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public IncidentRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Stores a new {@link IncidentStatus#RECEIVED} report and makes its tracking reference. */
  public ReportedIncident report(NewIncident input) {
    String reference = Secrets.random(REFERENCE_PREFIX, 20);
    Incident incident =
        new Incident(
            Ids.next(clock),
            input.releaseId(),
            input.kind(),
            input.severity(),
            input.summary(),
            input.details(),
            input.remedy(),
            input.reporterId(),
            IncidentStatus.RECEIVED,
            Instant.ofEpochMilli(clock.millis()),
            input.acknowledgeBy(),
            input.resolveBy(),
            null,
            null,
            null,
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
                  + ", reference_hash) VALUES (:id, :release, :kind, :severity, :summary,"
                  + " :details, :remedy, :reporter, :status, :at, :acknowledgeBy, :resolveBy,"
                  + " NULL, NULL, NULL, NULL, NULL, NULL, 1, :reference)")
          .bind("id", incident.id())
          .bind("release", incident.releaseId())
          .bind("kind", incident.kind())
          .bind("severity", incident.severity())
          .bind("summary", incident.summary())
          .bind("details", incident.details())
          .bind("remedy", incident.remedy())
          .bind("reporter", incident.reporterId())
          .bind("status", IncidentStatus.RECEIVED.code())
          .bind("at", incident.reportedAt().toEpochMilli())
          .bind("acknowledgeBy", incident.acknowledgeBy().toEpochMilli())
          .bind("resolveBy", incident.resolveBy().toEpochMilli())
          .bind("reference", Secrets.sha256Hex(reference))
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, TABLE);
    }
    return new ReportedIncident(incident, reference);
  }

  /** The incident {@code id}. */
  public Optional<Incident> find(String id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The incident whose tracking reference is {@code reference}. */
  public Optional<Incident> findByReference(String reference) {
    if (reference == null || !reference.startsWith(REFERENCE_PREFIX)) {
      return Optional.empty();
    }
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE reference_hash = :hash")
        .bind("hash", Secrets.sha256Hex(reference))
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** One page of the incidents on {@code orgId}'s releases with one of {@code statuses}. */
  public Page<Incident> listByOrg(
      String orgId, Collection<IncidentStatus> statuses, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT "
            + COLUMNS
            + " FROM "
            + TABLE
            + " WHERE "
            + OF_ORGANIZATION
            + " AND "
            + statusIn(statuses),
        "id",
        page,
        (rs, ctx) -> map(rs),
        Incident::id,
        "org",
        orgId);
  }

  /** One page of every incident with one of {@code statuses}, oldest first. */
  public Page<Incident> list(Collection<IncidentStatus> statuses, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE " + statusIn(statuses),
        "id",
        page,
        (rs, ctx) -> map(rs),
        Incident::id);
  }

  /** One page of the incidents {@code reporterId} reported, oldest first. */
  public Page<Incident> listByReporter(String reporterId, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE reporter_id = :reporter",
        "id",
        page,
        (rs, ctx) -> map(rs),
        Incident::id,
        "reporter",
        reporterId);
  }

  /**
   * The incidents reported in {@code [from, to)}, oldest first, for the transparency report (every
   * incident is about a release that was public: reports are taken for nothing else).
   */
  public List<Incident> listReportedBetween(Instant from, Instant to) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM "
                + TABLE
                + " WHERE reported_at >= :from AND reported_at < :to ORDER BY id")
        .bind("from", from.toEpochMilli())
        .bind("to", to.toEpochMilli())
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /**
   * When the reports on {@code releaseId} by no signed-in user since {@code since} came, oldest
   * first.
   */
  public List<Instant> anonymousReportTimes(String releaseId, Instant since) {
    return handle
        .createQuery(
            "SELECT reported_at FROM "
                + TABLE
                + " WHERE release_id = :release AND reporter_id IS NULL AND reported_at > :since"
                + " ORDER BY reported_at")
        .bind("release", releaseId)
        .bind("since", since.toEpochMilli())
        .mapTo(Long.class)
        .map(Instant::ofEpochMilli)
        .list();
  }

  /**
   * Up to {@code limit} incidents still unacknowledged at {@code now} past their deadline whose
   * stewards were not told yet, oldest first.
   */
  public List<Incident> listUnescalatedOverdue(Instant now, int limit) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM "
                + TABLE
                + " WHERE status = :received AND acknowledge_by <= :now AND escalated_at IS NULL"
                + " ORDER BY id LIMIT :limit")
        .bind("received", IncidentStatus.RECEIVED.code())
        .bind("now", now.toEpochMilli())
        .bind("limit", limit)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /**
   * One page of the open incidents of every organization that need the stewards at {@code now}:
   * escalated to them, or past a deadline (acknowledgement while received, resolution while open),
   * oldest first.
   */
  public Page<Incident> listEscalatedOrOverdue(Instant now, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT "
            + COLUMNS
            + " FROM "
            + TABLE
            + " WHERE "
            + statusIn(List.of(IncidentStatus.RECEIVED, IncidentStatus.ACKNOWLEDGED))
            + " AND (escalated_at IS NOT NULL OR resolve_by <= :now"
            + " OR (status = :received AND acknowledge_by <= :now))",
        "id",
        page,
        (rs, ctx) -> map(rs),
        Incident::id,
        "now",
        now.toEpochMilli(),
        "received",
        IncidentStatus.RECEIVED.code());
  }

  /**
   * The organization acknowledges an incident received, with its severity (the reported one or
   * another) and the resolution deadline that severity gives.
   */
  public Incident acknowledge(
      String id,
      long expectedVersion,
      String userId,
      String severity,
      Instant resolveBy,
      String note) {
    int rows =
        handle
            .createUpdate(
                "UPDATE "
                    + TABLE
                    + " SET status = :status, severity = :severity, resolve_by = :resolveBy,"
                    + " acknowledged_at = :now, acknowledged_by = :by, version = version + 1"
                    + " WHERE id = :id AND version = :expected")
            .bind("status", IncidentStatus.ACKNOWLEDGED.code())
            .bind("severity", severity)
            .bind("resolveBy", resolveBy.toEpochMilli())
            .bind("now", clock.millis())
            .bind("by", userId)
            .bind("id", id)
            .bind("expected", expectedVersion)
            .execute();
    Versions.check(handle, rows, TABLE, id, expectedVersion, "id = :id", "id", id);
    Incident acknowledged = find(id).orElseThrow();
    addUpdate(id, userId, IncidentUpdate.Step.ACKNOWLEDGED, severity, note);
    return acknowledged;
  }

  /** A note to the reporter on an open incident, without changing its status. */
  public Incident update(String id, long expectedVersion, String userId, String note) {
    int rows =
        handle
            .createUpdate(
                "UPDATE "
                    + TABLE
                    + " SET version = version + 1 WHERE id = :id AND version = :expected")
            .bind("id", id)
            .bind("expected", expectedVersion)
            .execute();
    Versions.check(handle, rows, TABLE, id, expectedVersion, "id = :id", "id", id);
    Incident updated = find(id).orElseThrow();
    addUpdate(id, userId, IncidentUpdate.Step.UPDATE, updated.severity(), note);
    return updated;
  }

  /**
   * Closes an open incident: {@link IncidentStatus#RESOLVED} or {@link IncidentStatus#REJECTED},
   * with what was done or why not.
   */
  public Incident close(
      String id, long expectedVersion, IncidentStatus status, String userId, String resolution) {
    if (status.isOpen()) {
      throw new IllegalArgumentException("an incident closes resolved or rejected, not " + status);
    }
    int rows =
        handle
            .createUpdate(
                "UPDATE "
                    + TABLE
                    + " SET status = :status, closed_at = :now, closed_by = :by,"
                    + " resolution = :resolution, version = version + 1"
                    + " WHERE id = :id AND version = :expected")
            .bind("status", status.code())
            .bind("now", clock.millis())
            .bind("by", userId)
            .bind("resolution", resolution)
            .bind("id", id)
            .bind("expected", expectedVersion)
            .execute();
    Versions.check(handle, rows, TABLE, id, expectedVersion, "id = :id", "id", id);
    Incident closed = find(id).orElseThrow();
    addUpdate(
        id,
        userId,
        status == IncidentStatus.RESOLVED
            ? IncidentUpdate.Step.RESOLVED
            : IncidentUpdate.Step.REJECTED,
        closed.severity(),
        resolution);
    return closed;
  }

  /**
   * Notes that the stewards were told about the incident, with {@code note}; false when they were
   * already (another run or instance did it).
   */
  public boolean markEscalated(String id, String note) {
    long now = clock.millis();
    int rows =
        handle
            .createUpdate(
                "UPDATE "
                    + TABLE
                    + " SET escalated_at = :now WHERE id = :id AND escalated_at IS NULL")
            .bind("now", now)
            .bind("id", id)
            .execute();
    if (rows == 0) {
      return false;
    }
    addUpdate(id, null, IncidentUpdate.Step.ESCALATED, find(id).orElseThrow().severity(), note);
    return true;
  }

  /** The steps of {@code incidentId} after its report, oldest first. */
  public List<IncidentUpdate> updates(String incidentId) {
    return handle
        .createQuery(
            "SELECT id, incident_id, author_id, step, severity, note, created_at FROM "
                + UPDATES
                + " WHERE incident_id = :incident ORDER BY id")
        .bind("incident", incidentId)
        .map(
            (rs, ctx) ->
                new IncidentUpdate(
                    rs.getString("id"),
                    rs.getString("incident_id"),
                    rs.getString("author_id"),
                    IncidentUpdate.Step.fromCode(rs.getString("step")),
                    rs.getString("severity"),
                    rs.getString("note"),
                    Rows.instant(rs, "created_at")))
        .list();
  }

  private void addUpdate(
      String incidentId, String authorId, IncidentUpdate.Step step, String severity, String note) {
    try {
      handle
          .createUpdate(
              "INSERT INTO "
                  + UPDATES
                  + " (id, incident_id, author_id, step, severity, note, created_at)"
                  + " VALUES (:id, :incident, :author, :step, :severity, :note, :at)")
          .bind("id", Ids.next(clock))
          .bind("incident", incidentId)
          .bind("author", authorId)
          .bind("step", step.code())
          .bind("severity", severity)
          .bind("note", note)
          .bind("at", clock.millis())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, UPDATES);
    }
  }

  private static String statusIn(Collection<IncidentStatus> statuses) {
    return CodeLists.in("status", statuses.stream().map(IncidentStatus::code).toList());
  }

  private static Incident map(ResultSet rs) throws SQLException {
    return new Incident(
        rs.getString("id"),
        rs.getString("release_id"),
        rs.getString("kind"),
        rs.getString("severity"),
        rs.getString("summary"),
        rs.getString("details"),
        rs.getString("remedy"),
        rs.getString("reporter_id"),
        IncidentStatus.fromCode(rs.getString("status")),
        Rows.instant(rs, "reported_at"),
        Rows.instant(rs, "acknowledge_by"),
        Rows.instant(rs, "resolve_by"),
        Rows.instant(rs, "acknowledged_at"),
        rs.getString("acknowledged_by"),
        Rows.instant(rs, "escalated_at"),
        Rows.instant(rs, "closed_at"),
        rs.getString("closed_by"),
        rs.getString("resolution"),
        rs.getLong("version"));
  }
}
