package dev.clearance.server.incident;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.StoreReads;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.incident.Incident;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Incidents as their readers see them, for the API and the pages. */
public final class IncidentReads {

  private IncidentReads() {}

  /**
   * The report whose tracking reference is {@code reference}, as its reporter sees it.
   *
   * @throws ApiException 404 for any other text, which reads like one for an unknown reference
   */
  public static IncidentView byReference(RegistryContext context, String reference) {
    Instant now = context.clock().instant();
    return StoreReads.read(
        context.db(),
        tx -> {
          Incident incident =
              Incidents.repository(tx)
                  .findByReference(reference)
                  .orElseThrow(
                      () ->
                          ApiException.notFound("an incident report with this tracking reference"));
          return IncidentView.of(
              tx, ReleaseRef.read(tx, incident.releaseId()), incident, now, false);
        });
  }

  /** The incidents of organization {@code slug} with status {@code filter}, oldest first. */
  public static IncidentList ofOrganization(
      RegistryContext context, String slug, String filter, PageRequest page) {
    Instant now = context.clock().instant();
    return StoreReads.read(
        context.db(),
        tx -> {
          Organization org =
              tx.organizations()
                  .findBySlug(ReleaseLookup.slug("organization", slug))
                  .orElseThrow(() -> ApiException.notFound("organization '" + slug + "'"));
          return views(
              tx,
              repository -> repository.listByOrg(org.id(), Incidents.statuses(filter), page),
              filter,
              now);
        });
  }

  /** Every organization's incidents with status {@code filter}, oldest first (stewards). */
  public static IncidentList all(RegistryContext context, String filter, PageRequest page) {
    Instant now = context.clock().instant();
    return StoreReads.read(
        context.db(),
        tx ->
            views(
                tx, repository -> repository.list(Incidents.statuses(filter), page), filter, now));
  }

  /**
   * The open incidents of every organization that need the stewards: escalated to them, or past a
   * deadline; oldest first.
   */
  public static IncidentList escalated(RegistryContext context, PageRequest page) {
    Instant now = context.clock().instant();
    return StoreReads.read(
        context.db(),
        tx -> views(tx, repository -> repository.listEscalatedOrOverdue(now, page), null, now));
  }

  /** The reports of the signed-in user {@code userId}, oldest first. */
  public static IncidentList ofReporter(RegistryContext context, String userId, PageRequest page) {
    Instant now = context.clock().instant();
    return StoreReads.read(
        context.db(),
        tx -> views(tx, repository -> repository.listByReporter(userId, page), null, now));
  }

  private static IncidentList views(
      Repositories tx,
      Function<dev.clearance.store.incident.IncidentRepository, Page<Incident>> query,
      String filter,
      Instant now) {
    Page<Incident> found = query.apply(Incidents.repository(tx));
    List<IncidentView> items = new ArrayList<>();
    Map<String, ReleaseRef> releases = new HashMap<>(); // each release read once per page
    for (Incident incident : found.items()) {
      boolean overdue = incident.acknowledgementOverdue(now) || incident.resolutionOverdue(now);
      if ("overdue".equals(filter) && !overdue) {
        continue;
      }
      ReleaseRef ref =
          releases.computeIfAbsent(incident.releaseId(), id -> ReleaseRef.read(tx, id));
      items.add(IncidentView.of(tx, ref, incident, now, true));
    }
    return new IncidentList(items, found.nextCursor());
  }
}
