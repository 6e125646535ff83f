package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandTreeTest {

  private static final DossierCheck UNUSED =
      (policy, subject, warnings) -> {
        throw new AssertionError("no check expected");
      };

  @Test
  void execute_noCommand_printsUsageAndExitsTwo() {
    CliRun run = CliRun.run(UNUSED);

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("name a command").contains("Usage: clearance");
  }

  @Test
  void execute_unknownCommand_exitsTwo() {
    CliRun run = CliRun.run(UNUSED, "frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("Unmatched argument at index 0: 'frobnicate'");
  }

  @Test
  void help_listsEveryCommandAndExitsZero() {
    CliRun run = CliRun.run(UNUSED, "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("check").contains("policy").contains("version");
  }

  @Test
  void version_printsClearanceAndJava() {
    CliRun run = CliRun.run(UNUSED, "version");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("clearance ").contains("Java ");
  }

  @Test
  void policyShow_default_summarizesBundledPolicy() {
    CliRun run = CliRun.run(UNUSED, "policy", "show");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("id: rrf").contains("version: 2025.1").contains("rrf-2026");
  }

  @Test
  void policyShow_unknownName_exitsTwo() {
    CliRun run = CliRun.run(UNUSED, "policy", "show", "nope");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: nope");
  }

  @Test
  void policyValidate_unknownSchema_exitsTwoWithLine() {
    String file = resource("policy-unknown-schema.yaml");

    CliRun run = CliRun.run(UNUSED, "policy", "validate", file);

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: " + file + ":1: ");
  }

  @Test
  void policyValidate_malformedYaml_exitsTwo() {
    String file = resource("policy-malformed.yaml");

    CliRun run = CliRun.run(UNUSED, "policy", "validate", file);

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: " + file + ":");
  }

  @Test
  void policyValidate_missingFile_exitsTwo() {
    CliRun run = CliRun.run(UNUSED, "policy", "validate", "no/such/policy.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: no/such/policy.yaml: ");
  }

  @Test
  void policyDiff_bundledVersions_listsChanges() {
    CliRun run = CliRun.run(UNUSED, "policy", "diff", "rrf-2025", "rrf-2026");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("rrf@2025.1 -> rrf@2026").contains(" change");
  }

  @Test
  void policyDiff_samePolicy_saysNoChanges() {
    CliRun run = CliRun.run(UNUSED, "policy", "diff", "rrf-2025", "rrf-2025");

    assertThat(run.out()).isEqualTo("rrf@2025.1 -> rrf@2025.1: no changes\n");
  }

  @Test
  void policy_withoutSubcommand_exitsTwo() {
    CliRun run = CliRun.run(UNUSED, "policy");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("name a subcommand");
  }

  @Test
  void commandLineFor_commandName_buildsOnlyThatCommand() {
    for (String name : Main.COMMAND_NAMES) {
      CommandLine tree = Main.commandLineFor(new String[] {name, "--help"});

      assertThat(tree.getSubcommands().keySet()).as(name).containsExactly(name);
    }
  }

  @Test
  void commandLineFor_noCommandName_buildsEveryCommandInUsageOrder() {
    for (String[] args :
        List.of(new String[0], new String[] {"--help"}, new String[] {"frobnicate"})) {
      CommandLine tree = Main.commandLineFor(args);

      assertThat(List.copyOf(tree.getSubcommands().keySet()))
          .as(String.join(" ", args))
          .isEqualTo(Main.COMMAND_NAMES);
    }
  }

  @Test
  void commandLineFor_oneCommand_namesItInItsUsage() {
    CommandLine tree = Main.commandLineFor(new String[] {"digest"});
    StringWriter out = new StringWriter();
    tree.setOut(new PrintWriter(out));

    int exit = tree.execute("digest", "--help");

    assertThat(exit).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).startsWith("Usage: clearance digest");
  }

  private static String resource(String name) {
    try {
      return Path.of(Objects.requireNonNull(CommandTreeTest.class.getResource(name), name).toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
