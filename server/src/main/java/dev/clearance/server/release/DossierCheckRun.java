package dev.clearance.server.release;

import dev.clearance.check.Checker;
import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.dossier.CheckpointInspector;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.DossierReader;
import dev.clearance.policy.Policy;
import dev.clearance.report.CheckReport;
import dev.clearance.report.JsonReportWriter;
import dev.clearance.server.catalog.DossierFacets;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import dev.clearance.store.blob.BlobStore;
import dev.clearance.store.release.ReleaseFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs core's checker on a release's uploaded files exactly as {@code clearance check --format
 * json} does on a folder: the files are copied into a fresh folder under the work folder, read by
 * {@link DossierReader} with {@link InputLimits#DEFAULT}, checked by {@link Checker} with the
 * server's clock, and the folder is deleted afterwards. The checkpoint parameter count comes from
 * an uploaded {@value DossierFileKinds#INSPECTION} when there is one ({@link UploadedInspection}),
 * else none is counted ({@link CheckpointInspector#NONE}). The server's folder names are removed
 * from the report and from error messages: files are named {@code <model>-<version>/README.md}.
 */
final class DossierCheckRun {

  private static final Logger LOG = LoggerFactory.getLogger(DossierCheckRun.class);

  /**
   * The report, its JSON form (the {@code clearance check --format json} output) and the catalog
   * facets of the dossier it was made from.
   */
  record Outcome(CheckReport report, String json, DossierFacets.Facets facets) {}

  private final BlobStore blobs;
  private final Path workFolder;
  private final Clock clock;

  DossierCheckRun(BlobStore blobs, Path workFolder, Clock clock) {
    this.blobs = blobs;
    this.workFolder = workFolder;
    this.clock = clock;
  }

  /**
   * @throws ApiException 422 when a file is malformed (the checker's message: file and line)
   * @throws IOException when the files cannot be copied
   */
  Outcome run(Policy policy, ReleaseRef ref, List<ReleaseFile> files) throws IOException {
    Files.createDirectories(workFolder);
    Path run = Files.createTempDirectory(workFolder, "check-");
    String label = ref.model().name() + "-" + ref.release().versionLabel();
    Path folder = run.resolve(label);
    String prefix = run.toAbsolutePath() + "/";
    try {
      Files.createDirectory(folder);
      materialize(folder, files);
      boolean inspected =
          files.stream().anyMatch(file -> file.name().equals(DossierFileKinds.INSPECTION));
      CheckpointInspector inspector =
          inspected ? new UploadedInspection(InputLimits.DEFAULT) : CheckpointInspector.NONE;
      Dossier dossier;
      try {
        dossier =
            new DossierReader(
                    InputLimits.DEFAULT,
                    inspector,
                    skipped -> LOG.debug("check skipped a dossier file: {}", skipped))
                .read(folder.toAbsolutePath());
      } catch (InputException e) {
        throw invalid(e, prefix);
      }
      CheckReport report = new Checker(policy, clock).check(dossier);
      String json = new JsonReportWriter(toolVersion()).render(report).replace(prefix, "");
      return new Outcome(report, json, DossierFacets.of(dossier));
    } finally {
      deleteTree(run);
    }
  }

  private void materialize(Path folder, List<ReleaseFile> files) throws IOException {
    for (ReleaseFile file : files) {
      Path target = folder.resolve(file.name()).normalize();
      if (!target.startsWith(folder)) {
        // Names are checked on upload; this guards against a row edited in the database.
        throw new IOException("stored file name escapes the check folder: " + file.name());
      }
      Files.createDirectories(target.getParent());
      try (InputStream in = blobs.open(file.sha256())) {
        Files.copy(in, target);
      }
    }
  }

  private static ApiException invalid(InputException e, String prefix) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("file", e.file().replace(prefix, ""));
    if (e.line() > 0) {
      details.put("line", e.line());
    }
    return new ApiException(
        422,
        new ApiError(
            "invalid_dossier",
            e.getMessage().replace(prefix, ""),
            details,
            e.hint().isEmpty()
                ? "Fix the file, upload it again and rerun the check (run `clearance check` on"
                    + " the folder locally first)."
                : e.hint()));
  }

  static String toolVersion() {
    String version = DossierCheckRun.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.warn("could not delete the check folder {}: {}", root, e.getMessage());
    }
  }
}
