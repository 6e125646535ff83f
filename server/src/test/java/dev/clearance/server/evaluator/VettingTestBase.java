package dev.clearance.server.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.entry.EntryException;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.RegistryTestBase;
import dev.clearance.store.audit.StoredEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Helpers of the vetting tests: applying, deciding, and reading the audit log about a user. */
abstract class VettingTestBase extends RegistryTestBase {

  static final String APPLICATIONS = "/api/v1/evaluator-applications";

  /** A valid application body with {@code conflicts} as the JSON array given. */
  static String applicationBody(String conflicts) {
    return "{\"affiliation\": \"Example University\", \"expertise\": [\"bias\", \"privacy\"],"
        + " \"statement\": \"I evaluate models for demographic bias.\", \"conflicts\": "
        + conflicts
        + "}";
  }

  /** A {@code {reason}} body. */
  static String reason(String reason) {
    return "{\"reason\": \"" + reason + "\"}";
  }

  /** Applies as {@code applicant} without conflicts; returns the new application's id. */
  String apply(ApiClient applicant) {
    return apply(applicant, "[]");
  }

  /** Applies as {@code applicant} with {@code conflicts}; returns the new application's id. */
  String apply(ApiClient applicant, String conflicts) {
    ApiResponse applied = applicant.post(APPLICATIONS, applicationBody(conflicts));
    assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
    return applied.json().path("id").asText();
  }

  /** {@code POST …/{application}/{verb}} as {@code client} with {@code body}. */
  ApiResponse decide(ApiClient client, String application, String verb, String body) {
    return client.post(APPLICATIONS + "/" + application + "/" + verb, body);
  }

  /** {@code POST /api/v1/evaluators/{user}/{verb}} as {@code client} with {@code body}. */
  ApiResponse decideEvaluator(ApiClient client, ApiClient evaluator, String verb, String body) {
    return client.post("/api/v1/evaluators/" + evaluator.name() + "/" + verb, body);
  }

  /** A vetted evaluator through the API: applied, then approved by the steward. */
  ApiClient vettedEvaluator(String handle) {
    ApiClient evaluator = user(handle);
    ApiResponse approved = decide(steward, apply(evaluator), "approve", "{}");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    return evaluator;
  }

  /** The stored user id of {@code client}. */
  String userId(ApiClient client) {
    return tx(repos -> repos.users().findByHandle(client.name())).orElseThrow().id();
  }

  /** Whether {@code client}'s user is a vetted evaluator, as other features ask it. */
  boolean isVetted(ApiClient client) {
    String id = userId(client);
    return tx(repos -> Evaluators.isVetted(repos, id));
  }

  /** The audit entries about {@code client}'s user, oldest first. */
  List<AuditEntry> audit(ApiClient client) {
    List<AuditEntry> entries = new ArrayList<>();
    for (StoredEntry entry : stored(client)) {
      try {
        entries.add(AuditEntry.parse(entry.leaf().getBytes(StandardCharsets.UTF_8)));
      } catch (EntryException e) {
        throw new AssertionError("stored audit leaf does not parse: " + entry.leaf(), e);
      }
    }
    return entries;
  }

  /** The actions of the audit entries about {@code client}'s user, oldest first. */
  List<String> auditActions(ApiClient client) {
    return audit(client).stream().map(AuditEntry::action).toList();
  }

  /** The details of the audit entries about {@code client}'s user, as JSON texts. */
  List<String> auditDetails(ApiClient client) {
    return stored(client).stream()
        .map(entry -> entry.revealed().map(StoredEntry.Sealed::details).orElse(""))
        .toList();
  }

  /** How many entries the audit log holds. */
  long auditSize() {
    return tx(repos -> (long) repos.audit().entries(0, 1_000_000).size());
  }

  /** A request with {@code If-Match: "version"}. */
  ApiResponse postIfMatch(ApiClient client, String path, String body, long version) {
    return client.send(
        "POST",
        path,
        body.getBytes(StandardCharsets.UTF_8),
        "application/json",
        Map.of("If-Match", "\"" + version + "\""));
  }

  private List<StoredEntry> stored(ApiClient client) {
    String subject = userId(client);
    return tx(repos -> repos.audit().entriesAbout(subject, true));
  }
}
