package dev.clearance.server.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.ledger.note.CheckpointException;
import dev.clearance.server.testing.PublicLog;
import dev.clearance.server.testing.ReleaseTestBase;

/**
 * The scenarios of issue 5 ("Show it"): whole release stories through the HTTP API on both
 * databases, each ending with the audit log verified as an outside client verifies it and the
 * stewards' state check.
 */
abstract class ScenarioTestBase extends ReleaseTestBase {

  /**
   * Uploads an example dossier and a real signature bundle of it (key registered for the
   * organization) and runs the check, which must pass and verify the bundle.
   */
  JsonNode checkedExample(Scenario scenario, String example) {
    uploadExample(scenario, example);
    uploadSignature(scenario, example);
    JsonNode report = check(scenario);
    assertThat(report.path("passed").asBoolean()).as(report.toString()).isTrue();
    return report;
  }

  /** Takes a checked Tier 1 or 2 release (no review window, no audit) from draft to released. */
  void release(Scenario scenario) {
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");
    allowed(steward, scenario, "approve", "approved");
    allowed(scenario.releaser(), scenario, "release", "released");
  }

  /**
   * Verifies the log as {@code clearance log verify --server URL --key KEY} does, with the key the
   * registry publishes (which must be the key it signs with), and asks the state check as a
   * steward; returns the verified log.
   */
  PublicLog assertAuditLogVerifies() throws CheckpointException {
    String key = anonymous.get("/api/v1/log/key").json().path("verifierKey").asText();
    assertThat(key).isEqualTo(logSigner.verifier().verifierKey());

    PublicLog log = PublicLog.read(anonymous, key);
    JsonNode stateCheck = steward.get("/api/v1/log/state-check").json();

    assertThat(log.ok()).as(log.verification().message() + " " + log.problems()).isTrue();
    assertThat(log.checkpoint().size()).isEqualTo(log.entries().size());
    assertThat(stateCheck.path("ok").asBoolean()).as(stateCheck.toString()).isTrue();
    return log;
  }
}
