package dev.clearance.server.release;

import dev.clearance.store.release.ReleaseFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest over the uploaded files a check report was made from: SHA-256 over one line {@code
 * <path> NUL <sha256> LF} per file, sorted by path, signature bundles included. It only tells
 * whether the files changed (added, removed, renamed, replaced) since the check; it is not the
 * model's root digest, which comes from the verified signature bundle ({@link BundleCheck}, ART-2).
 */
final class CheckedFilesDigest {

  private CheckedFilesDigest() {}

  static String of(List<ReleaseFile> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      files.stream()
          .sorted(Comparator.comparing(ReleaseFile::name))
          .forEach(
              file ->
                  digest.update(
                      (file.name() + "\u0000" + file.sha256() + "\n")
                          .getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("the JDK has no SHA-256", missing);
    }
  }
}
