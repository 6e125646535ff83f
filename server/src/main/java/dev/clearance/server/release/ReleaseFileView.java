package dev.clearance.server.release;

import dev.clearance.store.release.ReleaseFile;

/**
 * A file of a release's dossier.
 *
 * @param path the relative path in the dossier, e.g. {@code evals/results.json}
 * @param kind what the file is: card, config, index, bundle, eval or other
 * @param sha256 lowercase hex SHA-256 of the bytes
 */
public record ReleaseFileView(
    String path, String kind, long size, String sha256, String uploadedAt) {

  /** The view of {@code file}. */
  public static ReleaseFileView of(ReleaseFile file) {
    return new ReleaseFileView(
        file.name(),
        file.kind().code(),
        file.sizeBytes(),
        file.sha256(),
        Times.iso(file.createdAt()));
  }
}
