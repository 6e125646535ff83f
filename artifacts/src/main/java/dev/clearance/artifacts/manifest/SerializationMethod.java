package dev.clearance.artifacts.manifest;

/**
 * How a model is cut into resources, as named in the OMS v1.0 predicate's {@code
 * serialization.method}: one resource per file, or one per fixed-size shard of each file.
 */
public enum SerializationMethod {
  /** One resource per file, named by its path relative to the model folder. */
  FILES("files"),
  /** One resource per shard, named {@code path:start:end}; empty files have no shard. */
  SHARDS("shards");

  private final String wireName;

  SerializationMethod(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in the signed predicate. */
  public String wireName() {
    return wireName;
  }

  /**
   * The method with the given predicate name.
   *
   * @throws IllegalArgumentException if the name is not {@code files} or {@code shards}
   */
  public static SerializationMethod fromWireName(String name) {
    for (SerializationMethod method : values()) {
      if (method.wireName.equals(name)) {
        return method;
      }
    }
    throw new IllegalArgumentException("unknown serialization method: " + name);
  }
}
