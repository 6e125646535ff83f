package dev.clearance.store.release;

import java.util.Locale;

/** What a dossier file is, for the checker and the pages. */
public enum FileKind {
  /** The model card (README.md). */
  CARD,
  /** config.json. */
  CONFIG,
  /** A checkpoint index or header summary. */
  INDEX,
  /** The content manifest. */
  MANIFEST,
  /** The signature bundle. */
  BUNDLE,
  /** An evaluation result file. */
  EVAL,
  /** Anything else kept with the dossier. */
  OTHER;

  /** The stored text, e.g. {@code card}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind stored as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static FileKind fromCode(String code) {
    for (FileKind kind : values()) {
      if (kind.code().equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown file kind '"
            + code
            + "'; expected card, config, index, manifest, bundle, eval"
            + " or other");
  }
}
