package dev.clearance.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Which URLs a webhook may have, with private targets refused as in production. */
class WebhookTargetsTest {

  private final WebhookTargets production = new WebhookTargets(false);

  @Test
  void problem_publicHttpsUrl_none() {
    assertThat(production.problem("https://hooks.example.org/clearance?x=1")).isEmpty();
    assertThat(production.problem("http://203.0.113.7:8080/hook")).isEmpty();
  }

  @Test
  void problem_otherSchemesAndMalformed_named() {
    assertThat(production.problem("ftp://hooks.example.org/x")).get().asString().contains("ftp");
    assertThat(production.problem("file:///etc/passwd")).get().asString().contains("https://");
    assertThat(production.problem("https://user:pw@hooks.example.org/"))
        .get()
        .asString()
        .contains("password");
    assertThat(production.problem("https://hooks.example.org/#x"))
        .get()
        .asString()
        .contains("fragment");
    assertThat(production.problem("https:// spaces")).isPresent();
    assertThat(production.problem("")).get().asString().contains("missing");
  }

  @Test
  void problem_loopbackPrivateAndLinkLocal_refusedUnlessAllowed() {
    for (String url :
        new String[] {
          "http://localhost/hook",
          "http://127.0.0.1/hook",
          "http://10.1.2.3/hook",
          "http://192.168.0.1/hook",
          "http://169.254.169.254/latest/meta-data",
          "http://[::1]/hook",
          "http://0.0.0.0/hook"
        }) {
      assertThat(production.problem(url)).as(url).isPresent();
      assertThat(new WebhookTargets(true).problem(url)).as(url).isEmpty();
    }
  }

  @Test
  void addressProblem_loopbackLiteral_refused() throws Exception {
    assertThat(production.addressProblem(URI.create("http://127.0.0.1:1/hook")))
        .get()
        .asString()
        .contains("127.0.0.1");
  }
}
