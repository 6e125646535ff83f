package dev.clearance.ledger.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.ledger.Hash;
import dev.clearance.ledger.TestData;
import dev.clearance.ledger.TreeHasher;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

  static AuditEntry approval(long sequence) {
    return new AuditEntry(
        sequence,
        Instant.parse("2026-11-27T10:15:30.123456Z"),
        "user:ada@example.org",
        "release.approve",
        "release:acme/llama-x@1.2.0",
        "in_review",
        "approved",
        "All findings answered; review window of 30 days elapsed.",
        new Commitment(Hash.fromHex("00".repeat(31) + "ff")));
  }

  @Test
  void leafData_knownEntry_isStableCanonicalJson() {
    byte[] expected = TestData.read(TestData.folder("entry").resolve("approval.leaf.json"));
    assertThat(new String(approval(7).leafData(), StandardCharsets.UTF_8))
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(approval(7).leafHash()).isEqualTo(TreeHasher.create().leaf(expected));
  }

  @Test
  void parse_leafData_roundTrips() throws EntryException {
    AuditEntry entry = approval(3);
    assertThat(AuditEntry.parse(entry.leafData())).isEqualTo(entry);
    AuditEntry minimal =
        new AuditEntry(0, Instant.EPOCH, "a", "model.create", "model:x", null, null, null, null);
    assertThat(AuditEntry.parse(minimal.leafData())).isEqualTo(minimal);
    assertThat(new String(minimal.leafData(), StandardCharsets.UTF_8))
        .contains("\"after\":null,\"before\":null,\"commitment\":null");
  }

  @Test
  void parse_unknownOrMissingField_failsNamingIt() {
    String leaf = new String(approval(1).leafData(), StandardCharsets.UTF_8);
    String extra = leaf.replace("{\"action\"", "{\"aaa\":1,\"action\"");
    assertThatThrownBy(() -> AuditEntry.parse(extra.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(EntryException.class)
        .hasMessageContaining("unknown [aaa]");
    String missing = leaf.replaceFirst("\"reason\":\"[^\"]*\",", "");
    assertThatThrownBy(() -> AuditEntry.parse(missing.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("missing [reason]");
  }

  @Test
  void parse_alteredOrReformatted_isRefused() {
    String leaf = new String(approval(1).leafData(), StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> AuditEntry.parse(leaf.replace(",", ", ").getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("not in canonical form");
    assertThatThrownBy(
            () ->
                AuditEntry.parse(
                    leaf.replace(".123456Z", ".123456000Z").getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("not in canonical form");
    assertThatThrownBy(
            () ->
                AuditEntry.parse(
                    leaf.replace("\"version\":1", "\"version\":2")
                        .getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("version must be 1");
    assertThatThrownBy(
            () ->
                AuditEntry.parse(
                    leaf.replace("00000000ff", "00000000FF").getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("64 lower-case hex digits");
  }

  @Test
  void constructor_nanosecondTime_isRefusedWithFix() {
    assertThatThrownBy(
            () ->
                new AuditEntry(
                    0,
                    Instant.parse("2026-11-27T10:15:30.123456789Z"),
                    "a",
                    "b",
                    "c",
                    null,
                    null,
                    null,
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("truncatedTo(ChronoUnit.MICROS)");
  }

  @Test
  void constructor_emptyActorOrHugeReason_isRefused() {
    assertThatThrownBy(() -> new AuditEntry(0, Instant.EPOCH, "", "b", "c", null, null, null, null))
        .hasMessageContaining("actor must not be empty");
    String huge = "x".repeat(AuditEntry.MAX_LEAF_BYTES);
    assertThatThrownBy(
            () -> new AuditEntry(0, Instant.EPOCH, "a", "b", "c", null, null, huge, null))
        .hasMessageContaining("more than the limit of 65536");
  }
}
