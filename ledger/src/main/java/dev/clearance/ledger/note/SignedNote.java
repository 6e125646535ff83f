package dev.clearance.ledger.note;

import dev.clearance.ledger.internal.NoteText;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A signed note (c2sp.org/signed-note): a UTF-8 text ending in a newline, a blank line, and one or
 * more signature lines {@code — <key name> base64(key ID || signature)}. The text may contain blank
 * lines; the last blank line of the note separates it from the signatures. No control characters
 * other than newline are allowed anywhere.
 *
 * <p>{@link #parse} is bounded: at most {@value #MAX_BYTES} bytes and {@value #MAX_SIGNATURES}
 * signatures. {@link #toBytes()} writes exactly what {@link #parse} reads back.
 *
 * @param text the signed text, ending in a newline
 * @param signatures the signature lines, in order, at least one
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

  /** The largest note {@link #parse} accepts: 1 MiB. */
  public static final int MAX_BYTES = 1 << 20;

  /** The most signature lines {@link #parse} accepts (the spec asks for at least 16). */
  public static final int MAX_SIGNATURES = 100;

  private static final String DASH = "\u2014 ";

  /**
   * @throws IllegalArgumentException if the text is not valid note text or there is no signature
   */
  public SignedNote {
    requireValidText(text);
    signatures = List.copyOf(signatures);
    if (signatures.isEmpty()) {
      throw new IllegalArgumentException("a signed note needs at least one signature");
    }
  }

  /**
   * Parses a signed note.
   *
   * @throws CheckpointException naming the problem and where: too large, not UTF-8, a control
   *     character, no blank line before the signatures, a malformed signature line, too many
   */
  public static SignedNote parse(byte[] note) throws CheckpointException {
    if (note.length > MAX_BYTES) {
      throw new CheckpointException(
          "signed note has " + note.length + " bytes, more than the limit of " + MAX_BYTES);
    }
    String all = decodeUtf8(note);
    Optional<String> problem = problem(all, "signed note");
    if (problem.isPresent()) {
      throw new CheckpointException(problem.get());
    }
    if (!all.endsWith("\n")) {
      throw new CheckpointException("signed note does not end with a newline");
    }
    int separator = all.lastIndexOf("\n\n");
    if (separator < 0) {
      throw new CheckpointException(
          "signed note has no blank line between its text and its signatures");
    }
    String text = all.substring(0, separator + 1);
    String block = all.substring(separator + 2);
    if (block.isEmpty()) {
      throw new CheckpointException("signed note has no signature line after its last blank line");
    }
    String[] lines = block.split("\n");
    if (lines.length > MAX_SIGNATURES) {
      throw new CheckpointException(
          "signed note has "
              + lines.length
              + " signatures, more than the limit of "
              + MAX_SIGNATURES);
    }
    List<NoteSignature> signatures = new ArrayList<>(lines.length);
    for (int index = 0; index < lines.length; index++) {
      signatures.add(parseSignature(lines[index], index + 1));
    }
    return new SignedNote(text, signatures);
  }

  /** The note as bytes: text, blank line, signature lines, each ending in a newline. */
  public byte[] toBytes() {
    return toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The note as text; see {@link #toBytes()}. */
  @Override
  public String toString() {
    StringBuilder note = new StringBuilder(text).append('\n');
    for (NoteSignature signature : signatures) {
      note.append(signature.line()).append('\n');
    }
    return note.toString();
  }

  /**
   * Verifies the note against trusted keys as c2sp.org/signed-note requires: signatures by unknown
   * keys (name and key ID not both matching a trusted key) are ignored; every signature by a
   * trusted key must verify; at least one must.
   *
   * @return the verified text
   * @throws CheckpointException if a trusted key's signature fails, or no trusted key signed
   */
  public String verify(Collection<NoteVerifier> trusted) throws CheckpointException {
    int verified = 0;
    for (NoteSignature signature : signatures) {
      for (NoteVerifier verifier : trusted) {
        if (verifier.matches(signature)) {
          if (!verifier.verifies(text, signature)) {
            throw new CheckpointException(
                "signature by "
                    + signature.keyName()
                    + " (key ID "
                    + signature.keyIdHex()
                    + ") does not verify over the note text: the text or the signature was"
                    + " altered");
          }
          verified++;
        }
      }
    }
    if (verified == 0) {
      throw new CheckpointException(
          "no signature by a trusted key: the note is signed by "
              + signatures.stream()
                  .map(signature -> signature.keyName() + " (" + signature.keyIdHex() + ")")
                  .collect(Collectors.joining(", "))
              + "; trusted: "
              + trusted.stream()
                  .map(verifier -> verifier.name() + " (" + verifier.keyIdHex() + ")")
                  .collect(Collectors.joining(", ")));
    }
    return text;
  }

  /**
   * @throws IllegalArgumentException unless {@code text} ends with a newline and has no other
   *     control character and no unpaired surrogate
   */
  static void requireValidText(String text) {
    if (text == null || !text.endsWith("\n")) {
      throw new IllegalArgumentException("note text must end with a newline");
    }
    problem(text, "note text")
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
    if (text.length() > MAX_BYTES) {
      throw new IllegalArgumentException("note text is longer than " + MAX_BYTES);
    }
  }

  private static Optional<String> problem(String text, String what) {
    int line = 1;
    int start = 0;
    for (int offset = 0; offset <= text.length(); offset++) {
      if (offset == text.length() || text.charAt(offset) == '\n') {
        Optional<String> problem = NoteText.lineProblem(text.substring(start, offset));
        if (problem.isPresent()) {
          return Optional.of(what + " line " + line + " " + problem.get());
        }
        line++;
        start = offset + 1;
      }
    }
    return Optional.empty();
  }

  private static NoteSignature parseSignature(String line, int number) throws CheckpointException {
    String where = "signature line " + number;
    if (!line.startsWith(DASH)) {
      throw new CheckpointException(
          where + " must start with an em dash (U+2014) and a space, got '" + clip(line) + "'");
    }
    String rest = line.substring(DASH.length());
    int space = rest.indexOf(' ');
    if (space <= 0) {
      throw new CheckpointException(
          where + " must be '— <key name> <base64 signature>', got '" + clip(line) + "'");
    }
    String name = rest.substring(0, space);
    Optional<String> nameProblem = NoteText.nameProblem(name);
    if (nameProblem.isPresent()) {
      throw new CheckpointException(where + ": " + nameProblem.get());
    }
    byte[] payload =
        NoteText.decodeBase64(rest.substring(space + 1))
            .orElseThrow(
                () ->
                    new CheckpointException(
                        where + " (" + name + "): the signature is not canonical base64"));
    if (payload.length < 5) {
      throw new CheckpointException(
          where
              + " ("
              + name
              + "): expected a 4-byte key ID and a signature, got "
              + payload.length
              + " byte(s)");
    }
    int keyId = ByteBuffer.wrap(payload).getInt();
    return new NoteSignature(name, keyId, Arrays.copyOfRange(payload, 4, payload.length));
  }

  private static String decodeUtf8(byte[] note) throws CheckpointException {
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(note));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new CheckpointException("signed note is not valid UTF-8: " + e.getMessage(), e);
    }
  }

  private static String clip(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }
}
