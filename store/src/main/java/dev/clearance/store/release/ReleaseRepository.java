package dev.clearance.store.release;

import dev.clearance.release.ReleaseState;
import dev.clearance.store.Ids;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.internal.Paging;
import dev.clearance.store.internal.RowLocks;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import dev.clearance.store.internal.Versions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Releases, over one {@link Handle}.
 *
 * <p>Throws {@link dev.clearance.store.ConflictException} (fields {@code model_id, version_label})
 * on a version taken for the model, {@link dev.clearance.store.MissingReferenceException} for an
 * unknown model, {@link dev.clearance.store.StaleVersionException} and {@link
 * dev.clearance.store.NotFoundException} from updates.
 */
public final class ReleaseRepository {

  private static final String COLUMNS =
      "id, model_id, version_label, state, tier, policy_id, policy_version, root_digest,"
          + " created_at, updated_at, submitted_at, window_started_at, window_ends_at,"
          + " recommended, version";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public ReleaseRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Creates a {@link ReleaseState#DRAFT} release of {@code modelId} at version 1. */
  public Release create(String modelId, String versionLabel) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    Release release =
        new Release(
            Ids.next(clock),
            modelId,
            versionLabel,
            ReleaseState.DRAFT,
            null,
            null,
            null,
            null,
            now,
            now,
            null,
            null,
            null,
            false,
            1);
    try {
      handle
          .createUpdate(
              "INSERT INTO releases ("
                  + COLUMNS
                  + ") VALUES (?, ?, ?, ?, NULL, NULL, NULL, NULL, ?, ?, NULL, NULL, NULL, 0, 1)")
          .bind(0, release.id())
          .bind(1, modelId)
          .bind(2, release.versionLabel())
          .bind(3, release.state().wireName())
          .bind(4, now.toEpochMilli())
          .bind(5, now.toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "releases");
    }
    return release;
  }

  /**
   * The release with {@code id} as last committed, locked against other writers until the
   * transaction ends ({@link RowLocks#forNoKeyUpdate}). A decision that reads facts about a release
   * takes this lock first, and so does every change of those facts, so the decision cannot act on
   * facts that a concurrent transaction is changing. Take the model's lock ({@link
   * ModelRepository#lockForChange}) before it.
   */
  public Optional<Release> lockForChange(String id) {
    return byId(id, RowLocks.forNoKeyUpdate(handle));
  }

  /** The release with {@code id}. */
  public Optional<Release> find(String id) {
    return byId(id, "");
  }

  private Optional<Release> byId(String id, String lock) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM releases WHERE id = :id" + lock)
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The release of {@code modelId} with version {@code versionLabel}. */
  public Optional<Release> findByVersion(String modelId, String versionLabel) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM releases WHERE model_id = :model AND version_label = :label")
        .bind("model", modelId)
        .bind("label", versionLabel)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The recommended release of {@code modelId}, if one is marked. */
  public Optional<Release> findRecommended(String modelId) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM releases WHERE model_id = :model AND recommended = 1")
        .bind("model", modelId)
        .map((rs, ctx) -> map(rs))
        .findFirst();
  }

  /** The releases of {@code modelId}, in creation order. */
  public Page<Release> listByModel(String modelId, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM releases WHERE model_id = :model",
        "id",
        page,
        (rs, ctx) -> map(rs),
        Release::id,
        "model",
        modelId);
  }

  /**
   * The releases of the organization {@code orgId} in {@code state}, across its models, in creation
   * order.
   */
  public Page<Release> listByOrganization(String orgId, ReleaseState state, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT "
            + COLUMNS
            + " FROM releases WHERE model_id IN (SELECT id FROM models WHERE org_id = :org)"
            + " AND state = :state",
        "id",
        page,
        (rs, ctx) -> map(rs),
        Release::id,
        "org",
        orgId,
        "state",
        state.wireName());
  }

  /** How many releases of the organization {@code orgId} are in each state; absent states: 0. */
  public Map<ReleaseState, Integer> countByState(String orgId) {
    Map<ReleaseState, Integer> counts = new EnumMap<>(ReleaseState.class);
    for (ReleaseState state : ReleaseState.values()) {
      counts.put(state, 0);
    }
    handle
        .createQuery(
            "SELECT state, COUNT(*) AS releases FROM releases"
                + " WHERE model_id IN (SELECT id FROM models WHERE org_id = :org) GROUP BY state")
        .bind("org", orgId)
        .map(
            (rs, ctx) ->
                Map.entry(ReleaseState.fromWireName(rs.getString("state")), rs.getInt("releases")))
        .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
    return counts;
  }

  /** The releases in {@code state} across all models, in creation order (for background jobs). */
  public Page<Release> listByState(ReleaseState state, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM releases WHERE state = :state",
        "id",
        page,
        (rs, ctx) -> map(rs),
        Release::id,
        "state",
        state.wireName());
  }

  /**
   * Writes the mutable fields of {@code changed} (state, tier, policy, root digest, submitted and
   * window times) if the stored version is {@code changed.version()}; the recommended flag is
   * changed only by {@link #markRecommended}.
   *
   * @return the stored release, version incremented and {@code updatedAt} now
   */
  public Release update(Release changed) {
    int rows =
        handle
            .createUpdate(
                "UPDATE releases SET state = :state, tier = :tier, policy_id = :policyId,"
                    + " policy_version = :policyVersion, root_digest = :rootDigest,"
                    + " submitted_at = :submittedAt, window_started_at = :windowStartedAt,"
                    + " window_ends_at = :windowEndsAt, updated_at = :now,"
                    + " version = version + 1 WHERE id = :id AND version = :expected")
            .bind("state", changed.state().wireName())
            .bind("tier", changed.tier())
            .bind("policyId", changed.policyId())
            .bind("policyVersion", changed.policyVersion())
            .bind("rootDigest", changed.rootDigest())
            .bind("submittedAt", Rows.millis(changed.submittedAt()))
            .bind("windowStartedAt", Rows.millis(changed.windowStartedAt()))
            .bind("windowEndsAt", Rows.millis(changed.windowEndsAt()))
            .bind("now", clock.millis())
            .bind("id", changed.id())
            .bind("expected", changed.version())
            .execute();
    Versions.check(
        handle, rows, "releases", changed.id(), changed.version(), "id = :id", "id", changed.id());
    return find(changed.id()).orElseThrow();
  }

  /**
   * Marks release {@code id} (at {@code expectedVersion}) as its model's recommended release and
   * clears the mark on the others (each of those gets a new version too).
   */
  public Release markRecommended(String id, long expectedVersion) {
    Release release =
        find(id).orElseThrow(() -> new dev.clearance.store.NotFoundException("releases", id));
    int rows =
        handle
            .createUpdate(
                "UPDATE releases SET recommended = 1, updated_at = :now, version = version + 1"
                    + " WHERE id = :id AND version = :expected")
            .bind("now", clock.millis())
            .bind("id", id)
            .bind("expected", expectedVersion)
            .execute();
    Versions.check(handle, rows, "releases", id, expectedVersion, "id = :id", "id", id);
    handle
        .createUpdate(
            "UPDATE releases SET recommended = 0, updated_at = :now, version = version + 1"
                + " WHERE model_id = :model AND id <> :id AND recommended = 1")
        .bind("now", clock.millis())
        .bind("model", release.modelId())
        .bind("id", id)
        .execute();
    return find(id).orElseThrow();
  }

  /** The columns {@link #map} reads, each prefixed with {@code alias.} (for joins). */
  static String columns(String alias) {
    return java.util.Arrays.stream(COLUMNS.split(","))
        .map(column -> alias + "." + column.strip())
        .collect(java.util.stream.Collectors.joining(", "));
  }

  static Release map(ResultSet rs) throws SQLException {
    return new Release(
        rs.getString("id"),
        rs.getString("model_id"),
        rs.getString("version_label"),
        ReleaseState.fromWireName(rs.getString("state")),
        Rows.nullableInt(rs, "tier"),
        rs.getString("policy_id"),
        rs.getString("policy_version"),
        rs.getString("root_digest"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "updated_at"),
        Rows.instant(rs, "submitted_at"),
        Rows.instant(rs, "window_started_at"),
        Rows.instant(rs, "window_ends_at"),
        Rows.flag(rs, "recommended"),
        rs.getLong("version"));
  }
}
