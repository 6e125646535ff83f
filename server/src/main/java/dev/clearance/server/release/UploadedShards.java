package dev.clearance.server.release;

import dev.clearance.artifacts.manifest.ResourceDigest;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The OMS {@code shards} resources of one uploaded file: {@code path:start:end} (end exclusive)
 * with the SHA-256 of each piece of {@code shardSize} bytes, the last one shorter; an empty file
 * has none (docs/signing.md, as the OMS reference cuts them).
 */
final class UploadedShards {

  private UploadedShards() {}

  static List<ResourceDigest> digests(String path, InputStream content, long shardSize)
      throws IOException {
    List<ResourceDigest> shards = new ArrayList<>();
    byte[] buffer = new byte[1 << 16];
    MessageDigest digest = sha256();
    long start = 0;
    long position = 0;
    while (true) {
      long room = start + shardSize - position;
      int read = content.read(buffer, 0, (int) Math.min(buffer.length, room));
      if (read < 0) {
        break;
      }
      digest.update(buffer, 0, read);
      position += read;
      if (position - start == shardSize) {
        shards.add(shard(path, start, position, digest));
        start = position;
      }
    }
    if (position > start) {
      shards.add(shard(path, start, position, digest));
    }
    return shards;
  }

  private static ResourceDigest shard(String path, long start, long end, MessageDigest digest) {
    return new ResourceDigest(
        path + ":" + start + ":" + end, HexFormat.of().formatHex(digest.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("the JDK has no SHA-256", missing);
    }
  }
}
