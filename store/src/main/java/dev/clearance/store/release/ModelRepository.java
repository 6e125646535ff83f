package dev.clearance.store.release;

import dev.clearance.store.Ids;
import dev.clearance.store.Names;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.internal.Paging;
import dev.clearance.store.internal.RowLocks;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import dev.clearance.store.internal.Versions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Models, over one {@link Handle}.
 *
 * <p>Throws {@link dev.clearance.store.ConflictException} (fields {@code org_id, name}) on a name
 * taken in the organization, {@link dev.clearance.store.MissingReferenceException} for an unknown
 * organization, {@link dev.clearance.store.StaleVersionException} and {@link
 * dev.clearance.store.NotFoundException} from updates, {@link IllegalArgumentException} on invalid
 * names.
 */
public final class ModelRepository {

  private static final String COLUMNS =
      "id, org_id, name, display_name, created_at, updated_at, version";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public ModelRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Creates a model at version 1. */
  public Model create(String orgId, String name, String displayName) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    Model model =
        new Model(
            Ids.next(clock),
            orgId,
            Names.checkSlug("model name", name),
            Names.checkText("model display name", displayName),
            now,
            now,
            1);
    try {
      handle
          .createUpdate("INSERT INTO models (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
          .bind(0, model.id())
          .bind(1, orgId)
          .bind(2, model.name())
          .bind(3, model.displayName())
          .bind(4, now.toEpochMilli())
          .bind(5, now.toEpochMilli())
          .bind(6, 1L)
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "models");
    }
    return model;
  }

  /**
   * Locks the model {@code id} against other writers until the transaction ends ({@link
   * RowLocks#forNoKeyUpdate}; new releases of the model may still be created meanwhile): changes
   * about one of its releases take this lock before the release's own ({@link
   * ReleaseRepository#lockForChange}), so that those that touch several releases of the model (a
   * release superseding the recommended one) take their locks in one order.
   *
   * @return whether the model exists
   */
  public boolean lockForChange(String id) {
    return handle
        .createQuery("SELECT id FROM models WHERE id = :id" + RowLocks.forNoKeyUpdate(handle))
        .bind("id", id)
        .mapTo(String.class)
        .findOne()
        .isPresent();
  }

  /** The model with {@code id}. */
  public Optional<Model> find(String id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM models WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The models with the given ids, by id; ids without a model are left out. One query. */
  public Map<String, Model> findAll(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, Model> models = new HashMap<>();
    handle
        .createQuery("SELECT " + COLUMNS + " FROM models WHERE id IN (<ids>)")
        .bindList("ids", List.copyOf(new HashSet<>(ids)))
        .map((rs, ctx) -> map(rs))
        .forEach(model -> models.put(model.id(), model));
    return models;
  }

  /** The model named {@code name} in {@code orgId}. */
  public Optional<Model> findByName(String orgId, String name) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM models WHERE org_id = :org AND name = :name")
        .bind("org", orgId)
        .bind("name", name)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /**
   * The organization {@code orgSlug} and its model {@code name}, in one query (as {@code
   * organizations().findBySlug} then {@link #findByName}); empty when the organization does not
   * exist.
   */
  public Optional<OrganizationModel> findWithOrganization(String orgSlug, String name) {
    return handle
        .createQuery(
            "SELECT o.id AS o_id, o.slug AS o_slug, o.display_name AS o_display_name,"
                + " o.created_at AS o_created_at, o.updated_at AS o_updated_at,"
                + " o.version AS o_version, m.id, m.org_id, m.name, m.display_name,"
                + " m.created_at, m.updated_at, m.version"
                + " FROM organizations o LEFT JOIN models m ON m.org_id = o.id AND m.name = :name"
                + " WHERE o.slug = :slug")
        .bind("slug", orgSlug)
        .bind("name", name)
        .map(
            (rs, ctx) ->
                new OrganizationModel(
                    new Organization(
                        rs.getString("o_id"),
                        rs.getString("o_slug"),
                        rs.getString("o_display_name"),
                        Rows.instant(rs, "o_created_at"),
                        Rows.instant(rs, "o_updated_at"),
                        rs.getLong("o_version")),
                    rs.getString("id") == null ? Optional.empty() : Optional.of(map(rs))))
        .findOne();
  }

  /** The models of {@code orgId}, in creation order. */
  public Page<Model> listByOrganization(String orgId, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM models WHERE org_id = :org",
        "id",
        page,
        (rs, ctx) -> map(rs),
        Model::id,
        "org",
        orgId);
  }

  /** All models, in creation order. */
  public Page<Model> list(PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM models WHERE 1 = 1",
        "id",
        page,
        (rs, ctx) -> map(rs),
        Model::id);
  }

  /** Changes the display name if the stored version is {@code expectedVersion}. */
  public Model updateDisplayName(String id, long expectedVersion, String displayName) {
    Versions.updateDisplayName(handle, clock, "models", "model", id, expectedVersion, displayName);
    return find(id).orElseThrow();
  }

  static Model map(ResultSet rs) throws SQLException {
    return new Model(
        rs.getString("id"),
        rs.getString("org_id"),
        rs.getString("name"),
        rs.getString("display_name"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "updated_at"),
        rs.getLong("version"));
  }
}
