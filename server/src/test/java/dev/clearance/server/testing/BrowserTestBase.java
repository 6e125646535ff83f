package dev.clearance.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import dev.clearance.server.http.Json;
import dev.clearance.store.Dialect;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.identity.PasswordHasher;
import dev.clearance.store.identity.User;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

/**
 * Base of tests of the web pages in a real browser: Debian's {@code /usr/bin/chromium} driven by
 * Playwright (never a downloaded browser), against a registry with a real data folder on SQLite
 * (the API tests cover both databases). Each test gets a fresh browser context and {@link #page}.
 *
 * <p>A test fails when its pages log a console error, throw an uncaught error, open a dialog
 * ({@code alert}, {@code confirm}: what injected script would do) or fail to load an asset.
 * Statuses of documents and API calls are the tests' to assert.
 */
public abstract class BrowserTestBase extends ReleaseTestBase {

  /** Where {@link #screenshot} writes, under the server module's build folder. */
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** Flags that let Chromium run headless on the closed network (shared/STACK.md). */
  private static final List<String> CHROMIUM_FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  /** Test users' passwords are hashed cheaply: the registry verifies any iteration count. */
  private static final PasswordHasher TEST_HASHER = new PasswordHasher(1_000);

  private static final Set<String> CALLS = Set.of("fetch", "xhr");

  private Playwright playwright;
  private Browser browser;

  /** This test's browser context (cookies) and its first page. */
  protected BrowserContext context;

  protected Page page;

  private final List<String> problems = new CopyOnWriteArrayList<>();

  /** A person with a password, who can sign in through the sign-in page. */
  protected record Person(String handle, String password, ApiClient api) {}

  /** Browser tests run on SQLite only: the API tests cover both databases. */
  protected static java.util.stream.Stream<Dialect> dialects() {
    return java.util.stream.Stream.of(Dialect.SQLITE);
  }

  @BeforeParameterizedClassInvocation
  void startBrowser() {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(
          "the browser tests need Debian's Chromium at "
              + CHROMIUM
              + ": apt-get install -y chromium (.ci/run installs it when missing)");
    }
    playwright = Playwright.create();
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setArgs(CHROMIUM_FLAGS)
                    .setHeadless(true));
  }

  @AfterParameterizedClassInvocation
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void openPage() {
    problems.clear();
    context = newContext(true);
    page = context.newPage();
  }

  @AfterEach
  void closeAndCheck() {
    context.close();
    assertThat(problems)
        .as("console errors, uncaught errors, dialogs and failed assets of the test's pages")
        .isEmpty();
  }

  /**
   * A new browser context (own cookies) at 1280 × 800 whose pages are watched like {@link #page};
   * with {@code javaScript} false it reads pages as a browser without JavaScript does.
   */
  protected BrowserContext newContext(boolean javaScript) {
    BrowserContext created =
        browser.newContext(
            new Browser.NewContextOptions()
                .setBaseURL(registry.baseUri().toString())
                .setJavaScriptEnabled(javaScript)
                .setViewportSize(1280, 800));
    created.onPage(this::watch);
    return created;
  }

  private void watch(Page watched) {
    watched.onConsoleMessage(
        message -> {
          // Failed loads are judged by onResponse: documents and API calls are the test's.
          if (message.type().equals("error")
              && !message.text().startsWith("Failed to load resource: the server responded")) {
            problems.add("console error: " + message.text() + " (" + message.location() + ")");
          }
        });
    watched.onPageError(error -> problems.add("uncaught error: " + error));
    watched.onDialog(
        dialog -> {
          problems.add("dialog (" + dialog.type() + "): " + dialog.message());
          dialog.dismiss();
        });
    watched.onResponse(
        response -> {
          if (response.status() >= 400
              && !response.request().isNavigationRequest()
              && !CALLS.contains(response.request().resourceType())) {
            problems.add("asset failed: " + response.status() + " " + response.url());
          }
        });
  }

  /**
   * Removes and returns the problems recorded so far that contain {@code text}, for a test that
   * provokes one on purpose (e.g. a script the CSP blocks) and asserts it was seen.
   */
  protected List<String> takeProblems(String text) {
    List<String> taken = problems.stream().filter(problem -> problem.contains(text)).toList();
    problems.removeAll(taken);
    return taken;
  }

  /** Opens {@code path} in {@link #page}; returns the document's response. */
  protected Response open(String path) {
    return page.navigate(path);
  }

  /**
   * Saves full-page screenshots of {@link #page} at 1280 × 800 and 390 × 844 as {@code
   * target/screenshots/<name>-1280.png} and {@code -390.png}.
   */
  protected void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int[][] sizes = {{1280, 800}, {390, 844}};
    for (int[] size : sizes) {
      page.setViewportSize(size[0], size[1]);
      page.screenshot(
          new Page.ScreenshotOptions()
              .setFullPage(true)
              .setPath(SCREENSHOTS.resolve(name + "-" + size[0] + ".png")));
    }
    page.setViewportSize(1280, 800);
  }

  /**
   * Runs axe-core on {@link #page} and fails on any serious or critical violation, listing them.
   * axe is evaluated through Playwright, so the page's CSP stays as users get it.
   */
  protected void assertAccessible() {
    page.evaluate(Axe.SOURCE);
    String found =
        (String)
            page.evaluate(
                "async () => JSON.stringify((await axe.run(document,"
                    + " {resultTypes: ['violations']})).violations)");
    List<String> serious = new ArrayList<>();
    for (JsonNode violation : Axe.parse(found)) {
      String impact = violation.path("impact").asText();
      if (impact.equals("serious") || impact.equals("critical")) {
        List<String> targets = new ArrayList<>();
        violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
        serious.add(
            impact
                + " "
                + violation.path("id").asText()
                + ": "
                + violation.path("help").asText()
                + " at "
                + targets);
      }
    }
    assertThat(serious)
        .as("serious or critical accessibility violations on " + page.url())
        .isEmpty();
  }

  /**
   * A release of {@code examples/tiny-classifier} of {@code org} in review, made through the API by
   * a new releaser and admin of {@code org} (the example is signed in {@code signingFolder}).
   */
  protected ReleaseInReview releaseInReview(String org, Path signingFolder) {
    return ReleaseInReview.make(
        org,
        unique("tiny"),
        member(org, OrgRole.RELEASER, "releaser"),
        member(org, OrgRole.ADMIN, "admin"),
        steward,
        signingFolder);
  }

  /** A new user with a password and the given registry roles (see {@link #user}). */
  protected Person person(String handle, GlobalRole... roles) {
    ApiClient api = user(handle, roles);
    String password = "correct horse " + handle;
    run(
        tx -> {
          User stored = tx.users().findByHandle(api.name()).orElseThrow();
          tx.users()
              .updatePasswordHash(
                  stored.id(), stored.version(), TEST_HASHER.hash(password.toCharArray()));
        });
    return new Person(api.name(), password, api);
  }

  /** Signs {@code person} in through the sign-in page of {@link #page} and waits for the next. */
  protected void signIn(Person person) {
    open("/login");
    page.getByLabel("Handle").fill(person.handle());
    page.getByLabel("Password").fill(person.password());
    page.waitForNavigation(
        () ->
            page.getByRole(
                    com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Sign in"))
                .click());
  }

  /** The axe-core script of the WebJar on the test class path. */
  private static final class Axe {
    static final String SOURCE = read();

    private static String read() {
      String properties = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";
      Properties pom = new Properties();
      try (InputStream in = resource(properties)) {
        pom.load(in);
        String script =
            "META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js";
        try (InputStream source = resource(script)) {
          return new String(source.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static InputStream resource(String name) {
      InputStream in = BrowserTestBase.class.getClassLoader().getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException(
            name + " is missing: the axe-core WebJar is a test dependency");
      }
      return in;
    }

    static JsonNode parse(String json) {
      try {
        return Json.mapper().readTree(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
