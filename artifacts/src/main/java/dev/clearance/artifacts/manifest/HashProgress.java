package dev.clearance.artifacts.manifest;

/**
 * Receives hashing progress. Called from several hashing threads at once, often: implementations
 * must be thread-safe and cheap (throttle any output themselves).
 */
@FunctionalInterface
public interface HashProgress {

  /** Ignores progress. */
  HashProgress NONE = (bytesDone, bytesTotal) -> {};

  /**
   * Reports that {@code bytesDone} of {@code bytesTotal} bytes have been hashed so far.
   *
   * @param bytesDone bytes hashed so far, never decreasing
   * @param bytesTotal bytes to hash in all
   */
  void advanced(long bytesDone, long bytesTotal);
}
