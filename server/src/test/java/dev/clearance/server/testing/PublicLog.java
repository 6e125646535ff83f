package dev.clearance.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.ledger.LogVerification;
import dev.clearance.ledger.LogVerifier;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.entry.EntryException;
import dev.clearance.ledger.note.Checkpoint;
import dev.clearance.ledger.note.CheckpointException;
import dev.clearance.ledger.note.NoteVerifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Verifies a registry's audit log the way {@code clearance log verify --server URL --key KEY} does,
 * through the public HTTP API only (ACC-1): the served checkpoint must be signed by the pinned key,
 * the root recomputed from every entry ({@code GET /api/v1/log/entries}) must equal the
 * checkpoint's, every entry must be canonical with its position as sequence, and every revealed
 * details object must match its entry's commitment. It uses the ledger's {@link LogVerifier}, the
 * verifier the CLI runs.
 *
 * @param verification the ledger's verdict on entries against the checkpoint
 * @param checkpoint the served checkpoint, verified against the pinned key
 * @param entries every entry read, in log order
 * @param revealedDetails how many revealed details matched their commitment
 * @param problems entries that do not parse or whose revealed details do not match
 */
public record PublicLog(
    LogVerification verification,
    Checkpoint checkpoint,
    List<AuditEntry> entries,
    int revealedDetails,
    List<String> problems) {

  private static final int PAGE = 1000;

  public PublicLog {
    Objects.requireNonNull(verification, "verification");
    Objects.requireNonNull(checkpoint, "checkpoint");
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  /** The actions of the entries about {@code subject}, in log order. */
  public List<String> actionsAbout(String subject) {
    return entries.stream()
        .filter(entry -> entry.subject().equals(subject))
        .map(AuditEntry::action)
        .toList();
  }

  /** Whether the log verified with no problem. */
  public boolean ok() {
    return verification.ok() && problems.isEmpty();
  }

  /**
   * Reads the checkpoint, then every entry, from the registry as {@code client}.
   *
   * @param pinnedKey the verifier key the client trusts (from {@code GET /api/v1/log/key} over a
   *     channel it trusts)
   * @throws CheckpointException if the key is malformed or the checkpoint is not signed by it
   * @throws AssertionError if the registry does not answer 200
   */
  public static PublicLog read(ApiClient client, String pinnedKey) throws CheckpointException {
    NoteVerifier verifier = NoteVerifier.parse(pinnedKey);
    Checkpoint checkpoint =
        Checkpoint.open(
            ok(client.get("/api/v1/log/checkpoint")).body().getBytes(StandardCharsets.UTF_8),
            List.of(verifier));
    List<AuditEntry> entries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int revealed = 0;
    long start = 0;
    while (true) {
      JsonNode page =
          ok(client.get("/api/v1/log/entries?start=" + start + "&limit=" + PAGE)).json();
      for (JsonNode item : page.path("items")) {
        long sequence = item.path("sequence").asLong();
        AuditEntry entry;
        try {
          entry = AuditEntry.parse(item.path("leaf").asText().getBytes(StandardCharsets.UTF_8));
        } catch (EntryException e) {
          problems.add("entry " + sequence + " is not a canonical audit entry: " + e.getMessage());
          continue;
        }
        if (entry.sequence() != sequence) {
          problems.add("entry " + sequence + " has sequence " + entry.sequence() + " in its leaf");
        }
        JsonNode details = item.get("details");
        if (details != null) {
          if (entry.commitment() == null) {
            problems.add("entry " + sequence + " shows details but commits to none");
          } else {
            try {
              entry
                  .commitment()
                  .verify(
                      details.path("details"),
                      HexFormat.of().parseHex(details.path("salt").asText()));
              revealed++;
            } catch (EntryException | IllegalArgumentException e) {
              problems.add("entry " + sequence + ": " + e.getMessage());
            }
          }
        }
        entries.add(entry);
      }
      if (!page.hasNonNull("next")) {
        break;
      }
      start = page.path("next").asLong();
    }
    LogVerification verification =
        LogVerifier.verifyEntries(entries.iterator(), List.of(checkpoint));
    return new PublicLog(verification, checkpoint, entries, revealed, problems);
  }

  private static ApiResponse ok(ApiResponse response) {
    if (response.status() != 200) {
      throw new AssertionError("the registry answered " + response);
    }
    return response;
  }
}
