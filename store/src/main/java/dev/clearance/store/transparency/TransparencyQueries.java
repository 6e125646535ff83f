package dev.clearance.store.transparency;

import dev.clearance.release.ReleaseState;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * What the annual transparency report (ACC-3) counts, over one {@link Handle}: only what is public,
 * so that the report never reveals pre-release material. A period is {@code [from, to)}.
 */
public final class TransparencyQueries {

  /** The release states past review, whose findings and responses are public. */
  private static final String PUBLISHED_STATES =
      Arrays.stream(ReleaseState.values())
          .filter(state -> !state.isPreRelease())
          .map(state -> "'" + state.wireName() + "'")
          .collect(Collectors.joining(", "));

  private final Handle handle;

  /** Over {@code handle}. */
  public TransparencyQueries(Handle handle) {
    this.handle = handle;
  }

  /** A release that was released in the period. */
  public record PublishedRelease(String orgId, Integer tier, Boolean latestCheckPassed) {}

  /**
   * A finding filed in the period on a release that is public now, without duplicates.
   *
   * @param firstResponseAt the first response, or {@code null} while unanswered
   * @param lastResponseKind the kind of the latest response ({@code mitigated}, …), or {@code null}
   * @param overdue whether its deadline passed without an answer at some point
   */
  public record PublicFinding(
      Instant filedAt, Instant firstResponseAt, String lastResponseKind, boolean overdue) {}

  /** How many organizations are registered. */
  public int organizations() {
    return handle.createQuery("SELECT COUNT(*) FROM organizations").mapTo(Integer.class).one();
  }

  /** The releases that entered {@code released} in the period, with their latest check. */
  public List<PublishedRelease> releasedBetween(Instant from, Instant to) {
    return handle
        .createQuery(
            "SELECT m.org_id, r.tier, c.passed FROM releases r JOIN models m ON m.id = r.model_id"
                + " LEFT JOIN check_reports c ON c.id = (SELECT MAX(l.id) FROM check_reports l"
                + " WHERE l.release_id = r.id)"
                + " WHERE EXISTS (SELECT 1 FROM transitions t WHERE t.release_id = r.id"
                + " AND t.to_state = :released AND t.created_at >= :from AND t.created_at < :to)"
                + " ORDER BY r.id")
        .bind("released", ReleaseState.RELEASED.wireName())
        .bind("from", from.toEpochMilli())
        .bind("to", to.toEpochMilli())
        .map(
            (rs, ctx) -> {
              int tier = rs.getInt("tier");
              Integer tierOrNull = rs.wasNull() ? null : tier;
              int passed = rs.getInt("passed");
              Boolean passedOrNull = rs.wasNull() ? null : passed == 1;
              return new PublishedRelease(rs.getString("org_id"), tierOrNull, passedOrNull);
            })
        .list();
  }

  /** The findings filed in the period on releases that are public now, duplicates left out. */
  public List<PublicFinding> findingsFiledBetween(Instant from, Instant to) {
    return handle
        .createQuery(
            "SELECT f.filed_at, f.overdue_noted_at,"
                + " (SELECT MIN(x.responded_at) FROM finding_responses x"
                + " WHERE x.finding_id = f.id) AS first_response,"
                + " (SELECT y.kind FROM finding_responses y WHERE y.finding_id = f.id"
                + " ORDER BY y.id DESC LIMIT 1) AS last_kind"
                + " FROM findings f JOIN releases r ON r.id = f.release_id"
                + " WHERE r.state IN ("
                + PUBLISHED_STATES
                + ") AND f.duplicate_of IS NULL AND f.filed_at >= :from AND f.filed_at < :to"
                + " ORDER BY f.id")
        .bind("from", from.toEpochMilli())
        .bind("to", to.toEpochMilli())
        .map(
            (rs, ctx) -> {
              long first = rs.getLong("first_response");
              Instant firstOrNull = rs.wasNull() ? null : Instant.ofEpochMilli(first);
              rs.getLong("overdue_noted_at");
              boolean overdue = !rs.wasNull();
              return new PublicFinding(
                  Instant.ofEpochMilli(rs.getLong("filed_at")),
                  firstOrNull,
                  rs.getString("last_kind"),
                  overdue);
            })
        .list();
  }

  /** Certifications granted in the period (also those revoked or withdrawn since). */
  public int certificationsGrantedBetween(Instant from, Instant to) {
    return count(
        "SELECT COUNT(*) FROM certifications WHERE decided_by IS NOT NULL"
            + " AND status IN ('certified', 'revoked', 'withdrawn')"
            + " AND decided_at >= :from AND decided_at < :to",
        from,
        to);
  }

  /** Certifications revoked in the period. */
  public int certificationsRevokedBetween(Instant from, Instant to) {
    return count(
        "SELECT COUNT(*) FROM certifications WHERE status = 'revoked'"
            + " AND ended_at >= :from AND ended_at < :to",
        from,
        to);
  }

  /**
   * The organizations holding a certification at {@code at}: granted before it, valid after it, and
   * not ended (revoked or withdrawn) before it.
   */
  public int organizationsCertifiedAt(Instant at) {
    return handle
        .createQuery(
            "SELECT COUNT(DISTINCT org_id) FROM certifications WHERE decided_by IS NOT NULL"
                + " AND status IN ('certified', 'revoked', 'withdrawn')"
                + " AND decided_at <= :at AND valid_until > :at"
                + " AND (ended_at IS NULL OR ended_at > :at)")
        .bind("at", at.toEpochMilli())
        .mapTo(Integer.class)
        .one();
  }

  private int count(String sql, Instant from, Instant to) {
    return handle
        .createQuery(sql)
        .bind("from", from.toEpochMilli())
        .bind("to", to.toEpochMilli())
        .mapTo(Integer.class)
        .one();
  }
}
