package dev.clearance.ledger.note;

import dev.clearance.ledger.Hash;
import dev.clearance.ledger.internal.NoteText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A transparency log checkpoint (c2sp.org/tlog-checkpoint): the note text
 *
 * <pre>
 * &lt;origin&gt;
 * &lt;tree size, decimal, no leading zeroes&gt;
 * &lt;base64 of the RFC 6962 root hash&gt;
 * [extension lines]
 * </pre>
 *
 * each line ending in a newline. {@link #parse} reads exactly what {@link #toNoteText()} writes.
 *
 * @param origin the log's unique identity, e.g. {@code clearance.example/log}; non-empty
 * @param size the tree size, at least 0
 * @param root the root hash at that size
 * @param extensions optional non-empty extension lines (not recommended by the spec)
 */
public record Checkpoint(String origin, long size, Hash root, List<String> extensions) {

  /**
   * @throws IllegalArgumentException if the origin is empty or any line contains a newline or a
   *     control character, the size is negative, or an extension line is empty
   */
  public Checkpoint {
    Objects.requireNonNull(root, "root");
    if (origin == null || origin.isEmpty()) {
      throw new IllegalArgumentException("checkpoint origin must not be empty");
    }
    NoteText.lineProblem(origin)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException("checkpoint origin " + problem);
            });
    if (size < 0) {
      throw new IllegalArgumentException("checkpoint tree size must be at least 0, got " + size);
    }
    extensions = List.copyOf(extensions);
    for (int index = 0; index < extensions.size(); index++) {
      String line = extensions.get(index);
      if (line.isEmpty()) {
        throw new IllegalArgumentException(
            "checkpoint extension line " + (index + 1) + " is empty");
      }
      int number = index + 1;
      NoteText.lineProblem(line)
          .ifPresent(
              problem -> {
                throw new IllegalArgumentException(
                    "checkpoint extension line " + number + " " + problem);
              });
    }
  }

  /** A checkpoint without extension lines. */
  public Checkpoint(String origin, long size, Hash root) {
    this(origin, size, root, List.of());
  }

  /** The note text: origin, size, base64 root and extension lines, each ending in a newline. */
  public String toNoteText() {
    StringBuilder text =
        new StringBuilder(origin)
            .append('\n')
            .append(size)
            .append('\n')
            .append(root.base64())
            .append('\n');
    for (String extension : extensions) {
      text.append(extension).append('\n');
    }
    return text.toString();
  }

  /** This checkpoint's note text signed by {@code signer}. */
  public SignedNote sign(NoteSigner signer) {
    return signer.sign(toNoteText());
  }

  /**
   * Parses checkpoint note text (the text of a verified signed note).
   *
   * @throws CheckpointException naming the line that is wrong and what it holds
   */
  public static Checkpoint parse(String text) throws CheckpointException {
    if (text.length() > SignedNote.MAX_BYTES) {
      throw new CheckpointException("checkpoint text is longer than " + SignedNote.MAX_BYTES);
    }
    if (!text.endsWith("\n")) {
      throw new CheckpointException("checkpoint text does not end with a newline");
    }
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    if (lines.length < 3) {
      throw new CheckpointException(
          "checkpoint needs at least 3 lines (origin, tree size, root hash), got " + lines.length);
    }
    for (int index = 0; index < lines.length; index++) {
      if (lines[index].isEmpty()) {
        throw new CheckpointException("checkpoint line " + (index + 1) + " is empty");
      }
      Optional<String> problem = NoteText.lineProblem(lines[index]);
      if (problem.isPresent()) {
        throw new CheckpointException("checkpoint line " + (index + 1) + " " + problem.get());
      }
    }
    long size = parseSize(lines[1]);
    byte[] root =
        NoteText.decodeBase64(lines[2])
            .filter(bytes -> bytes.length == Hash.LENGTH)
            .orElseThrow(
                () ->
                    new CheckpointException(
                        "checkpoint line 3 must be the base64 of a 32-byte root hash, got '"
                            + clip(lines[2])
                            + "'"));
    List<String> extensions = new ArrayList<>(List.of(lines).subList(3, lines.length));
    return new Checkpoint(lines[0], size, Hash.of(root), extensions);
  }

  /**
   * Parses a signed note, verifies it against trusted keys ({@link SignedNote#verify}) and parses
   * its text as a checkpoint.
   *
   * @throws CheckpointException if the note is malformed, not signed by a trusted key, or not a
   *     checkpoint
   */
  public static Checkpoint open(byte[] signedNote, Collection<NoteVerifier> trusted)
      throws CheckpointException {
    return parse(SignedNote.parse(signedNote).verify(trusted));
  }

  private static long parseSize(String line) throws CheckpointException {
    if (!line.matches("0|[1-9][0-9]{0,18}")) {
      throw new CheckpointException(
          "checkpoint line 2 must be the tree size in decimal without leading zeroes, got '"
              + clip(line)
              + "'");
    }
    try {
      return Long.parseLong(line);
    } catch (NumberFormatException e) {
      throw new CheckpointException(
          "checkpoint line 2: tree size " + line + " is larger than " + Long.MAX_VALUE, e);
    }
  }

  private static String clip(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }
}
