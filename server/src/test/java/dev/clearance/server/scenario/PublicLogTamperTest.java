package dev.clearance.server.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.ledger.LogVerification;
import dev.clearance.server.testing.PublicLog;
import org.junit.jupiter.api.Test;

/**
 * The log verification every scenario ends with can fail: an entry of a released scenario edited in
 * the database is a root mismatch for an outside client, and the log verifies again once restored.
 */
class PublicLogTamperTest extends ScenarioTestBase {

  private void setLeaf(long sequence, String leaf) {
    run(
        tx ->
            tx.handle()
                .createUpdate("UPDATE audit_entries SET leaf = ? WHERE seq = ?")
                .bind(0, leaf)
                .bind(1, sequence)
                .execute());
  }

  @Test
  void editedReleaseEntry_publicLogRootMismatch_verifiesAgainWhenRestored() throws Exception {
    Scenario scenario = draft("tampered");
    checkedExample(scenario, "chat-13b");
    release(scenario);
    String key = anonymous.get("/api/v1/log/key").json().path("verifierKey").asText();
    long sequence =
        tx(
            tx ->
                tx.handle()
                    .createQuery(
                        "SELECT MAX(seq) FROM audit_entries WHERE subject = ? AND action = ?")
                    .bind(0, releaseId(scenario))
                    .bind(1, "release.approve")
                    .mapTo(Long.class)
                    .one());
    String original =
        tx(
            tx ->
                tx.handle()
                    .createQuery("SELECT leaf FROM audit_entries WHERE seq = ?")
                    .bind(0, sequence)
                    .mapTo(String.class)
                    .one());

    PublicLog tampered;
    setLeaf(sequence, original.replace("\"after\":\"approved\"", "\"after\":\"released\""));
    try {
      tampered = PublicLog.read(anonymous, key);
    } finally {
      setLeaf(sequence, original);
    }
    PublicLog restored = PublicLog.read(anonymous, key);

    assertThat(tampered.ok()).isFalse();
    assertThat(tampered.verification()).isInstanceOf(LogVerification.RootMismatch.class);
    assertThat(tampered.verification().message()).contains("root mismatch");
    assertThat(restored.ok()).as(restored.verification().message()).isTrue();
  }
}
