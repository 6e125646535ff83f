package dev.clearance.server.release;

import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.store.ConflictException;
import dev.clearance.store.Names;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** Models of an organization: create if absent, list and read (issue 5 item 3). */
final class ModelHandlers {

  private final RegistryContext context;

  ModelHandlers(RegistryContext context) {
    this.context = context;
  }

  /** {@code PUT /api/v1/orgs/{org}/models/{model}}: 201 when created, 200 when it existed. */
  void put(Context ctx, Principal caller) {
    ModelRequest request = Json.read(ctx, ModelRequest.class);
    String name = ReleaseLookup.slug("model", ctx.pathParam("model"));
    String displayName = displayName(request, name);
    Result result;
    try {
      result = context.db().transaction(tx -> createIfAbsent(tx, caller, ctx, name, displayName));
    } catch (ConflictException raced) {
      // Another request created it between our read and insert: it exists now.
      result = context.db().transaction(tx -> createIfAbsent(tx, caller, ctx, name, displayName));
    }
    ctx.status(result.created() ? 201 : 200).json(result.view());
  }

  private record Result(ModelView view, boolean created) {}

  private Result createIfAbsent(
      Repositories tx, Principal caller, Context ctx, String name, String displayName) {
    Organization org = ReleaseLookup.organization(tx, ctx);
    Optional<Model> existing = tx.models().findByName(org.id(), name);
    if (existing.isPresent()) {
      return new Result(view(tx, org, existing.get()), false);
    }
    Model model = tx.models().create(org.id(), name, displayName);
    context
        .audit()
        .append(
            tx,
            new AuditEvent(
                caller.requireUserId(),
                "model.create",
                model.id(),
                null,
                "created",
                null,
                Map.of("org", org.slug(), "model", name),
                true));
    return new Result(view(tx, org, model), true);
  }

  private static String displayName(ModelRequest request, String name) {
    if (request.displayName() == null) {
      return name;
    }
    try {
      return Names.checkText("displayName", request.displayName());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid_value", e.getMessage(), "Give 1 to 200 characters without control characters.");
    }
  }

  /** {@code GET /api/v1/orgs/{org}/models}: the models the caller may see. */
  void list(Context ctx, Principal caller) {
    var page = PageParams.of(ctx);
    ModelList list =
        StoreReads.read(
            context.db(),
            tx -> {
              Organization org = ReleaseLookup.organization(tx, ctx);
              VisiblePage<Model> visible =
                  VisiblePage.collect(
                      request -> tx.models().listByOrganization(org.id(), request),
                      model -> ReleaseVisibility.canSee(tx, caller, org.slug(), model),
                      Model::id,
                      page);
              return new ModelList(
                  visible.items().stream().map(model -> view(tx, org, model)).toList(),
                  visible.next());
            });
    ctx.json(list);
  }

  /** {@code GET /api/v1/orgs/{org}/models/{model}}. */
  void get(Context ctx, Principal caller) {
    ctx.json(
        StoreReads.read(
            context.db(),
            tx -> {
              Organization org = ReleaseLookup.organization(tx, ctx);
              return view(tx, org, ReleaseLookup.model(tx, caller, org, ctx));
            }));
  }

  private static ModelView view(Repositories tx, Organization org, Model model) {
    String recommended =
        tx.releases()
            .findRecommended(model.id())
            .filter(release -> ReleaseVisibility.everPublic(tx, release))
            .map(Release::versionLabel)
            .orElse(null);
    return ModelView.of(org.slug(), model, recommended);
  }
}
