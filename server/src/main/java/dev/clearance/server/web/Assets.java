package dev.clearance.server.web;

import dev.clearance.server.http.ApiException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The static files of the pages, bundled in the jar and served under {@code /assets/<name>}: htmx
 * and Pico from their WebJars, and our own {@code clearance.css} and {@code clearance.js} from
 * {@code web/assets/}. Pages link them with a content hash ({@code ?v=}), so they may be cached for
 * long; nothing is loaded from another site. All are read when the server starts: a missing one
 * stops it.
 */
final class Assets {

  /** How long a browser may keep an asset whose URL carries its content hash. */
  static final String CACHE_VERSIONED = "public, max-age=31536000, immutable";

  /** How long a browser may keep an asset asked for without (or with an old) content hash. */
  static final String CACHE_UNVERSIONED = "public, max-age=3600";

  private record Asset(byte[] bytes, String contentType, String hash) {}

  private final Map<String, Asset> assets = new LinkedHashMap<>();

  Assets() {
    add("htmx.min.js", webJar("htmx.org", "dist/htmx.min.js"));
    add("pico.min.css", webJar("picocss__pico", "css/pico.min.css"));
    add("clearance.css", "web/assets/clearance.css");
    add("clearance.js", "web/assets/clearance.js");
  }

  /** Asset name to its versioned URL, e.g. {@code /assets/clearance.js?v=1a2b3c4d5e6f}. */
  Map<String, String> urls() {
    Map<String, String> urls = new LinkedHashMap<>();
    assets.forEach((name, asset) -> urls.put(name, "/assets/" + name + "?v=" + asset.hash()));
    return urls;
  }

  /** Answers {@code GET /assets/{name}}. */
  void serve(Context ctx) {
    String name = ctx.pathParam("name");
    Asset asset = assets.get(name);
    if (asset == null) {
      throw ApiException.notFound("asset '" + name + "'");
    }
    boolean versioned = asset.hash().equals(ctx.queryParam("v"));
    ctx.header("Cache-Control", versioned ? CACHE_VERSIONED : CACHE_UNVERSIONED);
    ctx.contentType(asset.contentType()).result(asset.bytes());
  }

  private void add(String name, String resource) {
    byte[] bytes = read(resource);
    String type =
        name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
    assets.put(name, new Asset(bytes, type, hash(bytes)));
  }

  /** The resource path of {@code file} in the WebJar {@code org.webjars.npm:<artifact>}. */
  private static String webJar(String artifact, String file) {
    String properties = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    Properties pom = new Properties();
    try (InputStream in = open(properties)) {
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + properties, e);
    }
    return "META-INF/resources/webjars/" + artifact + "/" + pom.getProperty("version") + "/" + file;
  }

  private static byte[] read(String resource) {
    try (InputStream in = open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled asset " + resource, e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "the bundled asset " + resource + " is missing from the class path; rebuild the server");
    }
    return in;
  }

  private static String hash(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
