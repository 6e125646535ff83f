package dev.clearance.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/**
 * A release of {@code examples/tiny-classifier}, signed, checked and in review, made through the
 * API for the evaluator's and auditor's browser tests.
 *
 * @param path the release's API path
 * @param signed the signed copy of the model the check verified
 */
public record ReleaseInReview(
    String org, String model, String version, ApiClient releaser, SignedModel signed) {

  /** The release's API path. */
  public String path() {
    return "/api/v1/orgs/" + org + "/models/" + model + "/releases/" + version;
  }

  /** The evaluator's material page of the release. */
  public String materialPage() {
    return "/review/" + org + "/" + model + "/" + version;
  }

  /**
   * Creates the model and release {@code 1.0.0} as {@code releaser}, uploads and signs the example
   * (the key registered by {@code admin}), checks it and takes it to review ({@code steward}).
   */
  public static ReleaseInReview make(
      String org,
      String model,
      ApiClient releaser,
      ApiClient admin,
      ApiClient steward,
      Path signingFolder) {
    String modelPath = "/api/v1/orgs/" + org + "/models/" + model;
    expect(releaser.put(modelPath, "{}"), 201);
    expect(releaser.put(modelPath + "/releases/1.0.0", "{}"), 201);
    SignedModel signed =
        SignedModel.ofExample("tiny-classifier", signingFolder).registered(admin, org, "release");
    ReleaseInReview release = new ReleaseInReview(org, model, "1.0.0", releaser, signed);
    signed.upload(releaser, release.path());
    ApiResponse checked = releaser.post(release.path() + "/check", "");
    expect(checked, 200);
    assertThat(checked.json().path("passed").asBoolean()).as(checked.toString()).isTrue();
    release.act(releaser, "submit");
    release.act(steward, "start_review");
    return release;
  }

  /** Takes the transition {@code action} as {@code client}; expects it to be allowed. */
  public void act(ApiClient client, String action) {
    expect(client.post(path() + "/transitions", "{\"action\": \"" + action + "\"}"), 200);
  }

  /** Asserts that {@code response} has {@code status}; returns it. */
  public static ApiResponse expect(ApiResponse response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    return response;
  }
}
