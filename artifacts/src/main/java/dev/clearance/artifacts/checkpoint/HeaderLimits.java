package dev.clearance.artifacts.checkpoint;

/**
 * Bounds on how much of an untrusted checkpoint header is read (OPS-2). Every count or length a
 * header declares is checked against these and against the bytes the file really has before
 * anything is allocated for it.
 *
 * @param maxHeaderBytes largest safetensors JSON header, or bytes of a GGUF header (metadata and
 *     tensor infos) that are read before the tensor data
 * @param maxTensors most tensors in one file
 * @param maxMetadataEntries most GGUF metadata key-value pairs in one file
 * @param maxStringBytes longest single GGUF string (a key, a value or a tensor name)
 */
public record HeaderLimits(
    long maxHeaderBytes, int maxTensors, long maxMetadataEntries, int maxStringBytes) {

  /**
   * 100,000,000 bytes of header, the cap of the safetensors reference implementation ({@code
   * MAX_HEADER_SIZE}); real headers are kilobytes to a few MB (GGUF tokenizer vocabularies are the
   * largest part of a GGUF header). One million tensors, one million metadata entries, 16 MiB per
   * string.
   */
  public static final HeaderLimits DEFAULT =
      new HeaderLimits(100_000_000L, 1_000_000, 1_000_000, 16 * 1024 * 1024);

  /**
   * @throws IllegalArgumentException when a limit is zero or negative
   */
  public HeaderLimits {
    if (maxHeaderBytes <= 0 || maxTensors <= 0 || maxMetadataEntries <= 0 || maxStringBytes <= 0) {
      throw new IllegalArgumentException(
          "header limits must be positive, got maxHeaderBytes=%d maxTensors=%d"
                  .formatted(maxHeaderBytes, maxTensors)
              + " maxMetadataEntries=%d maxStringBytes=%d"
                  .formatted(maxMetadataEntries, maxStringBytes));
    }
  }
}
