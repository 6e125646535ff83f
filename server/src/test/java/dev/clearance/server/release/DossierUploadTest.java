package dev.clearance.server.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.ReleaseTestBase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dossier uploads (issue 5 item 3, OPS-2): streamed, hashed, size-limited, names checked. */
class DossierUploadTest extends ReleaseTestBase {

  private static List<String> paths(ApiResponse list) {
    return list.json().findValuesAsText("path");
  }

  @Test
  void upload_exampleDossier_listsKindsSizesAndHashes_andDownloadsTheBytes() throws Exception {
    Scenario scenario = draft("kinds");
    uploadExample(scenario, "coder-7b");
    uploadSignature(scenario, "coder-7b");
    byte[] readme = Files.readAllBytes(EXAMPLES.resolve("coder-7b/README.md"));

    JsonNode files = scenario.releaser().get(scenario.path() + "/files").json().path("items");
    ApiResponse download = scenario.releaser().get(scenario.contentPath("README.md"));

    Map<String, String> kinds = new java.util.TreeMap<>();
    for (JsonNode file : files) {
      kinds.put(file.path("path").asText(), file.path("kind").asText());
    }
    assertThat(kinds)
        .containsEntry("README.md", "card")
        .containsEntry("config.json", "config")
        .containsEntry("model.sig", "bundle");
    assertThat(kinds)
        .anySatisfy(
            (path, kind) -> {
              assertThat(path).startsWith(".eval_results/");
              assertThat(kind).isEqualTo("eval");
            });
    JsonNode card =
        files.findParents("path").stream()
            .filter(node -> node.path("path").asText().equals("README.md"))
            .findFirst()
            .orElseThrow();
    assertThat(card.path("size").asLong()).isEqualTo(readme.length);
    assertThat(card.path("sha256").asText())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(readme)));
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(readme);
  }

  @Test
  void upload_samePathAgain_replacesTheRow() {
    Scenario scenario = draft("replace");

    ApiResponse first =
        scenario.releaser().putBytes(scenario.filePath("notes.txt"), "one".getBytes());
    ApiResponse second =
        scenario.releaser().putBytes(scenario.filePath("notes.txt"), "two!".getBytes());

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(200);
    JsonNode files = scenario.releaser().get(scenario.path() + "/files").json().path("items");
    assertThat(files).hasSize(1);
    assertThat(files.get(0).path("size").asLong()).isEqualTo(4);
    assertThat(files.get(0).path("kind").asText()).isEqualTo("other");
    assertThat(scenario.releaser().get(scenario.contentPath("notes.txt")).body()).isEqualTo("two!");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../escape.md",
        "/etc/passwd",
        "a/../../b",
        "evals\\results.json",
        "line\nbreak.md",
        "nul\u0000.md",
        "a/b/c/d/e.json",
        "a//b.json",
        "C:/windows.md",
        ""
      })
  void upload_pathTricks_400NamingTheProblem_nothingStored(String path) {
    Scenario scenario = draft("tricks");

    ApiResponse response = scenario.releaser().putBytes(scenario.filePath(path), "x".getBytes());

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.code()).isEqualTo("invalid_path");
    assertThat(response.json().path("message").asText()).isNotBlank();
    assertThat(paths(scenario.releaser().get(scenario.path() + "/files"))).isEmpty();
  }

  @Test
  void upload_segmentOver255Bytes_400() {
    Scenario scenario = draft("long");
    String segment = "é".repeat(128) + ".md";

    ApiResponse response = scenario.releaser().putBytes(scenario.filePath(segment), "x".getBytes());

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).contains("259 bytes");
  }

  @Test
  void upload_overLimit_413WithLimit_andFileListUnchanged() {
    Scenario scenario = draft("huge");
    scenario.releaser().putBytes(scenario.filePath("README.md"), "# card".getBytes());
    long limit = registry.context().maxUploadBytes();

    ApiResponse response =
        scenario.releaser().putBytes(scenario.filePath("weights.bin"), new byte[(int) limit + 1]);
    ApiResponse replacing =
        scenario.releaser().putBytes(scenario.filePath("README.md"), new byte[(int) limit + 1]);

    assertThat(response.status()).as(response.toString()).isEqualTo(413);
    assertThat(response.json().path("details").path("limitBytes").asLong()).isEqualTo(limit);
    assertThat(response.json().path("message").asText()).contains(String.valueOf(limit));
    assertThat(replacing.status()).isEqualTo(413);
    JsonNode files = scenario.releaser().get(scenario.path() + "/files").json().path("items");
    assertThat(paths(scenario.releaser().get(scenario.path() + "/files")))
        .containsExactly("README.md");
    assertThat(files.get(0).path("size").asLong()).isEqualTo(6);
  }

  @Test
  void upload_exactlyAtLimit_isStored() {
    Scenario scenario = draft("at-limit");
    int limit = (int) registry.context().maxUploadBytes();

    ApiResponse response =
        scenario.releaser().putBytes(scenario.filePath("blob.bin"), new byte[limit]);

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    assertThat(response.json().path("size").asLong()).isEqualTo(limit);
  }

  @Test
  void upload_jsonContentType_415() {
    Scenario scenario = draft("media");

    ApiResponse response =
        scenario
            .releaser()
            .send(
                "PUT",
                scenario.filePath("README.md"),
                "# x".getBytes(),
                "application/json",
                Map.of());

    assertThat(response.status()).isEqualTo(415);
    assertThat(paths(scenario.releaser().get(scenario.path() + "/files"))).isEmpty();
  }

  @Test
  void upload_fileAndFolderOfSameName_409() {
    Scenario scenario = draft("clash");
    scenario.releaser().putBytes(scenario.filePath("evals"), "x".getBytes());

    ApiResponse response =
        scenario.releaser().putBytes(scenario.filePath("evals/a.json"), "{}".getBytes());

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.code()).isEqualTo("path_conflict");
  }

  @Test
  void upload_afterSubmit_409CreateANewVersion() {
    Scenario scenario = draft("frozen");
    uploadExample(scenario, "tiny-classifier");
    check(scenario);
    allowed(scenario.releaser(), scenario, "submit", "submitted");

    ApiResponse response =
        scenario.releaser().putBytes(scenario.filePath("README.md"), "# changed".getBytes());

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.json().path("message").asText())
        .isEqualTo("release is submitted; create a new version");
  }

  @Test
  void check_malformedConfig_422WithFileAndLine_noReportStored() {
    Scenario scenario = draft("malformed");
    uploadExample(scenario, "tiny-classifier");
    scenario
        .releaser()
        .putBytes(
            scenario.filePath("config.json"),
            "{\n  \"model_type\": \"bert\",\n  oops\n}".getBytes());

    ApiResponse response = scenario.releaser().post(scenario.path() + "/check", "");

    assertThat(response.status()).as(response.toString()).isEqualTo(422);
    assertThat(response.code()).isEqualTo("invalid_dossier");
    assertThat(response.json().path("message").asText())
        .contains("config.json:3")
        .doesNotContain(dataFolder.toString());
    assertThat(response.json().path("details").path("line").asInt()).isEqualTo(3);
    assertThat(scenario.releaser().get(scenario.path() + "/report").status()).isEqualTo(404);
  }

  @Test
  void check_reportNamesTheDossierNotServerFolders_andIsReturnedByReport() throws Exception {
    Scenario scenario = draft("report");
    uploadExample(scenario, "tiny-classifier");

    JsonNode report = check(scenario);
    ApiResponse stored = scenario.releaser().get(scenario.path() + "/report");

    assertThat(report.path("subject").asText()).isEqualTo(scenario.model() + "-1.0.0");
    assertThat(report.toString()).doesNotContain(dataFolder.toString());
    assertThat(stored.json()).isEqualTo(report);
    try (var left = Files.list(dataFolder.resolve("work"))) {
      assertThat(left).as("check folders are deleted").isEmpty();
    }
  }

  @Test
  void check_uploadedInspection_countsParametersExactly_andCanRaiseTheTier() {
    Scenario scenario = draft("inspected");
    uploadExample(scenario, "tiny-classifier");
    String inspection =
        """
        {
          "subject" : "weights",
          "files" : [ {"file": "model.safetensors", "format": "safetensors", "tensors": 2,
                       "parameters": 3000000000, "bytes": 6000000000,
                       "dtypes": [ {"dtype": "BF16", "tensors": 2, "parameters": 3000000000,
                                    "bytes": 6000000000} ] } ],
          "totalParameters" : 3000000000,
          "totalBytes" : 6000000000,
          "tensors" : 2,
          "dtypes" : [ {"dtype": "BF16", "tensors": 2, "parameters": 3000000000, "bytes": 6000000000} ],
          "countedFrom" : "model.safetensors",
          "notCounted" : [ ],
          "unsafe" : [ ]
        }
        """;
    ApiResponse uploaded =
        scenario
            .releaser()
            .putBytes(scenario.filePath("clearance-inspection.json"), inspection.getBytes());

    JsonNode report = check(scenario);

    assertThat(uploaded.json().path("kind").asText()).isEqualTo("index");
    assertThat(report.path("tier").path("tier").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(report.toString()).contains("3000000000");
  }
}
