package dev.clearance.server;

import dev.clearance.server.http.BadMessageErrorHandler;
import dev.clearance.server.http.ErrorResponses;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.RequestLog;
import dev.clearance.server.http.SecurityHeaders;
import dev.clearance.server.openapi.OpenApiDocument;
import dev.clearance.server.route.Authenticator;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.EndpointTable;
import dev.clearance.server.route.PageTable;
import dev.clearance.server.system.Readiness;
import dev.clearance.server.system.SystemEndpoints;
import dev.clearance.server.web.Website;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The registry's HTTP server: the given endpoints plus health and {@code /openapi.json}, and the
 * web pages of a {@link Website}, behind authentication, access checks, security headers, the
 * shared error body (error pages for pages), request logging and a body size limit. Holds no state
 * that another instance would need (OPS-1): everything lives in the database.
 */
public final class ClearanceServer implements AutoCloseable {

  private final Javalin javalin;
  private final EndpointTable table;
  private final PageTable pages;

  private ClearanceServer(Javalin javalin, EndpointTable table, PageTable pages) {
    this.javalin = javalin;
    this.table = table;
    this.pages = pages;
  }

  /** Starts a server without web pages; it listens when this returns. */
  public static ClearanceServer start(
      ServerConfig config,
      List<Endpoint> endpoints,
      Authenticator authenticator,
      Readiness readiness,
      String version) {
    return start(config, endpoints, Website.NONE, authenticator, readiness, version);
  }

  /** Starts a server with the pages of {@code website}; it listens when this returns. */
  public static ClearanceServer start(
      ServerConfig config,
      List<Endpoint> endpoints,
      Website website,
      Authenticator authenticator,
      Readiness readiness,
      String version) {
    AtomicReference<String> openApi = new AtomicReference<>();
    List<Endpoint> all = new ArrayList<>(endpoints);
    all.addAll(SystemEndpoints.list(readiness, openApi::get));
    EndpointTable table = new EndpointTable(all);
    openApi.set(OpenApiDocument.json(table, version));
    Javalin javalin =
        Javalin.create(
            cfg -> {
              cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
              cfg.http.maxRequestSize = config.maxBodyBytes();
              cfg.http.defaultContentType = "application/json";
              cfg.startup.showJavalinBanner = false;
              cfg.jetty.host = config.host();
              cfg.jetty.port = config.port();
              cfg.jetty.modifyServer(
                  server -> server.setErrorHandler(new BadMessageErrorHandler()));
              SecurityHeaders.install(cfg);
              RequestLog.install(cfg);
              ErrorResponses.install(cfg, website.errorPages());
              table.install(cfg, authenticator);
              website.install(cfg, authenticator);
            });
    javalin.start();
    return new ClearanceServer(javalin, table, website.table());
  }

  public int port() {
    return javalin.port();
  }

  /** The base URI, e.g. {@code http://127.0.0.1:8080}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port());
  }

  public EndpointTable table() {
    return table;
  }

  /** The web pages (empty for a server without them). */
  public PageTable pages() {
    return pages;
  }

  @Override
  public void close() {
    javalin.stop();
  }
}
