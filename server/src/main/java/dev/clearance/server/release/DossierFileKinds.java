package dev.clearance.server.release;

import dev.clearance.store.release.FileKind;
import java.util.Locale;

/**
 * What an uploaded dossier file is, from its path (the checker reads the folder itself; the kind
 * tells pages and guards what was uploaded): the card ({@code *.md}), {@code config.json},
 * checkpoint indexes ({@code *.index.json}) and the checkpoint header summary ({@value
 * #INSPECTION}), evaluation results ({@code results*.json}, {@code .eval_results/*.yaml}),
 * signature bundles ({@code *.sig}, {@code *.sigstore.json}), and anything else.
 */
final class DossierFileKinds {

  /** The output of {@code clearance inspect --format json}, uploaded instead of the weights. */
  static final String INSPECTION = "clearance-inspection.json";

  private DossierFileKinds() {}

  static FileKind of(String path) {
    String base = path.substring(path.lastIndexOf('/') + 1);
    String lower = base.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".sig") || lower.endsWith(".sigstore.json")) {
      return FileKind.BUNDLE;
    }
    if (base.equals(INSPECTION) || lower.endsWith(".index.json")) {
      return FileKind.INDEX;
    }
    if (lower.endsWith(".md")) {
      return FileKind.CARD;
    }
    if (base.equals("config.json")) {
      return FileKind.CONFIG;
    }
    if (lower.startsWith("results") && lower.endsWith(".json")) {
      return FileKind.EVAL;
    }
    if ((path.startsWith(".eval_results/") || path.contains("/.eval_results/"))
        && (lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
      return FileKind.EVAL;
    }
    return FileKind.OTHER;
  }
}
