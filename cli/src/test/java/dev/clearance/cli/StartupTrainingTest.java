package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StartupTrainingTest {

  private static final Path EXAMPLE = Path.of("..", "examples", "tiny-classifier");

  @Test
  void run_bundledExample_everyCommandEndsWithoutInternalError() {
    assertThat(StartupTraining.run(EXAMPLE.toString())).isZero();
  }

  @Test
  void run_bundledExample_printsNothingAndChangesNothing() throws IOException {
    List<String> before = listing(EXAMPLE);
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      StartupTraining.run(EXAMPLE.toString());
    } finally {
      System.setOut(out);
      System.setErr(err);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(listing(EXAMPLE)).isEqualTo(before);
  }

  @Test
  void commands_everyOneNamesAKnownCommand() {
    assertThat(StartupTraining.COMMANDS)
        .allSatisfy(command -> assertThat(Main.COMMAND_NAMES).contains(command.get(0)));
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .map(file -> folder.relativize(file) + " " + file.toFile().length())
          .sorted()
          .toList();
    }
  }
}
