package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code clearance serve} on the embedded database, run in this JVM and stopped by the test. */
class ServeCommandTest {

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  /** A running {@code serve} with everything it printed so far. */
  private record Serving(
      ServeCommand command,
      Thread thread,
      StringBuffer out,
      StringBuffer err,
      AtomicInteger exitCode) {

    URI base() {
      Matcher matcher = LISTENING.matcher(out);
      assertThat(matcher.find()).as("serve printed where it listens: " + out + err).isTrue();
      return URI.create(matcher.group(1));
    }

    void stop() throws InterruptedException {
      command.stop();
      thread.join();
    }
  }

  /** Starts serve and returns once it printed its start-up message or ended. */
  private static Serving serve(String... args) throws InterruptedException {
    CountDownLatch ready = new CountDownLatch(1);
    StringBuffer out = new StringBuffer();
    StringBuffer err = new StringBuffer();
    ServeCommand command = new ServeCommand();
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(watching(out, ready)));
    commandLine.setErr(new PrintWriter(watching(err, new CountDownLatch(1))));
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    AtomicInteger exitCode = new AtomicInteger(-1);
    Thread thread =
        new Thread(
            () -> {
              exitCode.set(commandLine.execute(args));
              ready.countDown();
            });
    thread.start();
    ready.await();
    return new Serving(command, thread, out, err, exitCode);
  }

  private static Writer watching(StringBuffer buffer, CountDownLatch ready) {
    return new Writer() {
      @Override
      public void write(char[] chars, int offset, int length) {
        buffer.append(chars, offset, length);
        if (buffer.indexOf("Stop with Ctrl-C.") >= 0) {
          ready.countDown();
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void serve_firstStart_createsDataFolderPrintsBootstrapTokenAndIsReady(@TempDir Path temp)
      throws Exception {
    Path data = temp.resolve("data");

    Serving serving = serve("--data", data.toString(), "--port", "0");
    try {
      assertThat(serving.out().toString())
          .contains("/api/v1/bootstrap")
          .containsPattern("clrb_[A-Za-z0-9_-]{20,}")
          .contains("created the audit log signing key");
      HttpResponse<String> ready = get(serving.base().resolve("/health/ready"));
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(Files.exists(data.resolve("clearance.db"))).isTrue();
      assertThat(Files.exists(data.resolve("log-signing.key"))).isTrue();
    } finally {
      serving.stop();
    }
    assertThat(serving.exitCode().get()).isEqualTo(ExitCode.OK);
  }

  @Test
  void serve_secondStart_noBootstrapTokenAndSameLogKey(@TempDir Path temp) throws Exception {
    Path data = temp.resolve("data");
    Serving first = serve("--data", data.toString(), "--port", "0");
    first.stop();

    Serving second = serve("--data", data.toString(), "--port", "0");
    second.stop();

    assertThat(second.out().toString()).doesNotContain("clrb_").doesNotContain("created the");
    assertThat(verifierKey(second.out().toString())).isEqualTo(verifierKey(first.out().toString()));
  }

  @Test
  void serve_unreachablePostgres_exit2WithHowToStartIt(@TempDir Path temp) throws Exception {
    Serving serving =
        serve(
            "--data",
            temp.toString(),
            "--port",
            "0",
            "--db",
            "jdbc:postgresql://127.0.0.1:1/nothing");

    serving.thread().join();
    assertThat(serving.exitCode().get()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(serving.err().toString())
        .contains("cannot open the database")
        .contains("pg_ctlcluster");
  }

  @Test
  void serve_corruptLogKey_exit2NamingTheFile(@TempDir Path temp) throws Exception {
    Files.writeString(temp.resolve("log-signing.key"), "not a key\n");

    Serving serving = serve("--data", temp.toString(), "--port", "0");

    serving.thread().join();
    assertThat(serving.exitCode().get()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(serving.err().toString())
        .contains("log-signing.key")
        .contains("not an audit log signing key");
  }

  @Test
  void serve_smtpOptions_printsWhereEmailGoesWithoutPassword(@TempDir Path temp) throws Exception {
    Serving serving =
        serve(
            "--data",
            temp.toString(),
            "--port",
            "0",
            "--smtp-host",
            "127.0.0.1",
            "--smtp-port",
            "2525",
            "--smtp-from",
            "clearance@example.org",
            "--smtp-security",
            "none",
            "--public-url",
            "https://registry.example.org");
    try {
      assertThat(serving.out().toString())
          .contains("email:     smtp 127.0.0.1:2525 (none) from clearance@example.org");
    } finally {
      serving.stop();
    }
    assertThat(serving.exitCode().get()).isEqualTo(ExitCode.OK);
  }

  @Test
  void serve_smtpHostWithoutSender_exit2NamingTheOption(@TempDir Path temp) throws Exception {
    Serving serving =
        serve("--data", temp.toString(), "--port", "0", "--smtp-host", "mail.example.org");

    serving.thread().join();
    assertThat(serving.exitCode().get()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(serving.err().toString()).contains("--smtp-from");
  }

  private static String verifierKey(String out) {
    Matcher matcher = Pattern.compile("verifier key (\\S+)").matcher(out);
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }
}
