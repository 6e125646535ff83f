package dev.clearance.server.release;

import dev.clearance.server.audit.LedgerAuditLog;
import dev.clearance.server.audit.LogEndpoints;
import dev.clearance.server.audit.LogEvidence;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.IfMatch;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.store.ConflictException;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** Releases of a model: create a draft if absent, list and read (REV-1). */
final class ReleaseHandlers {

  private final RegistryContext context;

  ReleaseHandlers(RegistryContext context) {
    this.context = context;
  }

  /** {@code PUT …/releases/{version}}: 201 with a new draft, 200 when it existed. */
  void put(Context ctx, Principal caller) {
    Json.read(ctx, ReleaseRequest.class);
    Created created;
    try {
      created = context.db().transaction(tx -> createIfAbsent(tx, caller, ctx));
    } catch (ConflictException raced) {
      created = context.db().transaction(tx -> createIfAbsent(tx, caller, ctx));
    }
    IfMatch.etag(ctx, created.ref().release().version());
    ReleaseRef ref = created.ref();
    // A new draft has no verified signature yet: nothing more to read.
    ReleaseView view =
        created.isNew()
            ? ReleaseView.unsigned(ref)
            : StoreReads.read(context.db(), tx -> ReleaseView.of(tx, ref));
    ctx.status(created.isNew() ? 201 : 200).json(view);
  }

  private record Created(ReleaseRef ref, boolean isNew) {}

  private Created createIfAbsent(Repositories tx, Principal caller, Context ctx) {
    ReleaseLookup.ModelPath path = ReleaseLookup.organizationAndModel(tx, caller, ctx);
    Organization org = path.org();
    Model model = path.model();
    String version = ctx.pathParam("version");
    Optional<Release> existing = tx.releases().findByVersion(model.id(), version);
    if (existing.isPresent()) {
      return new Created(new ReleaseRef(org, model, existing.get()), false);
    }
    Release release;
    try {
      release = tx.releases().create(model.id(), version);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid_name",
          e.getMessage(),
          "Use a version such as 1.0.0: letters, digits, '.', '_', '+', '-'.");
    }
    ReleaseRef ref = new ReleaseRef(org, model, release);
    ReleaseEvents.append(
        context.audit(), tx, caller.requireUserId(), "create", ref, release, null, null, Map.of());
    return new Created(ref, true);
  }

  /** {@code GET …/releases}: the releases the caller may see, oldest first. */
  void list(Context ctx, Principal caller) {
    var page = PageParams.of(ctx);
    ctx.json(
        StoreReads.read(
            context.db(),
            tx -> {
              Organization org = ReleaseLookup.organization(tx, ctx);
              Model model = ReleaseLookup.model(tx, caller, org, ctx);
              VisiblePage<Release> visible =
                  VisiblePage.collect(
                      request -> tx.releases().listByModel(model.id(), request),
                      release -> ReleaseVisibility.canSee(tx, caller, org.slug(), release),
                      Release::id,
                      page);
              return new ReleaseList(
                  visible.items().stream()
                      .map(release -> ReleaseView.of(tx, new ReleaseRef(org, model, release)))
                      .toList(),
                  visible.next());
            }));
  }

  /** {@code GET …/releases/{version}}, with {@code ETag}. */
  void get(Context ctx, Principal caller) {
    ReleaseView view =
        StoreReads.read(
            context.db(), tx -> ReleaseView.of(tx, ReleaseLookup.release(tx, caller, ctx)));
    IfMatch.etag(ctx, view.revision());
    ctx.json(view);
  }

  /**
   * {@code GET …/releases/{version}/log-evidence}: the audit log entries about the release with
   * their inclusion proofs, the signed checkpoint and the log's key (ACC-4), for {@code clearance
   * verify --log-evidence}. Visible exactly when the release is.
   */
  void logEvidence(Context ctx, Principal caller) {
    LedgerAuditLog log = context.ledger();
    LogEvidence evidence =
        StoreReads.read(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
              return LogEvidence.of(LogEndpoints.subjectEntries(tx, log, ref.release().id()), log);
            });
    ctx.json(evidence);
  }
}
