package dev.clearance.store.release;

import dev.clearance.release.ReleaseState;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.auditor.EngagementStatus;
import dev.clearance.store.review.GrantStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The release catalog across organizations (issue 7), over one {@link Handle}: releases matching a
 * {@link CatalogFilter} within a {@link CatalogReach}, most recently changed first, paged by a
 * cursor of that order.
 */
public final class CatalogRepository {

  /** States a release is in only after it was released (retracted: maybe; see below). */
  private static final String AFTER_RELEASE =
      Arrays.stream(ReleaseState.values())
          .filter(state -> !state.isPreRelease())
          .map(state -> "'" + state.wireName() + "'")
          .collect(Collectors.joining(", "));

  /**
   * SQL over {@code r} (releases): the release has been public, as {@code
   * ReleaseVisibility.everPublic} decides: in a state after release, and if retracted, released
   * before.
   */
  static final String EVER_PUBLIC =
      "(r.state IN ("
          + AFTER_RELEASE
          + ") AND (r.state <> '"
          + ReleaseState.RETRACTED.wireName()
          + "' OR EXISTS (SELECT 1 FROM transitions t WHERE t.release_id = r.id"
          + " AND t.to_state = '"
          + ReleaseState.RELEASED.wireName()
          + "')))";

  private final Handle handle;

  /** Over {@code handle}. */
  public CatalogRepository(Handle handle) {
    this.handle = handle;
  }

  /**
   * One page of the catalog.
   *
   * @param page {@code after} is the {@link CatalogRow#cursor()} of the previous page's last row
   * @throws IllegalArgumentException when {@code page.after()} is not such a cursor
   */
  public Page<CatalogRow> search(CatalogFilter filter, CatalogReach reach, PageRequest page) {
    Map<String, Object> binds = new LinkedHashMap<>();
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(ReleaseRepository.columns("r"))
            .append(
                ", o.slug AS org_slug, o.display_name AS org_name, m.name AS model_name,"
                    + " m.display_name AS model_display_name, f.release_id AS facet_release,"
                    + " f.check_report_id, f.license, f.pipeline_tag, f.modalities"
                    + " FROM releases r JOIN models m ON m.id = r.model_id"
                    + " JOIN organizations o ON o.id = m.org_id"
                    + " LEFT JOIN release_facets f ON f.release_id = r.id WHERE 1 = 1");
    where(sql, binds, filter);
    within(sql, binds, reach);
    if (page.after() != null) {
      CatalogCursor after = CatalogCursor.parse(page.after());
      sql.append(
          " AND (r.updated_at < :afterTime OR (r.updated_at = :afterTime AND r.id < :afterId))");
      binds.put("afterTime", after.updatedAt());
      binds.put("afterId", after.releaseId());
    }
    sql.append(" ORDER BY r.updated_at DESC, r.id DESC LIMIT :limit");
    Query query = handle.createQuery(sql.toString()).bind("limit", page.limit() + 1);
    binds.forEach(query::bind);
    return Page.of(query.map((rs, ctx) -> map(rs)).list(), page.limit(), CatalogRow::cursor);
  }

  private static void where(StringBuilder sql, Map<String, Object> binds, CatalogFilter filter) {
    if (filter.org() != null) {
      sql.append(" AND o.slug = :org");
      binds.put("org", filter.org());
    }
    if (filter.tier() != null) {
      sql.append(" AND r.tier = :tier");
      binds.put("tier", filter.tier());
    }
    if (filter.state() != null) {
      sql.append(" AND r.state = :state");
      binds.put("state", filter.state().wireName());
    }
    if (filter.license() != null) {
      sql.append(" AND f.license = :license");
      binds.put("license", filter.license());
    }
    if (CatalogFilter.MULTIMODAL.equals(filter.modality())) {
      sql.append(" AND f.modalities LIKE '% %'");
    } else if (filter.modality() != null) {
      sql.append(" AND (' ' || f.modalities || ' ') LIKE :modality");
      binds.put("modality", "% " + filter.modality() + " %");
    }
    List<String> words = filter.words();
    for (int index = 0; index < words.size(); index++) {
      String name = "word" + index;
      List<String> fields = new ArrayList<>();
      for (String column :
          List.of("o.slug", "o.display_name", "m.name", "m.display_name", "r.version_label")) {
        fields.add("LOWER(" + column + ") LIKE :" + name + " ESCAPE '!'");
      }
      sql.append(" AND (").append(String.join(" OR ", fields)).append(")");
      binds.put(name, "%" + likeEscaped(words.get(index).toLowerCase(Locale.ROOT)) + "%");
    }
  }

  private static void within(StringBuilder sql, Map<String, Object> binds, CatalogReach reach) {
    if (reach.everything()) {
      return;
    }
    List<String> any = new ArrayList<>();
    any.add("r.state IN (" + AFTER_RELEASE + ")");
    List<String> orgs = reach.memberOf().stream().sorted().toList();
    if (!orgs.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (int index = 0; index < orgs.size(); index++) {
        names.add(":member" + index);
        binds.put("member" + index, orgs.get(index));
      }
      any.add("o.slug IN (" + String.join(", ", names) + ")");
    }
    if (reach.userId() != null) {
      any.add(
          "EXISTS (SELECT 1 FROM access_grants g WHERE g.release_id = r.id"
              + " AND g.evaluator_id = :user AND g.status = '"
              + GrantStatus.ACTIVE.code()
              + "')");
      any.add(
          "EXISTS (SELECT 1 FROM audit_engagements e WHERE e.release_id = r.id"
              + " AND e.auditor_id = :user AND e.status = '"
              + EngagementStatus.ACCEPTED.code()
              + "')");
      binds.put("user", reach.userId());
    }
    sql.append(" AND (").append(String.join(" OR ", any)).append(")");
  }

  /**
   * {@code text} with the LIKE wildcards and the escape character escaped by {@code !} (not a
   * backslash: JDBI's statement parser reads {@code '\'} as an escaped quote).
   */
  static String likeEscaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private static CatalogRow map(ResultSet rs) throws SQLException {
    String facetRelease = rs.getString("facet_release");
    ReleaseFacets facets =
        facetRelease == null
            ? null
            : new ReleaseFacets(
                facetRelease,
                rs.getString("check_report_id"),
                rs.getString("license"),
                rs.getString("pipeline_tag"),
                ReleaseFacetRepository.modalities(rs.getString("modalities")));
    return new CatalogRow(
        ReleaseRepository.map(rs),
        rs.getString("org_slug"),
        rs.getString("org_name"),
        rs.getString("model_name"),
        rs.getString("model_display_name"),
        facets);
  }
}
