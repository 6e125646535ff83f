package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.ledger.note.NoteSigner;
import dev.clearance.release.ReleaseState;
import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.audit.AuditLog;
import dev.clearance.server.testing.RegistryTestBase;
import dev.clearance.store.release.Release;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code clearance log verify} and {@code export} against a real registry on both databases, and
 * tampering with its database: each edit is found by the CLI against an earlier checkpoint and by
 * the stewards' state check. Tests share the database, so each one undoes its edit.
 */
class LogVerifyCommandTest extends RegistryTestBase {

  private Path folder;
  private String key;

  @BeforeEach
  void prepare() throws Exception {
    folder = Files.createTempDirectory("clearance-log-verify");
    key = anonymous.get("/api/v1/log/key").json().path("verifierKey").asText();
  }

  @AfterEach
  void cleanUp() throws Exception {
    try (var files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private static CliRun cli(String... args) {
    CommandLine commandLine = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  private CliRun verify(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("log", "verify", "--server", registry.baseUri().toString(), "--key", key));
    args.addAll(Arrays.asList(extra));
    return cli(args.toArray(String[]::new));
  }

  private CliRun withKey(String otherKey) {
    return cli("log", "verify", "--server", registry.baseUri().toString(), "--key", otherKey);
  }

  /** Saves the registry's current checkpoint to a file, as a client would. */
  private Path saveCheckpoint() throws Exception {
    Path file = Files.createTempFile(folder, "checkpoint", ".note");
    Files.writeString(file, anonymous.get("/api/v1/log/checkpoint").body());
    return file;
  }

  /** A release with a logged creation and the given logged state changes; returns its id. */
  private String release(String... states) {
    String org = organization("acme");
    return tx(
        tx -> {
          String orgId = tx.organizations().findBySlug(org).orElseThrow().id();
          String modelId = tx.models().create(orgId, unique("model"), "Model").id();
          Release current = tx.releases().create(modelId, "1.0.0");
          AuditLog audit = registry.context().audit();
          audit.append(
              tx,
              new AuditEvent(
                  "u1", "release.create", current.id(), null, "draft", null, Map.of(), true));
          for (String state : states) {
            Release next =
                tx.releases().update(current.withState(ReleaseState.fromWireName(state)));
            audit.append(
                tx,
                new AuditEvent(
                    "u1",
                    "release.move",
                    current.id(),
                    current.state().wireName(),
                    state,
                    "reviewed",
                    Map.of("tier", 2),
                    false));
            current = next;
          }
          return current.id();
        });
  }

  private long sequenceOf(String subject, String action) {
    return tx(
        tx ->
            tx.handle()
                .createQuery("SELECT MAX(seq) FROM audit_entries WHERE subject = ? AND action = ?")
                .bind(0, subject)
                .bind(1, action)
                .mapTo(Long.class)
                .one());
  }

  private void sql(String statement, Object... values) {
    run(
        tx -> {
          var update = tx.handle().createUpdate(statement);
          for (int index = 0; index < values.length; index++) {
            update.bind(index, values[index]);
          }
          update.execute();
        });
  }

  private JsonNode stateCheck() {
    return steward.get("/api/v1/log/state-check").json();
  }

  private static JsonNode check(JsonNode report, String name) {
    for (JsonNode check : report.path("checks")) {
      if (check.path("check").asText().equals(name)) {
        return check;
      }
    }
    throw new AssertionError("no check " + name + " in " + report);
  }

  @Test
  void verify_intactLog_exitsZeroAndSavesCheckpoint() throws Exception {
    release("submitted");
    Path old = saveCheckpoint();
    release("submitted", "in_review");
    Path saved = folder.resolve("latest.note");

    CliRun run = verify("--checkpoint", old.toString(), "--save-checkpoint", saved.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .startsWith("VERIFIED")
        .contains("consistency proof from size")
        .contains("revealed details match their commitments");
    assertThat(Files.readString(saved)).startsWith("test.clearance.dev/log\n");
    assertThat(stateCheck().path("ok").asBoolean()).as(stateCheck().toString()).isTrue();
  }

  @Test
  void verify_jsonFormat_reportsCheckpointAndCounts() throws Exception {
    release("submitted");

    CliRun run = verify("--format", "json");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
    JsonNode json = LogJson.mapper().readTree(run.out());
    assertThat(json.path("verified").asBoolean()).isTrue();
    assertThat(json.path("entries").asLong())
        .isEqualTo(json.path("checkpoint").path("size").asLong())
        .isPositive();
    assertThat(json.path("problems").size()).isZero();
  }

  @Test
  void export_thenVerifyFile_exitsZero_andAnEditedFileFails() throws Exception {
    release("submitted", "in_review");
    Path export = folder.resolve("log.jsonl");

    CliRun exported =
        cli("log", "export", "--server", registry.baseUri().toString(), "-o", export.toString());
    CliRun verified = cli("log", "verify", "--file", export.toString(), "--key", key);

    assertThat(exported.exitCode()).as(exported.err()).isEqualTo(ExitCode.OK);
    assertThat(exported.out()).contains("exported ");
    assertThat(verified.exitCode()).as(verified.out() + verified.err()).isEqualTo(ExitCode.OK);
    List<String> lines = Files.readAllLines(export, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("{\"checkpoint\":");
    int last = lines.size() - 1;
    lines.set(last, lines.get(last).replace("\\\"in_review\\\"", "\\\"approved\\\""));
    Files.write(export, lines, StandardCharsets.UTF_8);
    CliRun edited = cli("log", "verify", "--file", export.toString(), "--key", key);
    assertThat(edited.exitCode()).as(edited.out()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(edited.out()).contains("root mismatch");
  }

  @Test
  void editedLeaf_isFoundByVerifyAndStateCheck() throws Exception {
    String id = release("submitted");
    long sequence = sequenceOf(id, "release.move");
    Path old = saveCheckpoint();
    release();
    String original =
        tx(
            tx ->
                tx.handle()
                    .createQuery("SELECT leaf FROM audit_entries WHERE seq = ?")
                    .bind(0, sequence)
                    .mapTo(String.class)
                    .one());
    sql(
        "UPDATE audit_entries SET leaf = ? WHERE seq = ?",
        original.replace("\"after\":\"submitted\"", "\"after\":\"released\""),
        sequence);
    try {
      CliRun run = verify("--checkpoint", old.toString());
      JsonNode report = stateCheck();

      assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
      assertThat(run.out()).startsWith("VERIFICATION FAILED").contains("root mismatch");
      JsonNode log = check(report, "audit_log");
      assertThat(log.path("mismatches").toString()).contains("entry " + sequence);
      assertThat(report.path("ok").asBoolean()).isFalse();
    } finally {
      sql("UPDATE audit_entries SET leaf = ? WHERE seq = ?", original, sequence);
    }
    assertThat(verify().exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void deletedEntry_isFoundByVerifyAndStateCheck() throws Exception {
    String id = release();
    long sequence = sequenceOf(id, "release.create");
    release("submitted");
    Path old = saveCheckpoint();
    Map<String, Object> row =
        tx(
            tx ->
                tx.handle()
                    .createQuery(
                        "SELECT seq, subject, action, leaf, created_at FROM audit_entries WHERE seq = ?")
                    .bind(0, sequence)
                    .mapToMap()
                    .one());
    sql("DELETE FROM audit_entries WHERE seq = ?", sequence);
    try {
      CliRun run = verify("--checkpoint", old.toString());
      JsonNode report = stateCheck();

      assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
      assertThat(run.out()).contains("is numbered " + (sequence + 1));
      assertThat(check(report, "audit_log").path("mismatches").toString())
          .contains("audit entry " + sequence + " is missing");
      assertThat(check(report, "releases").path("mismatches").toString())
          .as("the release's only release.* entry is gone")
          .contains(id);
    } finally {
      sql(
          "INSERT INTO audit_entries (seq, subject, action, leaf, created_at) VALUES (?, ?, ?, ?, ?)",
          sequence,
          row.get("subject"),
          row.get("action"),
          row.get("leaf"),
          ((Number) row.get("created_at")).longValue());
    }
    assertThat(verify().exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void editedNodeHash_isFoundByVerifyAndStateCheck() throws Exception {
    release("submitted");
    Path old = saveCheckpoint();
    release("submitted", "in_review");
    long size = tx(tx -> tx.audit().readTree().size());
    int level = 63 - Long.numberOfLeadingZeros(size);
    String original =
        tx(
            tx ->
                tx.handle()
                    .createQuery("SELECT hash FROM audit_nodes WHERE level = ? AND idx = 0")
                    .bind(0, level)
                    .mapTo(String.class)
                    .one());
    String flipped = (original.charAt(0) == '0' ? "1" : "0") + original.substring(1);
    sql("UPDATE audit_nodes SET hash = ? WHERE level = ? AND idx = 0", flipped, level);
    try {
      CliRun run = verify("--checkpoint", old.toString());
      JsonNode report = stateCheck();

      assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
      assertThat(run.out()).contains("root mismatch at tree size " + size);
      assertThat(check(report, "audit_log").path("mismatches").toString())
          .contains("node (" + level + ",0)");
    } finally {
      sql("UPDATE audit_nodes SET hash = ? WHERE level = ? AND idx = 0", original, level);
      // The registry signed a checkpoint over the edited node; remove it with the edit.
      sql("DELETE FROM audit_checkpoints WHERE size = ?", size);
    }
    assertThat(verify().exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void editedDecisionRow_logStillVerifies_butStateCheckNamesTheRow() throws Exception {
    String id = release("submitted");
    Path old = saveCheckpoint();
    sql("UPDATE releases SET state = 'released' WHERE id = ?", id);
    try {
      CliRun run = verify("--checkpoint", old.toString());
      JsonNode report = stateCheck();

      assertThat(run.exitCode()).as("the log itself is intact").isEqualTo(ExitCode.OK);
      assertThat(report.path("ok").asBoolean()).isFalse();
      JsonNode mismatch = check(report, "releases").path("mismatches").get(0);
      assertThat(mismatch.path("subject").asText()).isEqualTo(id);
      assertThat(mismatch.path("stored").asText()).isEqualTo("released");
      assertThat(mismatch.path("logged").asText()).isEqualTo("submitted");
    } finally {
      sql("UPDATE releases SET state = 'submitted' WHERE id = ?", id);
    }
    assertThat(stateCheck().path("ok").asBoolean()).isTrue();
  }

  @Test
  void verify_checkpointNotSignedByPinnedKey_failsVerification() throws Exception {
    NoteSigner other = NoteSigner.generate("test.clearance.dev/log");
    CliRun run = withKey(other.verifier().verifierKey());

    assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(run.out()).contains("does not verify with the pinned key");
  }

  @Test
  void verify_badInputs_exitTwoWithHints() throws Exception {
    Path garbage = Files.writeString(folder.resolve("log.jsonl"), "{\"nope\": 1}\n");

    CliRun badKey = withKey("not-a-key");
    CliRun badFile = cli("log", "verify", "--file", garbage.toString(), "--key", key);
    CliRun noServer = cli("log", "verify", "--server", "http://127.0.0.1:1", "--key", key);
    CliRun badUrl = cli("log", "verify", "--server", "ftp://x", "--key", key);
    CliRun both =
        cli("log", "verify", "--server", "http://x", "--file", garbage.toString(), "--key", key);

    assertThat(badKey.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(badKey.err()).contains("error: --key").contains("hint:");
    assertThat(badFile.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(badFile.err()).contains("first line must be");
    assertThat(noServer.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(noServer.err()).contains("did not answer").contains("hint: Check --server");
    assertThat(badUrl.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(both.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(both.err()).contains("mutually exclusive");
  }
}
