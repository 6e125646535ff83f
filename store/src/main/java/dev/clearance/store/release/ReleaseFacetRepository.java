package dev.clearance.store.release;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The catalog facets of releases ({@link ReleaseFacets}), over one {@link Handle}: one row per
 * release, replaced with every stored check report.
 */
public final class ReleaseFacetRepository {

  /** Most distinct licenses {@link #publicLicenses} returns. */
  public static final int MAX_LICENSES = 200;

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public ReleaseFacetRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Stores {@code facets} as the release's facets, replacing any earlier ones. */
  public void put(ReleaseFacets facets) {
    handle
        .createUpdate("DELETE FROM release_facets WHERE release_id = :release")
        .bind("release", facets.releaseId())
        .execute();
    handle
        .createUpdate(
            "INSERT INTO release_facets (release_id, check_report_id, license, pipeline_tag,"
                + " modalities, created_at) VALUES (:release, :report, :license, :pipelineTag,"
                + " :modalities, :now)")
        .bind("release", facets.releaseId())
        .bind("report", facets.checkReportId())
        .bind("license", facets.license())
        .bind("pipelineTag", facets.pipelineTag())
        .bind("modalities", String.join(" ", facets.modalities()))
        .bind("now", clock.millis())
        .execute();
  }

  /** The facets of {@code releaseId}, if stored. */
  public Optional<ReleaseFacets> find(String releaseId) {
    return handle
        .createQuery(
            "SELECT release_id, check_report_id, license, pipeline_tag, modalities"
                + " FROM release_facets WHERE release_id = :release")
        .bind("release", releaseId)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** Releases that have a check report but no facets yet (reports stored before facets were). */
  public List<String> releasesWithout(int limit) {
    return handle
        .createQuery(
            "SELECT r.id FROM releases r"
                + " WHERE EXISTS (SELECT 1 FROM check_reports c WHERE c.release_id = r.id)"
                + " AND NOT EXISTS (SELECT 1 FROM release_facets f WHERE f.release_id = r.id)"
                + " ORDER BY r.id LIMIT :limit")
        .bind("limit", limit)
        .mapTo(String.class)
        .list();
  }

  /**
   * The distinct licenses of releases that have been public (released and after; retracted only
   * when released before), sorted, at most {@value #MAX_LICENSES}: the choices of the catalog's
   * license filter, which reveal nothing of pre-release material.
   */
  public List<String> publicLicenses() {
    return handle
        .createQuery(
            "SELECT DISTINCT f.license FROM release_facets f JOIN releases r ON r.id = f.release_id"
                + " WHERE f.license IS NOT NULL AND ("
                + CatalogRepository.EVER_PUBLIC
                + ") ORDER BY f.license LIMIT :limit")
        .bind("limit", MAX_LICENSES)
        .mapTo(String.class)
        .list();
  }

  static ReleaseFacets map(ResultSet rs) throws SQLException {
    return new ReleaseFacets(
        rs.getString("release_id"),
        rs.getString("check_report_id"),
        rs.getString("license"),
        rs.getString("pipeline_tag"),
        modalities(rs.getString("modalities")));
  }

  static List<String> modalities(String stored) {
    return stored == null || stored.isBlank()
        ? List.of()
        : Arrays.stream(stored.split(" ")).filter(part -> !part.isEmpty()).toList();
  }
}
