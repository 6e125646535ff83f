package dev.clearance.server.catalog;

import dev.clearance.store.Repositories;
import dev.clearance.store.release.CatalogRepository;
import dev.clearance.store.release.ReleaseFacetRepository;

/** The catalog's repositories in a transaction. */
public final class Catalogs {

  private Catalogs() {}

  /** The releases' catalog facets, written with every stored check report. */
  public static ReleaseFacetRepository facets(Repositories tx) {
    return new ReleaseFacetRepository(tx.handle(), tx.clock());
  }

  static CatalogRepository catalog(Repositories tx) {
    return new CatalogRepository(tx.handle());
  }
}
