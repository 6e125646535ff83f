package dev.clearance.document;

/**
 * Bounds that keep parsing of untrusted files small in time and memory. The defaults are documented
 * in docs/input-limits.md; every reader refuses input beyond them with an {@link InputException}
 * instead of trying.
 *
 * @param maxFileBytes largest file read at all
 * @param maxNestingDepth deepest nesting of mappings and sequences
 * @param maxAliases YAML aliases per document (alias bombs)
 * @param maxNodes nodes per document
 */
public record InputLimits(long maxFileBytes, int maxNestingDepth, int maxAliases, int maxNodes) {

  public static final InputLimits DEFAULT = new InputLimits(8L * 1024 * 1024, 64, 50, 500_000);

  public InputLimits {
    if (maxFileBytes <= 0 || maxNestingDepth <= 0 || maxAliases < 0 || maxNodes <= 0) {
      throw new IllegalArgumentException("input limits must be positive");
    }
  }
}
