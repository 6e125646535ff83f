package dev.clearance.artifacts.signing;

import dev.clearance.document.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Creates, writes and reads signing keys as PEM: private keys as PKCS#8 ({@code PRIVATE KEY}),
 * public keys as SubjectPublicKeyInfo ({@code PUBLIC KEY}), the encodings the OMS reference and
 * OpenSSL use.
 */
public final class KeyFiles {

  /** File name of the private key written by {@link #generate}. */
  public static final String PRIVATE_FILE = "private.pem";

  /** File name of the public key written by {@link #generate}. */
  public static final String PUBLIC_FILE = "public.pem";

  private KeyFiles() {}

  /** A fresh key pair of the given type. */
  public static KeyPair newKeyPair(KeyType type) {
    try {
      if (type == KeyType.ED25519) {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      }
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException missing) {
      throw new IllegalStateException("the JDK lacks " + type, missing);
    }
  }

  /**
   * Generates a key pair and writes {@code private.pem} (owner-only permissions where the file
   * system supports them) and {@code public.pem} into the folder, creating it.
   *
   * @throws InputException if a key file already exists there or the folder cannot be written
   */
  public static KeyPair generate(KeyType type, Path folder) throws InputException {
    Path privateFile = folder.resolve(PRIVATE_FILE);
    Path publicFile = folder.resolve(PUBLIC_FILE);
    for (Path existing : new Path[] {privateFile, publicFile}) {
      if (Files.exists(existing)) {
        throw new InputException(
            existing.toString(), 0, "key file already exists", "choose another --out folder");
      }
    }
    KeyPair pair = newKeyPair(type);
    try {
      Files.createDirectories(folder);
      Files.createFile(privateFile);
      try {
        Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the folder's ACL applies.
      }
      Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
      Files.writeString(publicFile, publicPem(pair.getPublic()));
    } catch (IOException failure) {
      throw new InputException(folder.toString(), 0, "cannot write keys: " + failure, "");
    }
    return pair;
  }

  /**
   * The public key as PEM text, byte for byte as Python's {@code cryptography} writes it (64
   * characters a line, {@code \n} line ends); its SHA-256 is the bundle's key hint.
   */
  public static String publicPem(PublicKey key) {
    return pem("PUBLIC KEY", key.getEncoded());
  }

  /**
   * Reads a PKCS#8 private key (Ed25519 or EC).
   *
   * @throws InputException if the file is missing, not PEM, or holds another kind of key
   */
  public static PrivateKey readPrivate(Path file) throws InputException {
    byte[] der = readPem(file, "PRIVATE KEY");
    for (String algorithm : new String[] {"Ed25519", "EC"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException notThisOne) {
        // try the next algorithm
      }
    }
    throw new InputException(
        file.toString(), 0, "not an Ed25519 or EC private key", "create one: clearance keygen");
  }

  /**
   * Reads a SubjectPublicKeyInfo public key (Ed25519 or EC).
   *
   * @throws InputException if the file is missing, not PEM, or holds another kind of key
   */
  public static PublicKey readPublic(Path file) throws InputException {
    return decodePublic(readPem(file, "PUBLIC KEY"), file.toString());
  }

  /**
   * Decodes DER SubjectPublicKeyInfo.
   *
   * @param source names the input in messages
   * @throws InputException if it is not an Ed25519 or EC key
   */
  public static PublicKey decodePublic(byte[] der, String source) throws InputException {
    for (String algorithm : new String[] {"Ed25519", "EC"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
      } catch (GeneralSecurityException notThisOne) {
        // try the next algorithm
      }
    }
    throw new InputException(
        source, 0, "not an Ed25519 or EC public key", "pass the signer's public.pem");
  }

  /**
   * The DER bytes inside the first PEM block with the given label in the text.
   *
   * @throws InputException if there is no such block or its base64 is broken
   */
  public static byte[] decodePem(String text, String label, String source) throws InputException {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = text.indexOf(begin);
    int to = from < 0 ? -1 : text.indexOf(end, from);
    if (from < 0 || to < 0) {
      String hint =
          text.contains("-----BEGIN EC PRIVATE KEY-----")
              ? "convert it: openssl pkcs8 -topk8 -nocrypt -in KEY -out private.pem"
              : "expected a PEM block '" + begin + "'";
      throw new InputException(source, 0, "no " + label + " PEM block", hint);
    }
    try {
      return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    } catch (IllegalArgumentException broken) {
      throw new InputException(source, 0, "broken base64 in PEM: " + broken.getMessage(), "");
    }
  }

  private static byte[] readPem(Path file, String label) throws InputException {
    String text;
    try {
      if (Files.size(file) > 1 << 20) {
        throw new InputException(file.toString(), 0, "too large for a key file", "");
      }
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (java.nio.file.NoSuchFileException missing) {
      throw new InputException(file.toString(), 0, "no such key file", "check the path");
    } catch (IOException | java.io.UncheckedIOException failure) {
      throw new InputException(file.toString(), 0, "cannot read key: " + failure, "");
    }
    return decodePem(text, label, file.toString());
  }

  private static String pem(String label, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }
}
