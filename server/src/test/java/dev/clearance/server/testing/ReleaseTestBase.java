package dev.clearance.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.store.audit.StoredEntry;
import dev.clearance.store.identity.OrgRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * Steps shared by the release and scenario tests: an organization with a releaser, models and
 * releases created through the API, dossiers uploaded from the repository's {@code examples/}
 * folders, checks and transitions.
 */
public abstract class ReleaseTestBase extends RegistryTestBase {

  /**
   * The repository's example dossiers: tiny-classifier (Tier 1), chat-13b (Tier 2), coder-7b (Tier
   * 3), bio-assistant-8b (Tier 4) and incomplete-model (failing checks).
   */
  protected static final Path EXAMPLES = SignedModel.EXAMPLES;

  /** Where tests copy and sign examples. */
  @TempDir protected Path signingFolder;

  /** An organization with one releaser, and paths to one release of one of its models. */
  public record Scenario(String org, String model, String version, ApiClient releaser) {

    public String modelPath() {
      return "/api/v1/orgs/" + org + "/models/" + model;
    }

    public String path() {
      return modelPath() + "/releases/" + version;
    }

    public String filePath(String name) {
      return path() + "/files?path=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    public String contentPath(String name) {
      return path() + "/files/content?path=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    /** The same model, another version. */
    public Scenario version(String other) {
      return new Scenario(org, model, other, releaser);
    }
  }

  /** A new organization, releaser, model and draft release {@code 1.0.0}. */
  protected Scenario draft(String name) {
    String org = organization(name + "-org");
    ApiClient releaser = member(org, OrgRole.RELEASER, name + "-releaser");
    Scenario scenario = new Scenario(org, unique(name), "1.0.0", releaser);
    assertThat(releaser.put(scenario.modelPath(), "{}").status()).isEqualTo(201);
    createDraft(scenario);
    return scenario;
  }

  protected static void createDraft(Scenario scenario) {
    ApiResponse created = scenario.releaser().put(scenario.path(), "{}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }

  /** Uploads every file of {@code examples/<example>} under its relative path. */
  protected static void uploadExample(Scenario scenario, String example) {
    Path folder = EXAMPLES.resolve(example);
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
        String name = folder.relativize(file).toString().replace('\\', '/');
        ApiResponse response =
            scenario.releaser().putBytes(scenario.filePath(name), Files.readAllBytes(file));
        assertThat(response.status()).as(name + ": " + response).isIn(200, 201);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Signs a copy of {@code examples/<example>} (the files {@link #uploadExample} uploaded) with a
   * fresh key, registers that key for the scenario's organization through a new org admin, and
   * uploads the bundle as {@code model.sig}: the next check verifies it, so the release can pass
   * the {@code signed_manifest} guard.
   */
  protected SignedModel uploadSignature(Scenario scenario, String example) {
    SignedModel signed = SignedModel.ofExample(example, signingFolder);
    signed.registered(orgAdmin(scenario), scenario.org(), unique("key"));
    signed.uploadBundle(scenario.releaser(), scenario.path());
    return signed;
  }

  /** A release taken to released, and the signed copy of the model its check verified. */
  public record Released(Scenario scenario, SignedModel signed) {}

  /**
   * A new Tier 1 release of {@code examples/tiny-classifier}, signed with a fresh registered key,
   * checked and taken from draft to released (review window 0 days).
   */
  protected Released releasedTier1(String name) {
    Scenario scenario = draft(name);
    uploadExample(scenario, "tiny-classifier");
    SignedModel signed = uploadSignature(scenario, "tiny-classifier");
    JsonNode report = check(scenario);
    assertThat(report.path("passed").asBoolean()).as(report.toString()).isTrue();
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");
    allowed(steward, scenario, "approve", "approved");
    allowed(scenario.releaser(), scenario, "release", "released");
    return new Released(scenario, signed);
  }

  /** A new admin of the scenario's organization (org admins register signing keys). */
  protected ApiClient orgAdmin(Scenario scenario) {
    return member(scenario.org(), OrgRole.ADMIN, "admin");
  }

  /**
   * A release of the bundled example {@code example}, uploaded, signed and checked without a
   * failure, submitted by its releaser and taken into review by the steward.
   */
  protected Scenario inReview(String name, String example) {
    Scenario scenario = draft(name);
    uploadExample(scenario, example);
    uploadSignature(scenario, example);
    JsonNode report = check(scenario);
    assertThat(report.path("passed").asBoolean()).as(report.toString()).isTrue();
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");
    return scenario;
  }

  /** Runs the server-side check; returns the report. */
  protected static JsonNode check(Scenario scenario) {
    ApiResponse response = scenario.releaser().post(scenario.path() + "/check", "");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  protected static ApiResponse act(ApiClient client, Scenario scenario, String action) {
    return client.post(scenario.path() + "/transitions", "{\"action\": \"" + action + "\"}");
  }

  protected static ApiResponse act(
      ApiClient client, Scenario scenario, String action, String reason) {
    return client.post(
        scenario.path() + "/transitions",
        "{\"action\": \"" + action + "\", \"reason\": \"" + reason + "\"}");
  }

  /** Takes {@code action} and expects it to be allowed, leading to {@code state}. */
  protected static JsonNode allowed(
      ApiClient client, Scenario scenario, String action, String state) {
    ApiResponse response = act(client, scenario, action);
    assertThat(response.status()).as(action + ": " + response).isEqualTo(200);
    assertThat(response.json().path("state").asText()).isEqualTo(state);
    return response.json();
  }

  /** The guard codes of a 409 guard_failed answer, in order. */
  protected static List<String> failedGuards(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(409);
    assertThat(response.code()).isEqualTo("guard_failed");
    List<String> guards = new ArrayList<>();
    for (JsonNode guard : response.json().path("details").path("guards")) {
      assertThat(guard.path("message").asText()).isNotBlank();
      assertThat(guard.path("hint").asText()).isNotBlank();
      guards.add(guard.path("guard").asText());
    }
    return guards;
  }

  /** The release's id in the store (for reading its audit entries). */
  protected String releaseId(Scenario scenario) {
    return tx(
        tx -> {
          String orgId = tx.organizations().findBySlug(scenario.org()).orElseThrow().id();
          String modelId = tx.models().findByName(orgId, scenario.model()).orElseThrow().id();
          return tx.releases().findByVersion(modelId, scenario.version()).orElseThrow().id();
        });
  }

  /** The audit entries about a release, with their sealed details whether revealed or not. */
  protected List<StoredEntry> auditEntries(Scenario scenario) {
    String id = releaseId(scenario);
    return tx(tx -> tx.audit().entriesAbout(id, true));
  }

  /** The actions of the audit entries about a release, in order. */
  protected List<String> auditActions(Scenario scenario) {
    return auditEntries(scenario).stream()
        .map(entry -> leaf(entry).path("action").asText())
        .toList();
  }

  protected static JsonNode leaf(StoredEntry entry) {
    try {
      return dev.clearance.server.http.Json.mapper().readTree(entry.leaf());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected static Map<String, String> ifMatch(String revision) {
    return Map.of("If-Match", "\"" + revision + "\"");
  }
}
