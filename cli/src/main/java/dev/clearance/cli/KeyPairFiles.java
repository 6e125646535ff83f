package dev.clearance.cli;

import dev.clearance.artifacts.signing.KeyFiles;
import dev.clearance.artifacts.signing.Signatures;
import dev.clearance.document.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * The key pair a signing command ({@code sign}, {@code attest}) signs with: the private key file
 * and its public key ({@code public.pem} next to it unless given), checked to belong together and
 * to lie outside the model folder, where it would be published.
 */
final class KeyPairFiles {

  private KeyPairFiles() {}

  /**
   * @param publicKey the public key file, or {@code null} for {@code public.pem} next to {@code
   *     key}
   * @throws InputException if the private key is inside {@code folder}, a file is missing or
   *     malformed, or the public key does not belong to the private key
   */
  static KeyPair load(Path folder, Path key, Path publicKey) throws InputException {
    if (DigestCommand.inside(folder, key) != null) {
      throw new InputException(
          key.toString(),
          0,
          "the private key is inside the model folder and would be published with it",
          "move the key out of the folder (and treat it as exposed if it was ever uploaded)");
    }
    PrivateKey privateKey = KeyFiles.readPrivate(key);
    Path publicFile =
        publicKey != null ? publicKey : key.toAbsolutePath().resolveSibling(KeyFiles.PUBLIC_FILE);
    if (!Files.exists(publicFile)) {
      throw new InputException(
          publicFile.toString(), 0, "no public key next to the private key", "pass --public-key");
    }
    PublicKey publicPart = KeyFiles.readPublic(publicFile);
    byte[] probe = "clearance key pair check".getBytes(StandardCharsets.US_ASCII);
    boolean paired =
        publicPart.getAlgorithm().equals(privateKey.getAlgorithm())
            && Signatures.verify(publicPart, probe, Signatures.sign(privateKey, probe));
    if (!paired) {
      throw new InputException(
          publicFile.toString(),
          0,
          "this public key does not belong to " + key,
          "pass the matching --public-key");
    }
    return new KeyPair(publicPart, privateKey);
  }
}
