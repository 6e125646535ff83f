package dev.clearance.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.clearance.server.http.Json;
import dev.clearance.server.testing.BrowserTestBase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * {@code clearance.js}: forms marked {@code data-api-path} go to the JSON API (docs/web.md
 * "Forms"), through the real account page and, for the naming convention, through forms added to a
 * page whose requests the test intercepts to read exactly what the script sends.
 */
class FormScriptTest extends BrowserTestBase {

  /** A request the script sent to an intercepted path. */
  private record Sent(String method, String url, Map<String, String> headers, byte[] body) {
    JsonNode json() throws Exception {
      return Json.mapper().readTree(new String(body, StandardCharsets.UTF_8));
    }
  }

  /** Intercepts {@code /api/v1/test/...}, records each request and answers {@code answer}. */
  private List<Sent> intercept(int status, String answer) {
    List<Sent> sent = new CopyOnWriteArrayList<>();
    page.route(
        "**/api/v1/test/**",
        (Route route) -> {
          sent.add(
              new Sent(
                  route.request().method(),
                  route.request().url(),
                  route.request().headers(),
                  route.request().postDataBuffer()));
          route.fulfill(
              new Route.FulfillOptions()
                  .setStatus(status)
                  .setContentType("application/json")
                  .setBody(answer));
        });
    return sent;
  }

  /** Puts {@code html} (a form) into the page's main element. */
  private void addForm(String html) {
    page.evaluate("html => { document.querySelector('main').innerHTML = html; }", html);
  }

  @Test
  void profileForm_validChange_isSavedThroughTheApiAndShownAfterReload() {
    Person grace = person("grace");
    signIn(grace);
    page.navigate("/account");

    page.getByLabel("Display name").fill("Grace Hopper");
    page.waitForNavigation(
        () ->
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save profile"))
                .click());

    assertThat(page.getByLabel("Display name")).hasValue("Grace Hopper");
    assertThat(grace.api().get("/api/v1/me").json().path("displayName").asText())
        .isEqualTo("Grace Hopper");
  }

  @Test
  void profileForm_apiRefusal_showsMessageAndHintAndMarksTheField() {
    Person grace = person("grace");
    signIn(grace);
    page.navigate("/account");

    page.getByLabel("Display name").fill("x".repeat(201));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save profile")).click();

    assertThat(page.getByRole(AriaRole.ALERT)).containsText("at most 200 are allowed");
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("Fix the displayName");
    assertThat(page.getByRole(AriaRole.ALERT)).isFocused();
    assertThat(page.getByLabel("Display name")).hasAttribute("aria-invalid", "true");
    assertThat(page.locator("[data-error-for=displayName]")).isVisible();
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save profile")))
        .isEnabled();
    assertAccessible();
    screenshot("account-error");
  }

  @Test
  void apiForm_namingConvention_sendsTheDocumentedJsonWithTheCsrfToken() throws Exception {
    Person grace = person("grace");
    signIn(grace);
    List<Sent> sent = intercept(201, "{\"id\": \"f 1\"}");
    addForm(
        "<form data-api-method='POST' data-api-path='/api/v1/test/{org}/findings'"
            + " data-success='redirect' data-success-url='/?q={id}'>"
            + "<div role='alert' hidden><p class='alert-message'></p></div>"
            + "<input name='org' value='acme'>"
            + "<input name='title' value='Leaks PII'>"
            + "<input name='details.severity' value='high'>"
            + "<input name='details.steps' data-type='int' value='3'>"
            + "<input name='versions' value='1.0'><input name='versions' value='1.1'>"
            + "<input name='tags' data-list value='bias'>"
            + "<textarea name='expertise' data-list='lines'>nlp\nsafety\n</textarea>"
            + "<input type='checkbox' name='public' data-type='bool'>"
            + "<input name='note' value=''>"
            + "<input name='email' value='' data-send-empty>"
            + "<input type='hidden' name='_csrf' value='ignored'>"
            + "<button type='submit'>Send</button></form>");

    page.waitForNavigation(() -> page.getByText("Send").click());

    assertThat(sent).hasSize(1);
    Sent request = sent.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.url()).endsWith("/api/v1/test/acme/findings");
    assertThat(request.headers().get("content-type")).isEqualTo("application/json");
    assertThat(request.headers().get("x-csrf-token"))
        .isEqualTo(
            dev.clearance.store.identity.SessionRepository.csrfTokenOf(
                context.cookies().stream()
                    .filter(cookie -> cookie.name.equals("clearance_session"))
                    .findFirst()
                    .orElseThrow()
                    .value));
    assertThat(request.json())
        .isEqualTo(
            Json.mapper()
                .readTree(
                    "{\"title\": \"Leaks PII\", \"details\": {\"severity\": \"high\", \"steps\": 3},"
                        + " \"versions\": [\"1.0\", \"1.1\"], \"tags\": [\"bias\"],"
                        + " \"expertise\": [\"nlp\", \"safety\"], \"public\": false,"
                        + " \"email\": \"\"}"));
    assertThat(page.url()).endsWith("/?q=f%201");
  }

  @Test
  void apiForm_indexedNames_sendListsOfObjectsWithoutTheEmptyRows() throws Exception {
    Person grace = person("grace");
    signIn(grace);
    List<Sent> sent = intercept(201, "{}");
    addForm(
        "<form data-api-method='POST' data-api-path='/api/v1/test/applications'"
            + " data-success='show' data-success-target='done'>"
            + "<input type='hidden' name='conflicts' data-list value=''>"
            + "<input name='conflicts[0].kind' value='funding'>"
            + "<input name='conflicts[0].organization' value='acme'>"
            + "<input name='conflicts[1].kind' value=''>"
            + "<input name='conflicts[2].kind' value='other'>"
            + "<input type='hidden' name='none' data-list value=''>"
            + "<button type='submit'>Send</button></form>"
            + "<p id='done' hidden>Sent.</p>");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();

    assertThat(page.locator("#done")).isVisible();
    assertThat(sent.get(0).json())
        .isEqualTo(
            Json.mapper()
                .readTree(
                    "{\"conflicts\": [{\"kind\": \"funding\", \"organization\": \"acme\"},"
                        + " {\"kind\": \"other\"}], \"none\": []}"));
  }

  @Test
  void apiForm_rawBodyFile_isSentAsTheBodyWithItsNameInTheQuery() {
    Person grace = person("grace");
    signIn(grace);
    List<Sent> sent = intercept(201, "{}");
    addForm(
        "<form data-api-method='POST' data-api-path='/api/v1/test/attachments' data-success='show'"
            + " data-success-target='done'>"
            + "<div role='alert' hidden><p class='alert-message'></p></div>"
            + "<label for='file'>File</label>"
            + "<input id='file' type='file' name='file' data-raw-body='name'>"
            + "<input name='kind' value='evidence'>"
            + "<button type='submit'>Upload</button></form>"
            + "<p id='done' hidden>Uploaded.</p>");
    page.getByLabel("File")
        .setInputFiles(
            new FilePayload(
                "outputs.txt", "text/plain", "model outputs".getBytes(StandardCharsets.UTF_8)));

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();

    assertThat(page.locator("#done")).isVisible();
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).url())
        .endsWith("/api/v1/test/attachments?kind=evidence&name=outputs.txt");
    assertThat(sent.get(0).headers().get("content-type")).isEqualTo("application/octet-stream");
    assertThat(new String(sent.get(0).body(), StandardCharsets.UTF_8)).isEqualTo("model outputs");
  }

  @Test
  void apiForm_errorWithoutJsonBody_saysTheStatusInTheAlert() {
    Person grace = person("grace");
    signIn(grace);
    page.route(
        "**/api/v1/test/**",
        route -> route.fulfill(new Route.FulfillOptions().setStatus(502).setBody("Bad gateway")));
    addForm(
        "<form data-api-method='DELETE' data-api-path='/api/v1/test/thing'>"
            + "<div role='alert' tabindex='-1' hidden><p class='alert-message'></p>"
            + "<p class='alert-hint'></p></div><button type='submit'>Delete</button></form>");

    page.getByText("Delete").click();

    assertThat(page.getByRole(AriaRole.ALERT)).containsText("The server answered 502");
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("tell the registry's operator");
  }
}
