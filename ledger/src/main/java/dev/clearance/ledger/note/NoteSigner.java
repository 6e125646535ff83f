package dev.clearance.ledger.note;

import dev.clearance.ledger.internal.Ed25519Keys;
import dev.clearance.ledger.internal.NoteText;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Signs notes with an Ed25519 key under a key name (c2sp.org/signed-note). Its secret text form,
 * the signer key, is {@code PRIVATE+KEY+<name>+<key ID hex>+base64(0x01 || 32-byte seed)}; keep it
 * out of logs and version control. Thread-safe.
 */
public final class NoteSigner {

  private static final String SIGNER_KEY_PREFIX = "PRIVATE+KEY+";

  private final NoteVerifier verifier;
  private final PrivateKey privateKey;
  private final byte[] seed;

  private NoteSigner(NoteVerifier verifier, PrivateKey privateKey) {
    this.verifier = verifier;
    this.privateKey = privateKey;
    this.seed = Ed25519Keys.seed(privateKey);
  }

  /**
   * A signer with a fresh random key named {@code name}.
   *
   * @throws CheckpointException if the name is not a valid key name
   */
  public static NoteSigner generate(String name) throws CheckpointException {
    KeyPair pair = Ed25519Keys.generate();
    return new NoteSigner(
        NoteVerifier.of(name, Ed25519Keys.rawPublicKey(pair.getPublic())), pair.getPrivate());
  }

  /**
   * A signer from its signer key text {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 ||
   * seed)>}.
   *
   * @throws CheckpointException naming what is wrong (the secret itself is never in the message)
   */
  public static NoteSigner parse(String signerKey) throws CheckpointException {
    if (signerKey == null || !signerKey.startsWith(SIGNER_KEY_PREFIX)) {
      throw new CheckpointException("signer key must start with " + SIGNER_KEY_PREFIX);
    }
    List<String> parts =
        List.of(signerKey.strip().substring(SIGNER_KEY_PREFIX.length()).split("\\+", 3));
    if (parts.size() != 3) {
      throw new CheckpointException(
          "signer key must be PRIVATE+KEY+<name>+<key ID hex>+<base64 seed>");
    }
    String name = parts.get(0);
    Optional<String> problem = NoteText.nameProblem(name);
    if (problem.isPresent()) {
      throw new CheckpointException("signer key: " + problem.get());
    }
    byte[] typed =
        NoteText.decodeBase64(parts.get(2))
            .filter(bytes -> bytes.length == 33 && bytes[0] == NoteVerifier.ED25519_TYPE)
            .orElseThrow(
                () ->
                    new CheckpointException(
                        "signer key '" + name + "': expected base64 of 0x01 and a 32-byte seed"));
    KeyPair pair;
    try {
      pair = Ed25519Keys.fromSeed(Arrays.copyOfRange(typed, 1, typed.length));
    } catch (GeneralSecurityException e) {
      throw new CheckpointException("signer key '" + name + "': " + e.getMessage(), e);
    }
    NoteSigner signer =
        new NoteSigner(
            NoteVerifier.of(name, Ed25519Keys.rawPublicKey(pair.getPublic())), pair.getPrivate());
    if (!parts.get(1).equalsIgnoreCase(signer.verifier.keyIdHex())) {
      throw new CheckpointException(
          "signer key '"
              + name
              + "': key ID "
              + parts.get(1)
              + " does not match name and key, expected "
              + signer.verifier.keyIdHex());
    }
    return signer;
  }

  /** The key name. */
  public String name() {
    return verifier.name();
  }

  /** The public half: the verifier to publish. */
  public NoteVerifier verifier() {
    return verifier;
  }

  /** The secret signer key text; see the class comment. */
  public String signerKey() {
    byte[] typed = new byte[1 + seed.length];
    typed[0] = NoteVerifier.ED25519_TYPE;
    System.arraycopy(seed, 0, typed, 1, seed.length);
    return SIGNER_KEY_PREFIX
        + verifier.name()
        + "+"
        + verifier.keyIdHex()
        + "+"
        + Base64.getEncoder().encodeToString(typed);
  }

  /**
   * The signature line of this key over {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not valid note text ({@link SignedNote})
   */
  public NoteSignature signature(String text) {
    SignedNote.requireValidText(text);
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(privateKey);
      signer.update(text.getBytes(StandardCharsets.UTF_8));
      return new NoteSignature(verifier.name(), verifier.keyId(), signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  /**
   * A note of {@code text} signed by this key alone.
   *
   * @throws IllegalArgumentException if {@code text} is not valid note text ({@link SignedNote})
   */
  public SignedNote sign(String text) {
    return new SignedNote(text, List.of(signature(text)));
  }

  /** Names the key, never the secret. */
  @Override
  public String toString() {
    return "NoteSigner[" + verifier.verifierKey() + "]";
  }
}
