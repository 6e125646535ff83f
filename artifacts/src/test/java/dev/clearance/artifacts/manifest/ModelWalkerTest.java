package dev.clearance.artifacts.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.document.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelWalkerTest {

  @TempDir Path root;

  private Path model() throws Exception {
    Path model = Files.createDirectories(root.resolve("model"));
    Files.writeString(model.resolve("config.json"), "{}");
    return model;
  }

  @Test
  void walk_symlink_isRefusedWithAHint() throws Exception {
    Path model = model();
    Files.createSymbolicLink(model.resolve("weights"), model.resolve("config.json"));

    assertThatThrownBy(() -> new ModelWalker(Serialization.files()).walk(model))
        .isInstanceOfSatisfying(
            InputException.class,
            failure -> {
              assertThat(failure.problem()).contains("symbolic link");
              assertThat(failure.hint()).contains("--allow-symlinks");
            });
  }

  @Test
  void walk_allowedSymlinkInside_isHashedUnderItsName() throws Exception {
    Path model = model();
    Files.createSymbolicLink(model.resolve("alias.json"), model.resolve("config.json"));

    assertThat(new ModelWalker(Serialization.files().withAllowSymlinks(true)).walk(model))
        .extracting(ModelFile::name)
        .containsExactlyInAnyOrder("config.json", "alias.json");
  }

  @Test
  void walk_allowedSymlinkOutside_isRefused() throws Exception {
    Path model = model();
    Path secret = Files.writeString(root.resolve("secret.txt"), "outside");
    Files.createSymbolicLink(model.resolve("secret"), secret);

    assertThatThrownBy(
            () -> new ModelWalker(Serialization.files().withAllowSymlinks(true)).walk(model))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("outside the model folder");
  }

  @Test
  void walk_fifo_isRefusedWithoutOpeningIt() throws Exception {
    Path model = model();
    Path fifo = model.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");

    assertThatThrownBy(() -> new ModelWalker(Serialization.files()).walk(model))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("pipe")
        .hasMessageContaining("FIFO");
  }

  @Test
  void walk_controlCharacterInName_isRefused() throws Exception {
    Path model = model();
    Files.writeString(model.resolve("bad\nname"), "x");

    assertThatThrownBy(() -> new ModelWalker(Serialization.files()).walk(model))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("control character");
  }

  @Test
  void walk_colonInNameWithShards_isRefused() throws Exception {
    Path model = model();
    Files.writeString(model.resolve("a:b"), "x");

    assertThat(new ModelWalker(Serialization.files()).walk(model)).hasSize(2);
    assertThatThrownBy(() -> new ModelWalker(Serialization.shards(10)).walk(model))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("':'");
  }

  @Test
  void walk_missingFolder_namesIt() {
    assertThatThrownBy(() -> new ModelWalker(Serialization.files()).walk(root.resolve("nope")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("nope")
        .hasMessageContaining("no such file");
  }

  @Test
  void walk_nestedIgnoredFolder_isSkippedWhole() throws Exception {
    Path model = model();
    Files.createDirectories(model.resolve("cache/deep"));
    Files.writeString(model.resolve("cache/deep/x"), "x");
    Files.writeString(model.resolve("cache.txt"), "kept");

    assertThat(
            new ModelWalker(Serialization.files().ignoring(java.util.List.of("cache"))).walk(model))
        .extracting(ModelFile::name)
        .containsExactlyInAnyOrder("config.json", "cache.txt");
  }
}
