package dev.clearance.server.certification;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.certification.Certification;
import dev.clearance.store.certification.CertificationStatus;
import dev.clearance.store.identity.Organization;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Lists of certifications as a caller may see them, for the API and the pages. */
public final class CertificationReads {

  /** The values of the {@code status} filter. */
  public static final List<String> STATUS_FILTERS =
      List.of("requested", "certified", "expired", "declined", "revoked", "withdrawn");

  private CertificationReads() {}

  /**
   * Every organization's certifications with status {@code filter} (any when null), oldest first.
   *
   * @throws ApiException 400 for an unknown filter
   */
  public static CertificationList all(
      RegistryContext context, Principal caller, String filter, PageRequest page) {
    if (filter != null && !STATUS_FILTERS.contains(filter)) {
      throw ApiException.badRequest(
          "invalid_value",
          "status '" + filter.replaceAll("\\p{Cntrl}", "?") + "' is not a certification status",
          Map.of("field", "status"),
          "Use one of " + String.join(", ", STATUS_FILTERS) + ", or leave status out.");
    }
    Set<CertificationStatus> statuses =
        filter == null
            ? EnumSet.allOf(CertificationStatus.class)
            : EnumSet.of(
                filter.equals("expired")
                    ? CertificationStatus.CERTIFIED
                    : CertificationStatus.fromCode(filter));
    Instant now = context.clock().instant();
    return StoreReads.read(
        context.db(),
        tx ->
            list(
                tx,
                caller,
                Certifications.repository(tx).list(statuses, page),
                now,
                certification ->
                    filter == null
                        || certification.status() != CertificationStatus.CERTIFIED
                        || certification.isExpired(now) == filter.equals("expired")));
  }

  /** The certifications of organization {@code slug}, oldest first; 404 for an unknown one. */
  public static CertificationList ofOrganization(
      RegistryContext context, Principal caller, String slug, PageRequest page) {
    Instant now = context.clock().instant();
    return StoreReads.read(
        context.db(),
        tx -> {
          Organization org = organization(tx, slug);
          Set<CertificationStatus> statuses =
              Certifications.seesAll(caller, org)
                  ? EnumSet.allOf(CertificationStatus.class)
                  : Certifications.PUBLIC;
          return list(
              tx,
              caller,
              Certifications.repository(tx).listByOrg(org.id(), statuses, page),
              now,
              certification -> true);
        });
  }

  static Organization organization(Repositories tx, String slug) {
    return tx.organizations()
        .findBySlug(slug)
        .orElseThrow(() -> ApiException.notFound("organization '" + slug + "'"));
  }

  private static CertificationList list(
      Repositories tx,
      Principal caller,
      Page<Certification> found,
      Instant now,
      Predicate<Certification> keep) {
    List<CertificationView> items = new ArrayList<>();
    for (Certification certification : found.items()) {
      Organization org = tx.organizations().find(certification.orgId()).orElseThrow();
      if (keep.test(certification) && Certifications.visible(caller, org, certification)) {
        items.add(CertificationView.of(tx, certification, org, now, caller));
      }
    }
    return new CertificationList(items, found.nextCursor());
  }
}
