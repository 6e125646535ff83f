package dev.clearance.server.web.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile content on the public pages: a model card built from the card sanitizer's hostile corpus
 * (script tags, event handlers, javascript: and data: links, SVG and MathML with script, frames,
 * forms, CSS, DOM clobbering, bidi controls) and organization, model, finding and response texts
 * full of the same. The pages must render all of it inert: {@code BrowserTestBase} fails the test
 * on any dialog or console error that injected script or a CSP violation would cause, and the test
 * looks into the DOM for what must not be there.
 */
class HostileContentPageTest extends ModelPageSteps {

  /** The corpus files of {@code CardCorpusTest} whose bodies make up the hostile card. */
  private static final List<String> CORPUS =
      List.of(
          "script-tags",
          "event-handlers",
          "javascript-markdown-links",
          "javascript-raw-html",
          "javascript-reference-links",
          "data-links",
          "svg-mathml",
          "frames-forms",
          "css",
          "clobbering",
          "images",
          "bidi");

  private static final String ORG_NAME =
      "<script>alert('org')</script><img src=x onerror=alert('org-img')> \u202Etxt.exe";

  private static final String MODEL_NAME =
      "\"><svg onload=alert('model')><a href=\"javascript:alert('m')\">x</a> \u2066isolated\u2069";

  private static final String FINDING_TITLE =
      "<script>alert('finding')</script><iframe src=\"javascript:alert('f')\"></iframe>";

  private static final String RATIONALE =
      "<a href=\"javascript:alert('response')\" onclick=\"alert('click')\">details</a>"
          + " <img src=\"data:image/svg+xml,<svg onload=alert(1)>\">";

  /** The bodies of the corpus files, without their front matter. */
  private static String hostileCardText() {
    StringBuilder text = new StringBuilder();
    for (String name : CORPUS) {
      String path = "/dev/clearance/server/card/hostile/" + name + ".md";
      try (InputStream in = HostileContentPageTest.class.getResourceAsStream(path)) {
        assertThat(in).as(path).isNotNull();
        String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (file.startsWith("---\n")) {
          file = file.substring(file.indexOf("\n---\n", 4) + 5);
        }
        text.append("\n").append(file.replaceAll("(?m)^# ", "## ")).append("\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return text.toString();
  }

  /** A released model whose card, names, finding and response are hostile. */
  private Scenario hostileRelease() {
    Scenario scenario = checkedDraft("hostile", hostileCardText());
    run(
        tx -> {
          var org = tx.organizations().findBySlug(scenario.org()).orElseThrow();
          tx.organizations().updateDisplayName(org.id(), org.version(), ORG_NAME);
          var model = tx.models().findByName(org.id(), scenario.model()).orElseThrow();
          tx.models().updateDisplayName(model.id(), model.version(), MODEL_NAME);
        });
    inReview(scenario);
    ApiClient mallory = grantedEvaluator(scenario, "mallory");
    JsonNode finding =
        file(mallory, scenario, FINDING_TITLE, "medium", "<svg><script>alert('s')</script></svg>");
    respond(scenario, finding, "disputed", RATIONALE);
    release(scenario);
    return scenario;
  }

  @Test
  void releasePage_hostileCardAndNames_renderInert() {
    Scenario scenario = hostileRelease();

    open(pagePath(scenario));

    assertThat(page.locator(".card-body")).containsText("Scripts");
    assertThat(page.locator(".card-body script, .card-body svg, .card-body math")).hasCount(0);
    assertThat(page.locator(".card-body iframe, .card-body object, .card-body embed")).hasCount(0);
    assertThat(page.locator(".card-body form, .card-body style, .card-body input")).hasCount(0);
    assertThat(page.locator("main script, main svg, main iframe, main img")).hasCount(0);
    assertThat(page.evaluate("() => document.scripts.length")).isEqualTo(2);
    assertThat(
            page.evaluate(
                "() => Array.from(document.scripts).every(s => s.src.includes('/assets/'))"))
        .isEqualTo(true);
    assertThat(page.evaluate(EVENT_HANDLER_ATTRIBUTES)).isEqualTo(0);
    assertThat(page.evaluate(SCRIPTED_LINKS)).isEqualTo(0);
    assertThat(page.locator(".display-name")).containsText("<script>alert('org')</script>");
    assertThat(page.locator(".display-name")).containsText("<svg onload=alert('model')>");
    assertThat(page.locator("#findings")).containsText(FINDING_TITLE);
    assertThat(page.locator("#findings")).containsText("<script>alert('s')</script>");
    assertThat(page.locator("#findings")).containsText("javascript:alert('response')");
    assertThat(page.locator(".display-name bdi").first()).containsText("\u2066isolated\u2069");
    assertThat((String) page.evaluate("() => document.querySelector('.card-body').textContent"))
        .doesNotContain("\u202E", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069");
    assertThat((String) page.title()).contains(scenario.model());
    assertAccessible();
    screenshot("release-hostile");
  }

  @Test
  void catalogAndModelPage_hostileNames_renderAsText() {
    Scenario scenario = hostileRelease();

    open("/?org=" + scenario.org());
    assertThat(page.locator(".release-item")).hasCount(1);
    assertThat(page.locator(".release-item")).containsText("<svg onload=alert('model')>");
    assertThat(page.evaluate(EVENT_HANDLER_ATTRIBUTES)).isEqualTo(0);
    assertThat(page.evaluate(SCRIPTED_LINKS)).isEqualTo(0);
    open(dev.clearance.server.web.Links.model(scenario.org(), scenario.model()));

    assertThat(page.locator(".display-name")).containsText("<script>alert('org')</script>");
    assertThat(page.locator("main svg, main script, main img")).hasCount(0);
    assertThat(page.evaluate(EVENT_HANDLER_ATTRIBUTES)).isEqualTo(0);
    assertThat(page.evaluate(SCRIPTED_LINKS)).isEqualTo(0);
  }

  /** How many elements of the page carry an {@code on…} attribute. */
  private static final String EVENT_HANDLER_ATTRIBUTES =
      "() => Array.from(document.querySelectorAll('*')).filter(e =>"
          + " Array.from(e.attributes).some(a => a.name.toLowerCase().startsWith('on'))).length";

  /** How many links or sources of the page point at javascript:, data: or vbscript: URLs. */
  private static final String SCRIPTED_LINKS =
      "() => Array.from(document.querySelectorAll('[href], [src], [action], [formaction],"
          + " [xlink\\\\:href]')).filter(e => ['href', 'src', 'action', 'formaction',"
          + " 'xlink:href'].some(n => /^\\s*(javascript|data|vbscript):/i.test(e.getAttribute(n)"
          + " || ''))).length";
}
