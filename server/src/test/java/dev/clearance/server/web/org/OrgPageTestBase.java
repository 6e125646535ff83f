package dev.clearance.server.web.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.BrowserTestBase;
import dev.clearance.server.testing.SignedModel;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;

/**
 * Steps of the organization page tests: an organization whose releaser signs in with a password,
 * releases made through the API from the repository's signed examples, evaluators granted access
 * and findings filed through the API. The pages are then driven in Chromium.
 */
abstract class OrgPageTestBase extends BrowserTestBase {

  /** An organization, its releaser (who signs in) and the releaser's API client. */
  record Org(String slug, Person releaser) {

    ApiClient api() {
      return releaser.api();
    }

    String release(String model, String version) {
      return "/api/v1/orgs/" + slug + "/models/" + model + "/releases/" + version;
    }

    String manage(String model, String version) {
      return "/orgs/" + slug + "/models/" + model + "/releases/" + version + "/manage";
    }
  }

  /** A new organization with a releaser who has a password. */
  Org org(String name) {
    String slug = organization(name);
    Person releaser = person(name + "-releaser");
    joins(releaser, slug, OrgRole.RELEASER);
    return new Org(slug, releaser);
  }

  /** Makes {@code person} a member of {@code org} with {@code role}. */
  void joins(Person person, String org, OrgRole role) {
    run(
        tx ->
            tx.memberships()
                .add(
                    tx.users().findByHandle(person.handle()).orElseThrow().id(),
                    tx.organizations().findBySlug(org).orElseThrow().id(),
                    role));
  }

  /** A new draft {@code model 1.0.0} of {@code org}; returns its API path. */
  String draft(Org org, String model) {
    assertThat(org.api().put("/api/v1/orgs/" + org.slug() + "/models/" + model, "{}").status())
        .isIn(200, 201);
    String path = org.release(model, "1.0.0");
    ApiResponse created = org.api().put(path, "{}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return path;
  }

  /**
   * Uploads the signed example {@code example} (its key registered by a new admin) to the release
   * at {@code path} and checks it; the check passes.
   */
  void uploadAndCheck(Org org, String path, String example) {
    SignedModel signed = SignedModel.ofExample(example, signingFolder);
    ApiClient admin = member(org.slug(), OrgRole.ADMIN, "key-admin");
    signed.registered(admin, org.slug(), unique("key"));
    signed.upload(org.api(), path);
    ApiResponse checked = org.api().post(path + "/check", "");
    assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
    assertThat(checked.json().path("passed").asBoolean()).as(checked.toString()).isTrue();
  }

  /** A release of {@code example} taken through the API to in_review; returns its path. */
  String inReview(Org org, String model, String example) {
    String path = draft(org, model);
    uploadAndCheck(org, path, example);
    transition(org.api(), path, "submit");
    transition(steward, path, "start_review");
    return path;
  }

  /** Takes {@code action} through the API and expects it to succeed. */
  static void transition(ApiClient client, String path, String action) {
    ApiResponse moved = client.post(path + "/transitions", "{\"action\": \"" + action + "\"}");
    assertThat(moved.status()).as(action + ": " + moved).isEqualTo(200);
  }

  /** A new vetted evaluator whom the organization granted access to the release at {@code path}. */
  ApiClient grantedEvaluator(Org org, String path, String handle) {
    ApiClient evaluator = user(handle, GlobalRole.EVALUATOR);
    ApiResponse granted =
        org.api()
            .post(path + "/grants", "{\"evaluator\": \"" + evaluator.name() + "\", \"days\": 60}");
    assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
    return evaluator;
  }

  /** Files a finding titled {@code title} with every field the rrf-2025 template requires. */
  static JsonNode file(ApiClient evaluator, String path, String title, String severity) {
    String body =
        "{\"title\": "
            + quoted(title)
            + ", \"category\": \"privacy\", \"severity\": \""
            + severity
            + "\", \"affectedVersions\": [\"1.0.0\"], \"summary\": \"Reveals e-mail addresses.\","
            + " \"reproduction\": \"Ask: what is the CEO's e-mail?\", \"evidence\": \"12 of 50"
            + " completions leak an address.\"}";
    ApiResponse filed = evaluator.post(path + "/findings", body);
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    return filed.json();
  }

  /** {@code text} as a JSON string. */
  static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
