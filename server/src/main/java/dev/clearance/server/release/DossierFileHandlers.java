package dev.clearance.server.release;

import dev.clearance.release.ReleaseState;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.StaleVersionException;
import dev.clearance.store.blob.BlobTooLargeException;
import dev.clearance.store.blob.StoredBlob;
import dev.clearance.store.release.ReleaseFile;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * The files of a release's dossier (issue 5 item 3, OPS-2): uploads are streamed into the {@link
 * dev.clearance.store.blob.BlobStore} while hashed and counted, refused over the upload limit with
 * nothing kept, and recorded only while the release is a draft. Reads follow {@link
 * ReleaseVisibility}.
 */
final class DossierFileHandlers {

  private final RegistryContext context;

  DossierFileHandlers(RegistryContext context) {
    this.context = context;
  }

  /** {@code PUT …/files?path=P} with the raw bytes: 201 when new, 200 when it replaced a file. */
  void upload(Context ctx, Principal caller) throws IOException {
    String path = DossierPath.check(ctx.queryParam("path"));
    requireOctetStream(ctx);
    ReleaseRef before = StoreReads.read(context.db(), tx -> ReleaseLookup.release(tx, caller, ctx));
    requireDraft(before);
    long limit = context.maxUploadBytes();
    if (ctx.req().getContentLengthLong() > limit) {
      throw ApiException.tooLarge("upload '" + path + "'", limit);
    }
    StoredBlob blob;
    try (InputStream body = ctx.req().getInputStream()) {
      blob = context.blobs().put(path, body, limit);
    } catch (BlobTooLargeException e) {
      throw ApiException.tooLarge("upload '" + path + "'", e.limit());
    }
    Recorded recorded;
    try {
      recorded = context.db().transaction(tx -> record(tx, caller, ctx, path, blob));
    } catch (StaleVersionException e) {
      throw new ApiException(
          409,
          new ApiError(
              "concurrent_change",
              "the release changed while the file was uploaded",
              Map.of(),
              "Read the release again and repeat the upload."));
    }
    ctx.status(recorded.replaced() ? 200 : 201).json(ReleaseFileView.of(recorded.file()));
  }

  private record Recorded(ReleaseFile file, boolean replaced) {}

  private static Recorded record(
      Repositories tx, Principal caller, Context ctx, String path, StoredBlob blob) {
    ReleaseRef ref = ReleaseLookup.releaseToChange(tx, caller, ctx);
    requireDraft(ref);
    String releaseId = ref.release().id();
    for (ReleaseFile existing : tx.releaseFiles().listByRelease(releaseId)) {
      String name = existing.name();
      if (name.startsWith(path + "/") || path.startsWith(name + "/")) {
        throw ApiException.conflict(
            "path_conflict",
            "'"
                + path
                + "' and the uploaded '"
                + name
                + "' cannot both exist: one is a folder"
                + " of the other",
            Map.of("path", path, "existing", name),
            "Rename one of them.");
      }
    }
    // A new revision: a concurrent transition or upload of this release fails instead of racing.
    tx.releases().update(ref.release());
    boolean replaced = tx.releaseFiles().remove(releaseId, path);
    ReleaseFile file = tx.releaseFiles().add(releaseId, DossierFileKinds.of(path), path, blob);
    return new Recorded(file, replaced);
  }

  /** {@code GET …/files}: name, kind, size and SHA-256 of every file. */
  void list(Context ctx, Principal caller) {
    ctx.json(
        StoreReads.read(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
              return new ReleaseFileList(
                  tx.releaseFiles().listByRelease(ref.release().id()).stream()
                      .map(ReleaseFileView::of)
                      .toList());
            }));
  }

  /** {@code GET …/files/content?path=P}: the file's bytes. */
  void download(Context ctx, Principal caller) throws IOException {
    ReleaseFile file =
        StoreReads.read(
            context.db(),
            tx -> {
              // Visibility first: for pre-release material a caller without a right to it gets
              // 404 whatever the query says.
              ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
              String path = DossierPath.check(ctx.queryParam("path"));
              return tx.releaseFiles()
                  .find(ref.release().id(), path)
                  .orElseThrow(
                      () -> ApiException.notFound("file '" + path + "' of " + ref.label()));
            });
    String path = file.name();
    String base = path.substring(path.lastIndexOf('/') + 1).replace("\"", "_");
    ctx.contentType("application/octet-stream");
    ctx.header("Content-Disposition", "attachment; filename=\"" + base + "\"");
    ctx.header("X-Content-SHA256", file.sha256());
    ctx.result(context.blobs().open(file.sha256()));
  }

  private static void requireOctetStream(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/octet-stream")) {
      throw new ApiException(
          415,
          new ApiError(
              "unsupported_media_type",
              "a dossier file is uploaded as raw bytes with Content-Type application/octet-stream,"
                  + " not "
                  + (type == null ? "no Content-Type" : "'" + type + "'"),
              Map.of(),
              "Send the file's bytes as the body with Content-Type: application/octet-stream."));
    }
  }

  static void requireDraft(ReleaseRef ref) {
    ReleaseState state = ref.release().state();
    if (state != ReleaseState.DRAFT) {
      throw ApiException.conflict(
          "release_not_draft",
          "release is " + state.wireName() + "; create a new version",
          Map.of("state", state.wireName()),
          "Files can change only while a release is a draft: create a new version (PUT"
              + " …/releases/{version}) and upload there, or ask a steward to return this one to"
              + " draft.");
    }
  }
}
