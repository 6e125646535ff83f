package dev.clearance.artifacts.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.check.Checker;
import dev.clearance.document.InputLimits;
import dev.clearance.dossier.DossierReader;
import dev.clearance.dossier.ParameterCount;
import dev.clearance.policy.PolicyLoader;
import dev.clearance.report.CheckReport;
import dev.clearance.tier.Tier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointHeaderInspectorTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;

  @Test
  void count_llama31With70BShards_givesExactHeaderCount() throws Exception {
    HeaderOnlyCheckpoints.writeSharded(folder, ReferenceShapes.llama31With70B(), 30);

    Optional<ParameterCount> count = new CheckpointHeaderInspector().count(folder);

    assertThat(count).isPresent();
    assertThat(count.get().total()).isEqualTo(70_553_706_496L);
    assertThat(count.get().basis()).isEqualTo(ParameterCount.Basis.EXACT_HEADERS);
    assertThat(count.get().source().file())
        .isEqualTo(folder.resolve("model.safetensors.index.json").toString());
    assertThat(count.get().detail()).contains("BF16: 70,553,706,496 parameters");
  }

  @Test
  void check_llama31With70BShardsAndUnderstatedCard_isTier3() throws Exception {
    HeaderOnlyCheckpoints.writeSharded(folder, ReferenceShapes.llama31With70B(), 30);
    Files.writeString(
        folder.resolve("README.md"),
        """
        ---
        license: llama3.1
        ---
        # Llama-3.1-70B

        A 69B parameter language model.
        """);
    var dossier =
        new DossierReader(InputLimits.DEFAULT, new CheckpointHeaderInspector()).read(folder);

    CheckReport report = new Checker(PolicyLoader.bundled("rrf-2025"), CLOCK).check(dossier);

    assertThat(report.tier().tier()).isEqualTo(Tier.T3);
    assertThat(report.tier().parameters()).map(ParameterCount::total).contains(70_553_706_496L);
    assertThat(report.tier().parameters())
        .map(ParameterCount::basis)
        .contains(ParameterCount.Basis.EXACT_HEADERS);
  }

  @Test
  void count_folderWithoutCheckpoints_isEmpty() throws Exception {
    Files.writeString(folder.resolve("config.json"), "{\"model_type\": \"llama\"}");

    assertThat(new CheckpointHeaderInspector().count(folder)).isEmpty();
  }
}
