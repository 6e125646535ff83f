package dev.clearance.server.notify;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP receiver of webhook deliveries on loopback (JDK {@code com.sun.net.httpserver}): it
 * records every request and answers 500 to the first {@code failures} of them, then 204. With
 * {@link #hang} it answers nothing until closed (a receiver that times out).
 */
final class WebhookReceiver implements AutoCloseable {

  /** One request as received. */
  record Received(Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .map(entry -> entry.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft;
  private final CountDownLatch released = new CountDownLatch(1);
  private final boolean hang;

  private WebhookReceiver(int failures, boolean hang) throws IOException {
    this.failuresLeft = new AtomicInteger(failures);
    this.hang = hang;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(
        "/hook",
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
          if (this.hang) {
            awaitRelease();
          }
          int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  /** Answers 500 to the first {@code failures} requests, then 204. */
  static WebhookReceiver failingFirst(int failures) throws IOException {
    return new WebhookReceiver(failures, false);
  }

  /** Never answers while open. */
  static WebhookReceiver hanging() throws IOException {
    return new WebhookReceiver(0, true);
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  private void awaitRelease() {
    try {
      released.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
  }
}
