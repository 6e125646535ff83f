package dev.clearance.server.auditor;

import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import dev.clearance.server.signing.SigningKeyRequest;
import java.util.List;
import java.util.Optional;

/**
 * What an auditor does for themselves (REV-6, ACC-4): their signing keys, their declared conflicts,
 * and their engagements (answer, report, attestation). Another auditor's engagement or declaration
 * is a 404.
 */
final class AuditorSelfEndpoints {

  private static final String KEY = "/api/v1/me/auditor-keys/{key}";
  private static final String ENGAGEMENT = "/api/v1/me/engagements/{engagement}";
  private static final String EXAMPLE_PEM =
      "-----BEGIN PUBLIC KEY-----\\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE="
          + "\\n-----END PUBLIC KEY-----\\n";

  /** A bundle of the shape clearance attest writes (its signature is not a real one). */
  static final String EXAMPLE_BUNDLE =
      "{\"mediaType\": \"application/vnd.dev.sigstore.bundle.v0.3+json\","
          + " \"verificationMaterial\": {\"publicKey\": {\"hint\":"
          + " \"3c5ea8b47a9a1d4b6b5f7c9e1d2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c\"},"
          + " \"tlogEntries\": []}, \"dsseEnvelope\": {\"payload\": \"e30=\", \"payloadType\":"
          + " \"application/vnd.in-toto+json\", \"signatures\": [{\"sig\": \"AAAA\", \"keyid\":"
          + " \"\"}]}}";

  private AuditorSelfEndpoints() {}

  static List<Endpoint> list(RegistryContext context) {
    AuditorKeyHandlers keys = new AuditorKeyHandlers(context);
    ConflictHandlers conflicts = new ConflictHandlers(context);
    EngagementHandlers engagements = new EngagementHandlers(context);
    ReportHandlers reports = new ReportHandlers(context);
    AttestationHandlers attestations = new AttestationHandlers(context);
    String tag = FirmEndpoints.TAG;
    return List.of(
        Endpoint.withBody(
            Method.PUT,
            KEY,
            "putAuditorKey",
            tag,
            "Register your Ed25519 public key for signing audit attestations (as clearance keygen"
                + " --type ed25519 writes it): 201, or 200 when already registered so",
            Access.auditor(),
            SigningKeyRequest.class,
            "{\"publicKeyPem\": \"" + EXAMPLE_PEM + "\"}",
            AuditorKeyView.class,
            201,
            keys::put),
        new Endpoint(
            Method.DELETE,
            KEY,
            "revokeAuditorKey",
            tag,
            "Revoke one of your keys: it verifies no new attestation, and attestations it signed"
                + " no longer count; it stays listed",
            Access.auditor(),
            Optional.empty(),
            Optional.empty(),
            Void.class,
            204,
            keys::revoke),
        Endpoint.of(
            Method.GET,
            "/api/v1/auditors/{user}/keys",
            "listAuditorKeys",
            tag,
            "An auditor's keys with their PEM, revoked ones included (for clearance verify"
                + " --auditor-key)",
            Access.anyone(),
            AuditorKeyList.class,
            keys::list),
        Endpoint.withBody(
            Method.POST,
            "/api/v1/me/conflicts",
            "declareConflict",
            tag,
            "Declare a conflict of interest toward an organization, for you or your firm"
                + " (ownership, funding, employment, paid_engagement with endedOn); public",
            Access.auditor(),
            ConflictRequest.class,
            "{\"organization\": \"acme\", \"kind\": \"paid_engagement\", \"party\": \"firm\","
                + " \"endedOn\": \"2026-03-31\", \"note\": \"red-teaming contract\"}",
            ConflictView.class,
            201,
            conflicts::declare),
        new Endpoint(
            Method.DELETE,
            "/api/v1/me/conflicts/{conflict}",
            "withdrawConflict",
            tag,
            "Withdraw a declaration of you or your firm (it stays listed, withdrawn)",
            Access.auditor(),
            Optional.empty(),
            Optional.empty(),
            Void.class,
            204,
            conflicts::withdraw),
        Endpoint.of(
            Method.GET,
            "/api/v1/me/engagements",
            "listMyEngagements",
            tag,
            "Your engagements with their release, status, report and attestations (paginated:"
                + " limit, after)",
            Access.auditor(),
            EngagementPage.class,
            engagements::mine),
        Endpoint.of(
            Method.POST,
            ENGAGEMENT + "/accept",
            "acceptEngagement",
            tag,
            "Accept an engagement: you then see the release's pre-release material; refused when"
                + " you or your firm are not active or have a conflict",
            Access.auditor(),
            EngagementView.class,
            engagements::accept),
        Endpoint.withBody(
            Method.POST,
            ENGAGEMENT + "/decline",
            "declineEngagement",
            tag,
            "Decline an engagement, with an optional reason",
            Access.auditor(),
            DeclineRequest.class,
            "{\"reason\": \"no capacity before March\"}",
            EngagementView.class,
            200,
            engagements::decline),
        Endpoint.withBody(
            Method.POST,
            ENGAGEMENT + "/withdraw",
            "withdrawEngagement",
            tag,
            "Withdraw from an accepted engagement before the release is approved, with the reason:"
                + " you no longer see its pre-release material and your attestations stop counting"
                + " for it",
            Access.auditor(),
            WithdrawRequest.class,
            "{\"reason\": \"a new conflict: our firm was offered work by the organization\"}",
            EngagementView.class,
            200,
            engagements::withdraw),
        Endpoint.of(
            Method.PUT,
            ENGAGEMENT + "/report",
            "uploadAuditReport",
            tag,
            "File the audit report of an accepted engagement (?name=report.pdf, raw bytes,"
                + " Content-Type application/octet-stream); replaces an earlier one",
            Access.auditor(),
            ReportView.class,
            reports::upload),
        Endpoint.withBody(
            Method.POST,
            ENGAGEMENT + "/attestations",
            "fileAuditAttestation",
            tag,
            "File the signed attestation clearance attest wrote (the bundle JSON as body); 422"
                + " naming what differs when it does not verify",
            Access.auditor(),
            Object.class,
            EXAMPLE_BUNDLE,
            AttestationView.class,
            201,
            attestations::file));
  }
}
