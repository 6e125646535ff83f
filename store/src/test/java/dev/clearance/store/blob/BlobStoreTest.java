package dev.clearance.store.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BlobStoreTest {

  @TempDir Path root;

  @Test
  void put_content_isStoredUnderItsSha256() throws Exception {
    BlobStore store = new BlobStore(root, 1024);
    byte[] content = "{\"hidden_size\": 4096}".getBytes(StandardCharsets.UTF_8);
    StoredBlob blob = store.put("config.json", new ByteArrayInputStream(content));
    String expected =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    assertThat(blob.sha256()).isEqualTo(expected);
    assertThat(blob.size()).isEqualTo(content.length);
    assertThat(blob.relativePath())
        .isEqualTo(
            "sha256/" + expected.substring(0, 2) + "/" + expected.substring(2, 4) + "/" + expected);
    try (InputStream in = store.open(expected)) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
    assertThat(store.contains(expected)).isTrue();
  }

  @Test
  void put_sameContentTwice_keepsOneFile() throws Exception {
    BlobStore store = new BlobStore(root, 1024);
    StoredBlob first = store.put("a.txt", new ByteArrayInputStream(new byte[] {1, 2, 3}));
    StoredBlob second = store.put("b.txt", new ByteArrayInputStream(new byte[] {1, 2, 3}));
    assertThat(second).isEqualTo(first);
    assertThat(regularFiles()).hasSize(1);
  }

  @Test
  void put_overLimit_throwsNamingLimitAndLeavesNothing() throws Exception {
    BlobStore store = new BlobStore(root, 100);
    assertThatThrownBy(() -> store.put("big.bin", new ByteArrayInputStream(new byte[101])))
        .isInstanceOfSatisfying(
            BlobTooLargeException.class,
            e -> {
              assertThat(e.limit()).isEqualTo(100);
              assertThat(e.getMessage()).contains("100 bytes").contains("big.bin");
            });
    assertThat(regularFiles()).isEmpty();
  }

  @Test
  void put_exactlyAtLimit_isStored() throws Exception {
    BlobStore store = new BlobStore(root, 100);
    assertThat(store.put("edge.bin", new ByteArrayInputStream(new byte[100])).size())
        .isEqualTo(100);
  }

  @Test
  void put_perCallLimitBelowStoreLimit_appliesTheSmaller() throws Exception {
    BlobStore store = new BlobStore(root, 1000);
    assertThatThrownBy(() -> store.put("card.md", new ByteArrayInputStream(new byte[11]), 10))
        .isInstanceOfSatisfying(
            BlobTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(10));
  }

  @Test
  void put_streamFailsHalfway_leavesNothingBehind() throws Exception {
    BlobStore store = new BlobStore(root, 1 << 20);
    InputStream failing =
        new InputStream() {
          private int sent;

          @Override
          public int read() throws IOException {
            if (sent++ < 70_000) {
              return 'x';
            }
            throw new IOException("connection reset by client");
          }
        };
    assertThatThrownBy(() -> store.put("partial.bin", failing))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("connection reset");
    assertThat(regularFiles()).isEmpty();
  }

  static Stream<Arguments> hostileNames() throws IOException {
    try (InputStream in = BlobStoreTest.class.getResourceAsStream("hostile-names.txt")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      return lines.stream()
          .filter(line -> !line.startsWith("#") && !line.isEmpty())
          .map(
              line -> {
                int bar = line.lastIndexOf('|');
                return Arguments.of(unescape(line.substring(0, bar)), line.substring(bar + 1));
              });
    }
  }

  @ParameterizedTest
  @MethodSource("hostileNames")
  void put_hostileName_isRefusedBeforeReadingAndNamesTheRule(String name, String rule)
      throws Exception {
    BlobStore store = new BlobStore(root, 1024);
    InputStream neverRead =
        new InputStream() {
          @Override
          public int read() {
            throw new AssertionError("content read despite a refused name");
          }
        };
    assertThatThrownBy(() -> store.put(name, neverRead))
        .isInstanceOf(UnsafeFileNameException.class)
        .hasMessageContaining(rule);
    assertThat(regularFiles()).isEmpty();
  }

  @Test
  void check_ordinaryNestedName_isAccepted() {
    assertThat(FileNames.check("evals/lm-eval/results_2026.json"))
        .isEqualTo("evals/lm-eval/results_2026.json");
  }

  private List<Path> regularFiles() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  private static String unescape(String text) {
    Matcher escape = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(text);
    StringBuilder out = new StringBuilder();
    while (escape.find()) {
      escape.appendReplacement(
          out,
          Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
    }
    escape.appendTail(out);
    return out.toString();
  }

  @Test
  void sweepTemporary_oldPartsGone_recentOnesAndBlobsKept() throws IOException {
    BlobStore store = new BlobStore(root, 1024);
    StoredBlob kept = store.put("kept.txt", new ByteArrayInputStream(new byte[] {1, 2, 3}));
    Path old = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
    Path recent = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
    Instant now = Instant.now();
    Files.setLastModifiedTime(old, FileTime.from(now.minus(Duration.ofDays(2))));

    int deleted = store.sweepTemporary(now.minus(Duration.ofDays(1)));

    assertThat(deleted).isEqualTo(1);
    assertThat(old).doesNotExist();
    assertThat(recent).exists();
    assertThat(store.contains(kept.sha256())).isTrue();
  }
}
