package dev.clearance.server.release;

import dev.clearance.server.http.ApiException;
import dev.clearance.store.blob.FileNames;
import dev.clearance.store.blob.UnsafeFileNameException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The relative path of an uploaded dossier file, e.g. {@code README.md} or {@code
 * .eval_results/mmlu.yaml}: {@code /}-separated, at most {@value #MAX_SEGMENTS} segments of at most
 * {@value #MAX_SEGMENT_BYTES} UTF-8 bytes, and everything {@link FileNames#check} refuses (absolute
 * paths, {@code ..}, backslashes, control characters...) refused too.
 */
final class DossierPath {

  static final int MAX_SEGMENTS = 4;
  static final int MAX_SEGMENT_BYTES = 255;

  private DossierPath() {}

  /**
   * Returns {@code path} when it is a safe relative dossier path.
   *
   * @throws ApiException 400 {@code invalid_path} naming the rule broken
   */
  static String check(String path) {
    if (path == null || path.isEmpty()) {
      throw refused(
          "the query parameter 'path' is missing; give the file's path in the dossier", "");
    }
    try {
      FileNames.check(path);
    } catch (UnsafeFileNameException e) {
      throw refused(e.getMessage(), path);
    }
    String[] segments = path.split("/", -1);
    if (segments.length > MAX_SEGMENTS) {
      throw refused(
          "path has " + segments.length + " segments; at most " + MAX_SEGMENTS + " are allowed",
          path);
    }
    for (String segment : segments) {
      int bytes = segment.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_SEGMENT_BYTES) {
        throw refused(
            "a path segment is " + bytes + " bytes long; at most " + MAX_SEGMENT_BYTES, path);
      }
    }
    return path;
  }

  private static ApiException refused(String message, String path) {
    return ApiException.badRequest(
        "invalid_path",
        message,
        Map.of("parameter", "path"),
        "Give a relative path with '/' between folders, e.g. README.md or evals/results.json;"
            + " no '..', no leading '/', no backslashes or control characters.");
  }
}
