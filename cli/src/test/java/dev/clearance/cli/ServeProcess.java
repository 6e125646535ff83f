package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code clearance serve} as a separate JVM with this test's class path, so a test can kill it with
 * SIGKILL ({@link Process#destroyForcibly()}) as an operating system or operator would. The start
 * waits on the process's own output ("Stop with Ctrl-C."), never on time.
 */
final class ServeProcess {

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  private static final Pattern BOOTSTRAP = Pattern.compile("\"bootstrapToken\":\"(clrb_[^\"]+)\"");
  private static final Pattern VERIFIER_KEY = Pattern.compile("verifier key (\\S+)");

  private final Process process;
  private final StringBuffer output;

  private ServeProcess(Process process, StringBuffer output) {
    this.process = process;
    this.output = output;
  }

  /**
   * Starts {@code clearance serve --data DATA --port 0} plus {@code extra} arguments and returns
   * once it printed that it is ready.
   *
   * @throws AssertionError if the process ended before it was ready
   */
  static ServeProcess start(Path data, String... extra) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-Xmx384m");
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of("serve", "--data", data.toString(), "--port", "0"));
    command.addAll(List.of(extra));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    StringBuffer output = new StringBuffer();
    CountDownLatch ready = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  output.append(line).append('\n');
                  if (line.startsWith("Stop with Ctrl-C.")) {
                    ready.countDown();
                  }
                }
              } catch (IOException e) {
                // The process was killed: its output ends here.
              } finally {
                ready.countDown();
              }
            },
            "serve-output");
    reader.setDaemon(true);
    reader.start();
    ready.await();
    ServeProcess serve = new ServeProcess(process, output);
    assertThat(process.isAlive())
        .as("clearance serve ended before it was ready; it printed:\n" + output)
        .isTrue();
    return serve;
  }

  /** Where the registry listens. */
  URI base() {
    Matcher matcher = LISTENING.matcher(output);
    assertThat(matcher.find()).as("where serve listens: " + output).isTrue();
    return URI.create(matcher.group(1));
  }

  /** The one-time bootstrap token, printed on the first start only. */
  Optional<String> bootstrapToken() {
    Matcher matcher = BOOTSTRAP.matcher(output);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** The audit log's verifier key as serve printed it. */
  String verifierKey() {
    Matcher matcher = VERIFIER_KEY.matcher(output);
    assertThat(matcher.find()).as("verifier key: " + output).isTrue();
    return matcher.group(1);
  }

  /** Everything the process printed so far (standard output and error). */
  String output() {
    return output.toString();
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed or closed; returns the exit value. */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    return process.waitFor();
  }

  /** SIGTERM: the shutdown hook stops the server and closes the database. */
  void stop() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted while stopping serve", e));
    }
  }
}
