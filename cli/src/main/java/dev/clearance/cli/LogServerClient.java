package dev.clearance.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.document.InputException;
import dev.clearance.ledger.Hash;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads a registry's public audit log API ({@code /api/v1/log/...}) with the JDK's HTTP client.
 * Every failure (unreachable server, error status, unexpected body) is an {@link InputException}
 * naming the URL, with a hint.
 */
final class LogServerClient {

  /** Entries per request, the API's maximum. */
  static final int PAGE = 1000;

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final String base;
  private final HttpClient http;

  /**
   * @throws InputException if {@code server} is not an http(s) URL
   */
  LogServerClient(String server) throws InputException {
    String trimmed = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
    try {
      URI uri = new URI(trimmed);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new URISyntaxException(server, "expected http:// or https:// and a host");
      }
    } catch (URISyntaxException e) {
      throw new InputException(
          "--server",
          0,
          "'" + server + "' is not a registry URL: " + e.getReason(),
          "Pass the registry's base URL, e.g. --server https://registry.example.org");
    }
    this.base = trimmed;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** The latest signed checkpoint note. */
  byte[] checkpoint() throws InputException {
    try (InputStream body = get("/api/v1/log/checkpoint")) {
      byte[] note = body.readNBytes((1 << 20) + 1);
      if (note.length > 1 << 20) {
        throw failure("/api/v1/log/checkpoint", "the checkpoint is larger than 1 MiB", null);
      }
      return note;
    } catch (IOException e) {
      throw failure("/api/v1/log/checkpoint", "reading the answer failed: " + e.getMessage(), e);
    }
  }

  /** One page of entries from {@code start}. */
  JsonNode entries(long start) throws InputException {
    return json("/api/v1/log/entries?start=" + start + "&limit=" + PAGE);
  }

  /** The consistency proof hashes from tree size {@code from} to {@code to}. */
  List<Hash> consistencyProof(long from, long to) throws InputException {
    String path = "/api/v1/log/proofs/consistency?from=" + from + "&to=" + to;
    JsonNode proof = json(path);
    List<Hash> hashes = new ArrayList<>();
    try {
      for (JsonNode hash : proof.path("hashes")) {
        hashes.add(Hash.fromBase64(hash.asText()));
      }
    } catch (IllegalArgumentException e) {
      throw failure(path, "the proof holds a hash that is not base64 of 32 bytes", e);
    }
    return hashes;
  }

  /** The entries of sequence {@code 0 .. size-1}, page by page. */
  LogSource entries(byte[] checkpointNote, long size) {
    return new Pages(checkpointNote, size);
  }

  /** What {@code path} answers, as JSON. */
  JsonNode json(String path) throws InputException {
    try (InputStream body = get(path)) {
      return LogJson.mapper().readTree(body);
    } catch (IOException e) {
      throw failure(path, "the answer is not JSON: " + e.getMessage(), e);
    }
  }

  private InputStream get(String path) throws InputException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw failure(path, "the registry did not answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(path, "interrupted", e);
    }
    if (response.statusCode() != 200) {
      String message;
      try (InputStream body = response.body()) {
        JsonNode error = LogJson.mapper().readTree(body.readNBytes(64 * 1024));
        message = error.path("message").asText("");
      } catch (IOException | RuntimeException e) {
        message = "";
      }
      throw failure(
          path,
          "the registry answered HTTP "
              + response.statusCode()
              + (message.isEmpty() ? "" : ": " + message),
          null);
    }
    return response.body();
  }

  private InputException failure(String path, String problem, Throwable cause) {
    return new InputException(
        base + path,
        0,
        problem,
        "Check --server (the registry's base URL) and that the registry is running.",
        cause);
  }

  /** Entries read a page at a time; only the current page is held. */
  private final class Pages implements LogSource {
    private final byte[] note;
    private final long size;
    private Iterator<JsonNode> page = List.<JsonNode>of().iterator();
    private long nextStart;
    private boolean last;
    private LogRecord pending;

    Pages(byte[] note, long size) {
      this.note = note.clone();
      this.size = size;
      this.last = size == 0;
    }

    @Override
    public byte[] checkpointNote() {
      return note.clone();
    }

    @Override
    public boolean hasNext() {
      while (pending == null) {
        if (page.hasNext()) {
          LogRecord record = record(page.next());
          if (record.sequence() < size) {
            pending = record;
          } else {
            last = true;
            page = List.<JsonNode>of().iterator();
          }
        } else if (last) {
          return false;
        } else {
          fetch();
        }
      }
      return true;
    }

    @Override
    public LogRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      LogRecord record = pending;
      pending = null;
      return record;
    }

    private void fetch() {
      JsonNode answer;
      try {
        answer = entries(nextStart);
      } catch (InputException e) {
        throw new Failure(e);
      }
      page = answer.path("items").iterator();
      JsonNode next = answer.get("next");
      if (next == null || !next.canConvertToLong() || next.longValue() <= nextStart) {
        last = true;
      } else {
        nextStart = next.longValue();
      }
    }

    private LogRecord record(JsonNode item) {
      try {
        return LogRecord.of(item);
      } catch (IllegalArgumentException e) {
        throw new Failure(failure("/api/v1/log/entries", e.getMessage(), e));
      }
    }

    @Override
    public void close() {}
  }
}
