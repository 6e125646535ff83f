package dev.clearance.server.web.catalog;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.release.ReleaseList;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.ReleaseView;
import dev.clearance.server.release.ReleaseVisibility;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Database;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog answered from the store's plain reads: models in creation order, each model's
 * releases in creation order, filtered by {@link CatalogFilter#matches} and {@link
 * ReleaseVisibility}. It reads every model up to the page's end, which is fine for a registry of
 * thousands of releases; a query that filters in SQL replaces it behind {@link CatalogQuery}. The
 * cursor is the id of the last release of a page.
 */
public final class StoreCatalogQuery implements CatalogQuery {

  private final Database db;

  public StoreCatalogQuery(Database db) {
    this.db = db;
  }

  @Override
  public ReleaseList find(Principal caller, CatalogFilter filter) {
    return StoreReads.read(db, tx -> new Walk(tx, caller, filter).run());
  }

  /** One page's walk over the models and their releases. */
  private static final class Walk {
    private final Repositories tx;
    private final Principal caller;
    private final CatalogFilter filter;
    private final Map<String, Organization> organizations = new HashMap<>();
    private final List<ReleaseView> found = new ArrayList<>();

    Walk(Repositories tx, Principal caller, CatalogFilter filter) {
      this.tx = tx;
      this.caller = caller;
      this.filter = filter;
    }

    ReleaseList run() {
      String after = filter.page().after();
      String modelsAfter = null;
      if (after != null) {
        Release start = tx.releases().find(after).orElseThrow(Walk::badCursor);
        Model model = tx.models().find(start.modelId()).orElseThrow(Walk::badCursor);
        if (!ReleaseVisibility.canSee(tx, caller, organization(model).slug(), start)) {
          throw badCursor();
        }
        if (collect(model, after)) {
          return page();
        }
        modelsAfter = model.id();
      }
      PageRequest models = new PageRequest(modelsAfter, PageRequest.MAX_LIMIT);
      while (true) {
        Page<Model> batch = tx.models().list(models);
        for (Model model : batch.items()) {
          if (collect(model, null)) {
            return page();
          }
        }
        if (batch.next().isEmpty()) {
          return page();
        }
        models = models.next(batch.next().get());
      }
    }

    /** Adds the matching releases of {@code model} after {@code after}; true once one too many. */
    private boolean collect(Model model, String after) {
      Organization org = organization(model);
      if (!filter.org().isEmpty() && !filter.org().equals(org.slug())) {
        return false;
      }
      PageRequest releases = new PageRequest(after, PageRequest.MAX_LIMIT);
      while (true) {
        Page<Release> batch = tx.releases().listByModel(model.id(), releases);
        for (Release release : batch.items()) {
          if (filter.matches(
                  org.slug(),
                  model.name(),
                  model.displayName(),
                  release.versionLabel(),
                  release.tier(),
                  release.state())
              && ReleaseVisibility.canSee(tx, caller, org.slug(), release)) {
            found.add(ReleaseView.of(tx, new ReleaseRef(org, model, release)));
            if (found.size() > filter.page().limit()) {
              return true;
            }
          }
        }
        if (batch.next().isEmpty()) {
          return false;
        }
        releases = releases.next(batch.next().get());
      }
    }

    /** The page: one row more than the limit was read only to know that a next page exists. */
    private ReleaseList page() {
      int limit = filter.page().limit();
      if (found.size() <= limit) {
        return new ReleaseList(found, null);
      }
      List<ReleaseView> items = found.subList(0, limit);
      return new ReleaseList(items, items.get(limit - 1).id());
    }

    private Organization organization(Model model) {
      return organizations.computeIfAbsent(
          model.orgId(), id -> tx.organizations().find(id).orElseThrow());
    }

    private static ApiException badCursor() {
      return ApiException.badRequest(
          "invalid_parameter",
          "after must be the cursor of a catalog page",
          Map.of("parameter", "after"),
          "Start again from the first page.");
    }
  }
}
