package dev.clearance.document;

/**
 * Bounds that keep parsing of untrusted files small in time and memory. The defaults and the
 * reasons for them are documented in docs/input-limits.md; every reader refuses input beyond them
 * with an {@link InputException} naming the file, the line and the limit, instead of trying.
 *
 * @param maxFileBytes largest file read at all, in bytes (for text already in memory: characters)
 * @param maxNestingDepth deepest nesting of mappings and sequences (YAML and JSON)
 * @param maxAliases YAML aliases that point at a mapping or sequence, per document (alias bombs)
 * @param maxNodes values per document, counting every value an alias expands to
 */
public record InputLimits(long maxFileBytes, int maxNestingDepth, int maxAliases, int maxNodes) {

  /**
   * 32 MiB per file (the sharded-checkpoint index of a 671B mixture-of-experts model is about 9
   * MB), 64 levels, 50 collection aliases, 500,000 values.
   */
  public static final InputLimits DEFAULT = new InputLimits(32L * 1024 * 1024, 64, 50, 500_000);

  /**
   * @throws IllegalArgumentException when a limit is zero or negative ({@code maxAliases} may be 0)
   */
  public InputLimits {
    if (maxFileBytes <= 0 || maxNestingDepth <= 0 || maxAliases < 0 || maxNodes <= 0) {
      throw new IllegalArgumentException(
          "input limits must be positive, got maxFileBytes=%d maxNestingDepth=%d maxAliases=%d"
                  .formatted(maxFileBytes, maxNestingDepth, maxAliases)
              + " maxNodes=%d".formatted(maxNodes));
    }
  }
}
