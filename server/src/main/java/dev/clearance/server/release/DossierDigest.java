package dev.clearance.server.release;

import dev.clearance.artifacts.manifest.Manifest;
import dev.clearance.artifacts.manifest.ResourceDigest;
import dev.clearance.artifacts.manifest.ResourceOrder;
import dev.clearance.artifacts.manifest.SerializationMethod;
import dev.clearance.store.release.FileKind;
import dev.clearance.store.release.ReleaseFile;
import java.util.List;

/**
 * The root digest of a release's dossier: the OMS root digest (as {@code clearance digest} computes
 * it, ART-2) over the uploaded files in manifest order, leaving out signature bundles, which sign
 * the files and so cannot be among them. Attestations (issue 6) name this digest.
 */
final class DossierDigest {

  private DossierDigest() {}

  static String of(List<ReleaseFile> files) {
    List<ResourceDigest> resources =
        files.stream()
            .filter(file -> file.kind() != FileKind.BUNDLE)
            .map(file -> new ResourceDigest(file.name(), file.sha256()))
            .sorted(ResourceOrder.of(SerializationMethod.FILES))
            .toList();
    return Manifest.rootDigest(resources);
  }
}
