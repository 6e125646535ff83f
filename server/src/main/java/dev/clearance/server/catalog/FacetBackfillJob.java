package dev.clearance.server.catalog;

import dev.clearance.server.jobs.BackgroundJob;
import dev.clearance.store.Repositories;
import dev.clearance.store.blob.BlobStore;
import dev.clearance.store.release.StoredCheckReport;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Fills in the catalog facets of releases whose latest check report was stored before facets were
 * (migration V202612081000 could not: the facts are in the card file, not in SQL). Reads each such
 * release's stored card and {@code config.json} ({@link StoredDossier#forFacets}) and stores what
 * they say, or empty facets when they cannot be read, so no release is tried twice. Checks store
 * facets themselves, so after the first runs this finds nothing.
 */
public final class FacetBackfillJob {

  /** The job's name and lease. */
  public static final String NAME = "catalog-facets";

  /** Releases filled in per run; the rest wait for the next run. */
  static final int BATCH = 20;

  private FacetBackfillJob() {}

  /** The job, every 5 minutes, reading files from {@code blobs}. */
  public static BackgroundJob of(BlobStore blobs) {
    return new BackgroundJob(NAME, Duration.ofMinutes(5), tx -> run(tx, blobs));
  }

  static int run(Repositories tx, BlobStore blobs) {
    List<String> releases = Catalogs.facets(tx).releasesWithout(BATCH);
    for (String releaseId : releases) {
      Optional<StoredCheckReport> report = tx.checkReports().latest(releaseId);
      if (report.isEmpty()) {
        continue;
      }
      DossierFacets.Facets facets =
          DossierFacets.of(
              StoredDossier.forFacets(blobs, tx.releaseFiles().listByRelease(releaseId)));
      Catalogs.facets(tx).put(facets.of(releaseId, report.get().id()));
    }
    return releases.size();
  }
}
