package dev.clearance.server.finding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.store.identity.GlobalRole;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Comments, follow-ups and evidence attachments on findings (REV-4): review participants add them,
 * whoever may see the finding reads them; uploads are hashed and size-limited.
 */
class FindingFollowUpTest extends FindingTestBase {

  private Scenario scenario;
  private ApiClient ada;
  private JsonNode finding;

  @BeforeEach
  void findingFiled() {
    scenario = inReview("follow");
    ada = grantedEvaluator(scenario, "ada");
    finding = file(ada, scenario, "medium");
  }

  private ApiResponse comment(ApiClient client, String body) {
    return client.post(pathOf(scenario, finding) + "/comments", body);
  }

  @Test
  void comments_byParticipants_listedInOrder_othersRefused() {
    ApiClient cy = grantedEvaluator(scenario, "cy");
    List<Integer> added =
        List.of(
            comment(ada, "{\"text\": \"Also at temperature 0.\"}").status(),
            comment(scenario.releaser(), "{\"text\": \"Looking into it.\"}").status(),
            comment(cy, "{\"text\": \"Reproduced.\"}").status(),
            comment(steward, "{\"text\": \"Noted.\"}").status());
    ApiResponse outsider = comment(user("eve", GlobalRole.EVALUATOR), "{\"text\": \"me too\"}");
    ApiResponse plainUser = comment(user("bob"), "{\"text\": \"me too\"}");
    ApiResponse empty = comment(ada, "{\"text\": \"  \"}");

    JsonNode list = scenario.releaser().get(pathOf(scenario, finding) + "/comments").json();
    List<String> authors = new ArrayList<>();
    list.path("items").forEach(item -> authors.add(item.path("author").asText()));

    assertThat(added).containsOnly(201);
    assertThat(authors)
        .containsExactly(ada.name(), scenario.releaser().name(), cy.name(), steward.name());
    assertThat(outsider.status()).as("no grant: the release is invisible").isEqualTo(404);
    assertThat(plainUser.status()).isEqualTo(403);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().path("details").path("field").asText()).isEqualTo("text");
    assertThat(auditActions(scenario)).contains("finding.comment");
  }

  @Test
  void attachment_uploaded_isHashed_downloadable_andGoesWithAComment() throws Exception {
    byte[] content = bytes("prompt,completion\nceo,ceo@example.org\n");
    ApiResponse uploaded = attach(ada, scenario, finding, "leaks.csv", content);
    String id = uploaded.json().path("id").asText();

    ApiResponse download =
        scenario.releaser().get(pathOf(scenario, finding) + "/attachments/" + id);
    ApiResponse followUp =
        comment(ada, "{\"text\": \"Full sample attached.\", \"attachment\": \"" + id + "\"}");
    ApiResponse reused = comment(ada, "{\"text\": \"Again.\", \"attachment\": \"" + id + "\"}");
    ApiResponse notHers =
        comment(scenario.releaser(), "{\"text\": \"Mine?\", \"attachment\": \"" + id + "\"}");
    JsonNode view = ada.get(pathOf(scenario, finding)).json();

    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    assertThat(uploaded.json().path("sha256").asText()).isEqualTo(sha256);
    assertThat(uploaded.json().path("size").asLong()).isEqualTo(content.length);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body())
        .isEqualTo(new String(content, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(download.headers().firstValue("X-Content-SHA256")).contains(sha256);
    assertThat(followUp.status()).isEqualTo(201);
    assertThat(followUp.json().path("attachment").path("name").asText()).isEqualTo("leaks.csv");
    assertThat(reused.status()).isEqualTo(400);
    assertThat(notHers.status()).isEqualTo(400);
    assertThat(notHers.json().path("details").path("field").asText()).isEqualTo("attachment");
    assertThat(view.path("attachments").get(0).path("path").asText()).endsWith("/" + id);
    assertThat(auditActions(scenario)).contains("finding.attach");
  }

  @Test
  void attachment_badUploads_areRefusedWithNothingKept() {
    ApiResponse tooLarge = attach(ada, scenario, finding, "big.bin", new byte[(1 << 20) + 1]);
    ApiResponse noName =
        ada.send(
            "POST",
            pathOf(scenario, finding) + "/attachments",
            bytes("x"),
            "application/octet-stream",
            java.util.Map.of());
    ApiResponse badName = attach(ada, scenario, finding, "..%2Fetc", bytes("x"));
    ApiResponse asJson =
        ada.post(pathOf(scenario, finding) + "/attachments?name=a.json", "{\"a\": 1}");
    ApiResponse outsider =
        attach(user("eve", GlobalRole.EVALUATOR), scenario, finding, "a.txt", bytes("x"));

    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(noName.status()).isEqualTo(400);
    assertThat(noName.json().path("details").path("parameter").asText()).isEqualTo("name");
    assertThat(badName.status()).isEqualTo(400);
    assertThat(asJson.status()).isEqualTo(415);
    assertThat(outsider.status()).isEqualTo(404);
    assertThat(ada.get(pathOf(scenario, finding)).json().path("attachments")).isEmpty();
  }
}
