package dev.clearance.server.certification;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.certification.Certification;
import dev.clearance.store.certification.CertificationRepository;
import dev.clearance.store.certification.CertificationStatus;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.identity.Organization;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rules of certification that more than one handler needs: validity, who sees what, and the
 * repository in a transaction.
 */
public final class Certifications {

  /** Validity of a certification when the steward names none: a year, one framework version. */
  public static final int DEFAULT_VALID_DAYS = 365;

  /** The longest validity a steward may give. */
  public static final int MAX_VALID_DAYS = 1095;

  /** Statuses everyone may see: certifications that were granted, with how they ended. */
  static final Set<CertificationStatus> PUBLIC =
      EnumSet.of(
          CertificationStatus.CERTIFIED,
          CertificationStatus.REVOKED,
          CertificationStatus.WITHDRAWN);

  private Certifications() {}

  static CertificationRepository repository(Repositories tx) {
    return new CertificationRepository(tx.handle(), tx.clock());
  }

  /**
   * Whether {@code caller} may see {@code certification}: stewards and the organization's members
   * see all of its own; everyone sees certifications that were granted (also once revoked,
   * withdrawn or expired), never requests that were declined or withdrawn before a decision.
   */
  static boolean visible(Principal caller, Organization org, Certification certification) {
    return seesAll(caller, org)
        || (PUBLIC.contains(certification.status()) && certification.decidedAt() != null);
  }

  /** Whether {@code caller} sees every certification of {@code org}. */
  static boolean seesAll(Principal caller, Organization org) {
    return caller.isSteward() || caller.isMember(org.slug(), OrgRole.RELEASER);
  }

  static ApiException notFound(String id) {
    return ApiException.notFound("certification '" + id.replaceAll("\\p{Cntrl}", "?") + "'");
  }
}
