package dev.clearance.artifacts.checkpoint;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small GGUF v3 files for tests, laid out as ggml docs/gguf.md describes: tensors packed in
 * order, each at an offset aligned to {@code general.alignment} (32 unless set).
 */
final class GgufBuilder {

  private final ByteArrayOutputStream metadata = new ByteArrayOutputStream();
  private int metadataCount;
  private long alignment = 32;
  private final List<byte[]> tensorInfos = new ArrayList<>();
  private long dataLength;

  GgufBuilder string(String key, String value) {
    key(key, 8);
    text(metadata, value);
    return this;
  }

  GgufBuilder uint32(String key, int value) {
    key(key, 4);
    metadata.writeBytes(little(4).putInt(value).array());
    if (key.equals("general.alignment")) {
      alignment = value;
    }
    return this;
  }

  GgufBuilder float32(String key, float value) {
    key(key, 6);
    metadata.writeBytes(little(4).putFloat(value).array());
    return this;
  }

  GgufBuilder stringArray(String key, int length) {
    key(key, 9);
    metadata.writeBytes(little(12).putInt(8).putLong(length).array());
    for (int index = 0; index < length; index++) {
      text(metadata, "token" + index);
    }
    return this;
  }

  /** A tensor of ggml type {@code type} with dimensions {@code ne0, ne1, ...}. */
  GgufBuilder tensor(String name, int type, long... dimensions) {
    StorageType storage = GgmlTypes.byId(type).orElseThrow();
    long elements = 1;
    for (long size : dimensions) {
      elements *= size;
    }
    long offset = align(dataLength);
    ByteArrayOutputStream info = new ByteArrayOutputStream();
    text(info, name);
    info.writeBytes(little(4).putInt(dimensions.length).array());
    for (long size : dimensions) {
      info.writeBytes(little(8).putLong(size).array());
    }
    info.writeBytes(little(12).putInt(type).putLong(offset).array());
    tensorInfos.add(info.toByteArray());
    dataLength = offset + storage.bytesFor(elements);
    return this;
  }

  byte[] build() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("GGUF".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(little(20).putInt(3).putLong(tensorInfos.size()).putLong(metadataCount).array());
    out.writeBytes(metadata.toByteArray());
    tensorInfos.forEach(out::writeBytes);
    long padding = align(out.size()) - out.size();
    out.writeBytes(new byte[(int) (padding + dataLength)]);
    return out.toByteArray();
  }

  private long align(long position) {
    long rest = position % alignment;
    return rest == 0 ? position : position + alignment - rest;
  }

  private void key(String key, int type) {
    text(metadata, key);
    metadata.writeBytes(little(4).putInt(type).array());
    metadataCount++;
  }

  private static void text(ByteArrayOutputStream out, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeBytes(little(8).putLong(bytes.length).array());
    out.writeBytes(bytes);
  }

  private static ByteBuffer little(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
