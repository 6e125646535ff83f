package dev.clearance.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.finding.FindingTestBase;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.SignedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps of the catalog and model page tests: releases of the Tier 1 example with the card's license
 * and pipeline tag changed, signed and checked through the API, and the catalog read.
 */
abstract class CatalogTestBase extends FindingTestBase {

  /**
   * A new draft of {@code examples/tiny-classifier} whose card declares {@code license} and {@code
   * pipelineTag}, signed with a fresh registered key and checked; returns the report.
   */
  protected JsonNode checkedVariant(Scenario scenario, String license, String pipelineTag) {
    SignedModel original = SignedModel.ofExample("tiny-classifier", signingFolder);
    Path card = original.folder().resolve("README.md");
    try {
      String text = Files.readString(card);
      text =
          text.replace("license: openrail", "license: " + license)
              .replace("pipeline_tag: zero-shot-classification", "pipeline_tag: " + pipelineTag);
      Files.writeString(card, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SignedModel signed = SignedModel.sign(original.folder(), original.keys());
    signed.registered(orgAdmin(scenario), scenario.org(), unique("key"));
    signed.upload(scenario.releaser(), scenario.path());
    return check(scenario);
  }

  /** A released variant (see {@link #checkedVariant}) of a new organization and model. */
  protected Scenario releasedVariant(String name, String license, String pipelineTag) {
    Scenario scenario = draft(name);
    release(scenario, license, pipelineTag);
    return scenario;
  }

  /** Checks a variant of {@code scenario}'s draft and takes it to released. */
  protected void release(Scenario scenario, String license, String pipelineTag) {
    JsonNode report = checkedVariant(scenario, license, pipelineTag);
    assertThat(report.path("passed").asBoolean()).as(report.toString()).isTrue();
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");
    allowed(steward, scenario, "approve", "approved");
    allowed(scenario.releaser(), scenario, "release", "released");
  }

  /** {@code GET /api/v1/releases?<query>} as {@code client}, expecting 200. */
  protected static JsonNode catalog(dev.clearance.server.testing.ApiClient client, String query) {
    ApiResponse response = client.get("/api/v1/releases?" + query);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  /** {@code org/model@version} of every item of a catalog page, in order. */
  protected static List<String> labels(JsonNode page) {
    List<String> labels = new ArrayList<>();
    for (JsonNode item : page.path("items")) {
      labels.add(
          item.path("org").asText()
              + "/"
              + item.path("model").asText()
              + "@"
              + item.path("version").asText());
    }
    return labels;
  }

  protected static String label(Scenario scenario) {
    return scenario.org() + "/" + scenario.model() + "@" + scenario.version();
  }
}
