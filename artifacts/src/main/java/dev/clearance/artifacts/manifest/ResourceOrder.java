package dev.clearance.artifacts.manifest;

import java.util.Comparator;

/**
 * The order of resources in an OMS manifest, which fixes the root digest. The reference sorts
 * {@code PurePosixPath} keys: paths compare component by component (so {@code a/b} sorts before
 * {@code a-c}), components by code point; shards then by start and end offsets.
 */
public final class ResourceOrder {

  private ResourceOrder() {}

  /** The comparator for resources serialized with the given method. */
  public static Comparator<ResourceDigest> of(SerializationMethod method) {
    if (method == SerializationMethod.FILES) {
      return (left, right) -> comparePaths(left.name(), right.name());
    }
    return (left, right) -> {
      int byPath = comparePaths(left.filePath(method), right.filePath(method));
      if (byPath != 0) {
        return byPath;
      }
      long[] leftRange = range(left.name());
      long[] rightRange = range(right.name());
      int byStart = Long.compare(leftRange[0], rightRange[0]);
      return byStart != 0 ? byStart : Long.compare(leftRange[1], rightRange[1]);
    };
  }

  /** Compares two relative POSIX paths component-wise by code point. */
  public static int comparePaths(String left, String right) {
    String[] leftParts = left.split("/", -1);
    String[] rightParts = right.split("/", -1);
    int common = Math.min(leftParts.length, rightParts.length);
    for (int index = 0; index < common; index++) {
      int result = compareCodePoints(leftParts[index], rightParts[index]);
      if (result != 0) {
        return result;
      }
    }
    return Integer.compare(leftParts.length, rightParts.length);
  }

  private static int compareCodePoints(String left, String right) {
    int[] leftPoints = left.codePoints().toArray();
    int[] rightPoints = right.codePoints().toArray();
    return java.util.Arrays.compare(leftPoints, rightPoints);
  }

  private static long[] range(String shardName) {
    int last = shardName.lastIndexOf(':');
    int before = last < 0 ? -1 : shardName.lastIndexOf(':', last - 1);
    if (before < 0) {
      return new long[] {0, 0};
    }
    try {
      return new long[] {
        Long.parseLong(shardName.substring(before + 1, last)),
        Long.parseLong(shardName.substring(last + 1))
      };
    } catch (NumberFormatException notANumber) {
      return new long[] {0, 0};
    }
  }
}
