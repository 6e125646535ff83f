package dev.clearance.server.certification;

import dev.clearance.report.PolicyRef;
import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.IfMatch;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.http.PathNames;
import dev.clearance.server.http.TextFields;
import dev.clearance.server.notify.NotificationEvent;
import dev.clearance.server.notify.NotificationKind;
import dev.clearance.server.notify.Recipients;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.certification.Certification;
import dev.clearance.store.certification.CertificationStatus;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.identity.Organization;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The handlers of certification (ACC-2). Decisions run under the audit log's lock, so that two
 * decisions on one certification are taken one after the other, each seeing the other's result.
 */
final class CertificationHandlers {

  private final RegistryContext context;

  CertificationHandlers(RegistryContext context) {
    this.context = context;
  }

  /** {@code POST /api/v1/orgs/{org}/certifications}: the organization attests compliance. */
  void request(Context ctx, Principal caller) {
    String slug = PathNames.slug(ctx, "org", "organization");
    String statement =
        TextFields.required(
            "statement",
            Json.read(ctx, CertificationRequest.class).statement(),
            TextFields.DOCUMENT);
    PolicyRef policy = context.policy().ref();
    CertificationView view =
        context
            .db()
            .transaction(
                tx -> {
                  tx.audit().lockTree();
                  Organization org = CertificationReads.organization(tx, slug);
                  Optional<Certification> open =
                      Certifications.repository(tx).open(org.id(), policy.id(), policy.version());
                  if (open.isPresent() && open.get().isExpired(now())) {
                    Certifications.repository(tx).releaseExpired(open.get().id());
                  } else if (open.isPresent()) {
                    throw alreadyOpen(open.get(), policy);
                  }
                  Certification requested =
                      Certifications.repository(tx)
                          .request(
                              org.id(),
                              policy.id(),
                              policy.version(),
                              statement,
                              caller.requireUserId());
                  audit(tx, caller, "request", org, requested, null, null);
                  notify(
                      tx,
                      org,
                      requested,
                      org.slug() + " asks for certification under " + policy,
                      Recipients.role(GlobalRole.STEWARD));
                  return CertificationView.of(tx, requested, now(), caller);
                });
    ctx.header("Location", "/api/v1/certifications/" + view.id());
    IfMatch.etag(ctx, view.version());
    ctx.status(201).json(view);
  }

  /** {@code GET /api/v1/orgs/{org}/certifications}: the organization's, as the caller may see. */
  void listOfOrganization(Context ctx, Principal caller) {
    ctx.json(
        CertificationReads.ofOrganization(
            context, caller, PathNames.slug(ctx, "org", "organization"), PageParams.of(ctx)));
  }

  /** {@code GET /api/v1/certifications?status=}: every organization's, as the caller may see. */
  void list(Context ctx, Principal caller) {
    ctx.json(CertificationReads.all(context, caller, ctx.queryParam("status"), PageParams.of(ctx)));
  }

  /** {@code GET /api/v1/certifications/{certification}}. */
  void get(Context ctx, Principal caller) {
    String id = ctx.pathParam("certification");
    CertificationView view =
        StoreReads.read(
            context.db(),
            tx -> {
              Certification certification = visible(tx, caller, id);
              return CertificationView.of(tx, certification, now(), caller);
            });
    IfMatch.etag(ctx, view.version());
    ctx.json(view);
  }

  /** {@code POST /api/v1/certifications/{certification}/certify} (stewards). */
  void certify(Context ctx, Principal caller) {
    Integer days = Json.read(ctx, CertifyRequest.class).validDays();
    int validDays = days == null ? Certifications.DEFAULT_VALID_DAYS : days;
    if (validDays < 1 || validDays > Certifications.MAX_VALID_DAYS) {
      throw ApiException.badRequest(
          "invalid_value",
          "validDays " + validDays + " is out of range",
          Map.of("field", "validDays"),
          "Give 1 to "
              + Certifications.MAX_VALID_DAYS
              + " days, or leave it out for "
              + Certifications.DEFAULT_VALID_DAYS
              + ".");
    }
    decide(
        ctx,
        caller,
        (tx, certification, org) -> {
          requireRequested(certification);
          Instant until = now().plus(Duration.ofDays(validDays));
          return recorded(
              tx,
              caller,
              "certify",
              org,
              certification,
              decided(tx, caller, certification, CertificationStatus.CERTIFIED, until, null),
              org.slug() + " is certified under " + policyOf(certification) + " until " + until,
              Recipients.organization(org.id(), OrgRole.ADMIN));
        });
  }

  /** {@code POST /api/v1/certifications/{certification}/decline} (stewards), with a reason. */
  void decline(Context ctx, Principal caller) {
    String reason = reason(ctx);
    decide(
        ctx,
        caller,
        (tx, certification, org) -> {
          requireRequested(certification);
          return recorded(
              tx,
              caller,
              "decline",
              org,
              certification,
              decided(tx, caller, certification, CertificationStatus.DECLINED, null, reason),
              "Certification of " + org.slug() + " under " + policyOf(certification) + " declined",
              Recipients.organization(org.id(), OrgRole.ADMIN));
        });
  }

  /** {@code POST /api/v1/certifications/{certification}/revoke} (stewards), with a reason. */
  void revoke(Context ctx, Principal caller) {
    String reason = reason(ctx);
    decide(
        ctx,
        caller,
        (tx, certification, org) -> {
          requireHolding(certification, "revoke");
          return recorded(
              tx,
              caller,
              "revoke",
              org,
              certification,
              ended(tx, caller, certification, CertificationStatus.REVOKED, reason),
              "Certification of " + org.slug() + " under " + policyOf(certification) + " revoked",
              Recipients.organization(org.id(), OrgRole.ADMIN));
        });
  }

  /**
   * {@code POST /api/v1/orgs/{org}/certifications/{certification}/withdraw} (the organization's
   * admins), with a reason: ends a request or a certification that holds.
   */
  void withdraw(Context ctx, Principal caller) {
    String slug = PathNames.slug(ctx, "org", "organization");
    String reason = reason(ctx);
    decide(
        ctx,
        caller,
        (tx, certification, org) -> {
          if (!org.slug().equals(slug)) {
            throw Certifications.notFound(certification.id());
          }
          if (certification.status() != CertificationStatus.REQUESTED) {
            requireHolding(certification, "withdraw");
          }
          return recorded(
              tx,
              caller,
              "withdraw",
              org,
              certification,
              ended(tx, caller, certification, CertificationStatus.WITHDRAWN, reason),
              org.slug() + " withdrew its certification under " + policyOf(certification),
              Recipients.role(GlobalRole.STEWARD));
        });
  }

  /** A decision on the certification in the path, in one transaction under the audit lock. */
  private void decide(Context ctx, Principal caller, Decision decision) {
    String id = ctx.pathParam("certification");
    OptionalLong expected = IfMatch.version(ctx);
    CertificationView view =
        context
            .db()
            .transaction(
                tx -> {
                  tx.audit().lockTree();
                  Certification certification = visible(tx, caller, id);
                  IfMatch.check(expected, "certification '" + id + "'", certification.version());
                  Organization org = tx.organizations().find(certification.orgId()).orElseThrow();
                  return CertificationView.of(
                      tx, decision.take(tx, certification, org), now(), caller);
                });
    IfMatch.etag(ctx, view.version());
    ctx.json(view);
  }

  @FunctionalInterface
  private interface Decision {
    Certification take(Repositories tx, Certification certification, Organization org);
  }

  private Certification visible(Repositories tx, Principal caller, String id) {
    Certification certification =
        Certifications.repository(tx).find(id).orElseThrow(() -> Certifications.notFound(id));
    Organization org = tx.organizations().find(certification.orgId()).orElseThrow();
    if (!Certifications.visible(caller, org, certification)) {
      throw Certifications.notFound(id);
    }
    return certification;
  }

  private void requireRequested(Certification certification) {
    if (certification.status() != CertificationStatus.REQUESTED) {
      throw ApiException.conflict(
          "not_requested",
          "certification '"
              + certification.id()
              + "' is "
              + statusText(certification)
              + ", not awaiting a decision",
          Map.of("status", statusText(certification)),
          "Decide only requests; a certification that holds can be revoked.");
    }
  }

  private void requireHolding(Certification certification, String verb) {
    if (!certification.holds(now())) {
      throw ApiException.conflict(
          "not_certified",
          "certification '"
              + certification.id()
              + "' is "
              + statusText(certification)
              + (certification.isExpired(now())
                  ? " (its validity ended " + certification.validUntil() + ")"
                  : "")
              + ", so there is nothing to "
              + verb,
          Map.of("status", statusText(certification)),
          "Read it with GET /api/v1/certifications/" + certification.id() + ".");
    }
  }

  private String statusText(Certification certification) {
    return certification.isExpired(now()) ? "expired" : certification.status().code();
  }

  private static String reason(Context ctx) {
    return TextFields.required(
        "reason", Json.read(ctx, ReasonRequest.class).reason(), TextFields.PARAGRAPH);
  }

  private static ApiException alreadyOpen(Certification open, PolicyRef policy) {
    return ApiException.conflict(
        "already_open",
        "the organization's certification under "
            + policy
            + " is "
            + open.status().code()
            + " already ("
            + open.id()
            + ")",
        Map.of("certification", open.id()),
        open.status() == CertificationStatus.REQUESTED
            ? "Wait for a steward's decision, or withdraw the request first."
            : "It holds until " + open.validUntil() + "; ask again after that, or withdraw it.");
  }

  private static String policyOf(Certification certification) {
    return certification.policyId() + "@" + certification.policyVersion();
  }

  private static Certification decided(
      Repositories tx,
      Principal caller,
      Certification certification,
      CertificationStatus status,
      Instant validUntil,
      String reason) {
    return Certifications.repository(tx)
        .decide(
            certification.id(),
            certification.version(),
            status,
            caller.requireUserId(),
            validUntil,
            reason);
  }

  private static Certification ended(
      Repositories tx,
      Principal caller,
      Certification certification,
      CertificationStatus status,
      String reason) {
    return Certifications.repository(tx)
        .end(certification.id(), certification.version(), status, caller.requireUserId(), reason);
  }

  /** Audits and notifies the change from {@code before} to {@code after}; returns {@code after}. */
  private Certification recorded(
      Repositories tx,
      Principal caller,
      String verb,
      Organization org,
      Certification before,
      Certification after,
      String title,
      Recipients recipients) {
    audit(tx, caller, verb, org, after, before.status(), after.reason());
    notify(tx, org, after, title, recipients);
    return after;
  }

  private void audit(
      Repositories tx,
      Principal caller,
      String verb,
      Organization org,
      Certification certification,
      CertificationStatus before,
      String reason) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("certification", certification.id());
    details.put("policy", policyOf(certification));
    if (certification.validUntil() != null && certification.endedAt() == null) {
      details.put("validUntil", certification.validUntil().toString());
    }
    context
        .audit()
        .append(
            tx,
            new AuditEvent(
                caller.requireUserId(),
                "certification." + verb,
                org.id(),
                before == null ? null : before.code(),
                certification.status().code(),
                reason,
                details,
                false));
  }

  private void notify(
      Repositories tx,
      Organization org,
      Certification certification,
      String title,
      Recipients recipients) {
    context
        .notifier()
        .notify(
            tx,
            new NotificationEvent(
                NotificationKind.CERTIFICATION_CHANGED,
                Optional.empty(),
                title,
                "Certification of "
                    + org.slug()
                    + " under "
                    + policyOf(certification)
                    + ": "
                    + certification.status().code()
                    + (certification.reason() == null ? "." : " (" + certification.reason() + ")."),
                "/api/v1/certifications/" + certification.id(),
                recipients));
  }

  private Instant now() {
    return context.clock().instant();
  }
}
