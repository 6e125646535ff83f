package dev.clearance.store.auditor;

import dev.clearance.store.Ids;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Declared conflicts of interest, over one {@link Handle}. Declarations are never deleted:
 * withdrawing one sets {@code withdrawn_at}.
 *
 * <p>Throws {@link dev.clearance.store.MissingReferenceException} for an unknown organization or
 * declarer.
 */
public final class ConflictRepository {

  private static final String COLUMNS =
      "id, party, party_id, org_id, kind, ended_on, note, declared_by, created_at, withdrawn_at,"
          + " version";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public ConflictRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Records a declaration. */
  public ConflictDeclaration declare(
      ConflictParty party,
      String partyId,
      String orgId,
      ConflictKind kind,
      LocalDate endedOn,
      String note,
      String declaredBy) {
    ConflictDeclaration declared =
        new ConflictDeclaration(
            Ids.next(clock),
            party,
            partyId,
            orgId,
            kind,
            endedOn,
            note,
            declaredBy,
            Instant.ofEpochMilli(clock.millis()),
            null,
            1);
    try {
      handle
          .createUpdate(
              "INSERT INTO audit_conflicts ("
                  + COLUMNS
                  + ") VALUES (:id, :party, :partyId, :org, :kind, :endedOn, :note, :by, :at,"
                  + " NULL, 1)")
          .bind("id", declared.id())
          .bind("party", party.code())
          .bind("partyId", partyId)
          .bind("org", orgId)
          .bind("kind", kind.code())
          .bind("endedOn", endedOn == null ? null : dayMillis(endedOn))
          .bind("note", note)
          .bind("by", declaredBy)
          .bind("at", declared.createdAt().toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "audit_conflicts");
    }
    return declared;
  }

  /** The declaration with {@code id}, withdrawn or not. */
  public Optional<ConflictDeclaration> find(String id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM audit_conflicts WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** Every declaration of the parties {@code partyIds}, withdrawn ones included, oldest first. */
  public List<ConflictDeclaration> listByParties(List<String> partyIds) {
    if (partyIds.isEmpty()) {
      return List.of();
    }
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM audit_conflicts WHERE party_id IN (<parties>) ORDER BY id")
        .bindList("parties", partyIds)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /**
   * The declarations of the parties {@code partyIds} toward {@code orgId} that are not withdrawn,
   * oldest first (whether each still counts depends on the time: {@link
   * ConflictDeclaration#countsAt}).
   */
  public List<ConflictDeclaration> declaredToward(List<String> partyIds, String orgId) {
    if (partyIds.isEmpty()) {
      return List.of();
    }
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM audit_conflicts WHERE party_id IN (<parties>) AND org_id = :org"
                + " AND withdrawn_at IS NULL ORDER BY id")
        .bindList("parties", partyIds)
        .bind("org", orgId)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /**
   * Withdraws declaration {@code id} at the clock's time; returns it withdrawn, or empty if it is
   * unknown or was withdrawn already.
   */
  public Optional<ConflictDeclaration> withdraw(String id) {
    int changed =
        handle
            .createUpdate(
                "UPDATE audit_conflicts SET withdrawn_at = :now, version = version + 1"
                    + " WHERE id = :id AND withdrawn_at IS NULL")
            .bind("now", clock.millis())
            .bind("id", id)
            .execute();
    return changed == 1 ? find(id) : Optional.empty();
  }

  private static long dayMillis(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  static ConflictDeclaration map(ResultSet rs) throws SQLException {
    Instant ended = Rows.instant(rs, "ended_on");
    return new ConflictDeclaration(
        rs.getString("id"),
        ConflictParty.fromCode(rs.getString("party")),
        rs.getString("party_id"),
        rs.getString("org_id"),
        ConflictKind.fromCode(rs.getString("kind")),
        ended == null ? null : LocalDate.ofInstant(ended, ZoneOffset.UTC),
        rs.getString("note"),
        rs.getString("declared_by"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "withdrawn_at"),
        rs.getLong("version"));
  }
}
