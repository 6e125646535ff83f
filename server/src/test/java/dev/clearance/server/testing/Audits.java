package dev.clearance.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.artifacts.signing.AuditAttestations;
import dev.clearance.artifacts.signing.AuditPredicate;
import dev.clearance.artifacts.signing.AuditResult;
import dev.clearance.artifacts.signing.BundleJson;
import dev.clearance.artifacts.signing.BundleSigner;
import dev.clearance.artifacts.signing.KeyFiles;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * Steps of third-party audits through the API (REV-6), for tests: a steward approves a firm and an
 * auditor, the auditor registers a key, and attestations are signed exactly as {@code clearance
 * attest} signs them.
 */
public final class Audits {

  private Audits() {}

  /** {@code POST /api/v1/audit-firms} as a steward; expects 201; returns the slug. */
  public static String approvedFirm(ApiClient steward, String slug) {
    ApiResponse created =
        steward.post(
            "/api/v1/audit-firms",
            "{\"slug\": \""
                + slug
                + "\", \"name\": \"Firm "
                + slug
                + "\", \"website\": \"https://"
                + slug
                + ".example\", \"description\": \"model audits\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return slug;
  }

  /** Approves {@code auditor}'s user as an auditor of {@code firm}; expects 201. */
  public static void approvedAuditor(ApiClient steward, String firm, ApiClient auditor) {
    ApiResponse approved =
        steward.put("/api/v1/audit-firms/" + firm + "/auditors/" + auditor.name(), "");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(201);
  }

  /** Registers a fresh Ed25519 key of {@code auditor} under {@code name}; returns the pair. */
  public static KeyPair registeredKey(ApiClient auditor, String name) {
    KeyPair keys = SignedModel.newKeys();
    ApiResponse put = registerKey(auditor, name, keys);
    assertThat(put.status()).as(put.toString()).isEqualTo(201);
    return keys;
  }

  /** {@code PUT /api/v1/me/auditor-keys/{name}} with the public half of {@code keys}. */
  public static ApiResponse registerKey(ApiClient auditor, String name, KeyPair keys) {
    String pem = KeyFiles.publicPem(keys.getPublic());
    return auditor.put(
        "/api/v1/me/auditor-keys/" + name,
        "{\"publicKeyPem\": \"" + pem.replace("\n", "\\n") + "\"}");
  }

  /**
   * An attestation bundle ({@code audit.sig}) signed with {@code keys} for the model with {@code
   * rootDigest}, naming the report {@code report}.
   */
  public static byte[] attestation(
      KeyPair keys,
      String rootDigest,
      String firm,
      String auditor,
      byte[] report,
      AuditResult result) {
    AuditPredicate predicate =
        new AuditPredicate(
            firm,
            auditor,
            "dangerous capability and bias evaluation",
            result,
            result == AuditResult.PASS_WITH_CONDITIONS
                ? List.of("keep the safety filter on")
                : List.of(),
            "report.pdf",
            sha256(report),
            report.length,
            LocalDate.parse("2026-12-20"));
    return BundleJson.write(
            new BundleSigner(keys)
                .sign(AuditAttestations.statement("model", rootDigest, predicate)))
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The releaser engages {@code auditor} for the release at {@code releasePath}; the auditor
   * accepts and files {@code report}. Expects each step to succeed; returns the engagement id.
   */
  public static String engagedAndReported(
      ApiClient releaser, String releasePath, ApiClient auditor, byte[] report) {
    ApiResponse requested =
        releaser.post(
            releasePath + "/engagements",
            "{\"auditor\": \"" + auditor.name() + "\", \"scope\": \"Tier 3 audit\"}");
    assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
    String id = requested.json().path("id").asText();
    String mine = "/api/v1/me/engagements/" + id;
    assertThat(auditor.post(mine + "/accept", "").status()).isEqualTo(200);
    assertThat(auditor.putBytes(mine + "/report?name=report.pdf", report).status()).isEqualTo(200);
    return id;
  }

  /** {@code POST /api/v1/me/engagements/{engagement}/attestations} with {@code bundle}. */
  public static ApiResponse attest(ApiClient auditor, String engagement, byte[] bundle) {
    return auditor.send(
        "POST",
        "/api/v1/me/engagements/" + engagement + "/attestations",
        bundle,
        "application/json",
        java.util.Map.of());
  }

  /** Lowercase hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
