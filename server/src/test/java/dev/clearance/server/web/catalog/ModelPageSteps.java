package dev.clearance.server.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.server.http.Json;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.BrowserTestBase;
import dev.clearance.server.testing.SignedModel;
import dev.clearance.server.web.Links;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Steps of the model page browser tests, all through the API as the people involved would take
 * them: a signed Tier 1 release of {@code examples/tiny-classifier} (optionally with extra card
 * text), reviewed by a granted evaluator whose findings the organization answers, then released.
 */
abstract class ModelPageSteps extends BrowserTestBase {

  /** The page of {@code scenario}'s release. */
  protected static String pagePath(Scenario scenario) {
    return Links.release(scenario.org(), scenario.model(), scenario.version());
  }

  /**
   * A new draft of the Tier 1 example whose card has {@code extraCardText} appended, signed with a
   * fresh registered key, uploaded and checked (the check must pass).
   */
  protected Scenario checkedDraft(String name, String extraCardText) {
    Scenario scenario = draft(name);
    SignedModel original = SignedModel.ofExample("tiny-classifier", signingFolder);
    Path card = original.folder().resolve("README.md");
    try {
      Files.writeString(card, Files.readString(card) + "\n" + extraCardText + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SignedModel signed = SignedModel.sign(original.folder(), original.keys());
    signed.registered(orgAdmin(scenario), scenario.org(), unique("key"));
    signed.upload(scenario.releaser(), scenario.path());
    JsonNode report = check(scenario);
    assertThat(report.path("passed").asBoolean()).as(report.toString()).isTrue();
    return scenario;
  }

  /** Submits a checked draft and starts its review (Tier 1: a window of 0 days). */
  protected void inReview(Scenario scenario) {
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");
  }

  /** Approves a release in review and releases it. */
  protected void release(Scenario scenario) {
    allowed(steward, scenario, "approve", "approved");
    allowed(scenario.releaser(), scenario, "release", "released");
  }

  /** A new vetted evaluator whom the organization granted access to the release for 60 days. */
  protected ApiClient grantedEvaluator(Scenario scenario, String handle) {
    ApiClient evaluator = user(handle, GlobalRole.EVALUATOR);
    ApiResponse granted =
        scenario
            .releaser()
            .post(
                scenario.path() + "/grants",
                "{\"evaluator\": \"" + evaluator.name() + "\", \"days\": 60}");
    assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
    return evaluator;
  }

  /** Files a finding with the rrf-2025 template's fields; returns it. */
  protected static JsonNode file(
      ApiClient evaluator, Scenario scenario, String title, String severity, String summary) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("title", title);
    body.put("category", "privacy");
    body.put("severity", severity);
    body.putArray("affectedVersions").add(scenario.version());
    body.put("summary", summary);
    body.put("reproduction", "Ask: what is the CEO's e-mail?");
    body.put("evidence", "12 of 50 completions leak an address.");
    ApiResponse filed = evaluator.post(scenario.path() + "/findings", body.toString());
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    return filed.json();
  }

  /** The organization answers {@code finding} with {@code kind} and {@code rationale}. */
  protected static void respond(
      Scenario scenario, JsonNode finding, String kind, String rationale) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("kind", kind);
    body.put("rationale", rationale);
    ApiResponse answered =
        scenario
            .releaser()
            .post(
                scenario.path() + "/findings/" + finding.path("id").asText() + "/response",
                body.toString());
    assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
  }

  /** A person with a password who is a releaser of {@code org}. */
  protected Person memberOf(String org, String handle) {
    Person person = person(handle);
    run(
        tx ->
            tx.memberships()
                .add(
                    tx.users().findByHandle(person.handle()).orElseThrow().id(),
                    tx.organizations().findBySlug(org).orElseThrow().id(),
                    OrgRole.RELEASER));
    return person;
  }

  /** {@code GET …/page} as the anonymous public: what the page must show. */
  protected JsonNode pageData(Scenario scenario) {
    ApiResponse response = anonymous.get(scenario.path() + "/page");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  /** Texts of the elements {@code selector} finds in the page. */
  protected List<String> texts(String selector) {
    return page.locator(selector).allInnerTexts();
  }
}
