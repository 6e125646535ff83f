package dev.clearance.cli;

import dev.clearance.card.CardSkeleton;
import dev.clearance.document.InputException;
import dev.clearance.dossier.Dossier;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance card init FOLDER}: a model card skeleton pre-filled from what the folder shows
 * (config, checkpoint index, result files), with placeholders clearly marked (DOC-8).
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = {
      "Write a model card skeleton pre-filled from a model folder; placeholders are marked.",
      "Writes FOLDER/README.md unless --output is given; '--output -' prints it."
    })
final class CardInitCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FOLDER", description = "The model release folder.")
  private Path folder;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the card (default: FOLDER/README.md; '-' for standard output).")
  private String output;

  @Option(names = "--force", description = "Replace the output file if it exists.")
  private boolean force;

  private final DossierSource dossiers;

  CardInitCommand(DossierSource dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public Integer call() throws InputException {
    Dossier dossier = dossiers.read(folder, Warnings.to(spec.commandLine().getErr()));
    String card = new CardSkeleton().render(dossier);
    if ("-".equals(output)) {
      OutputTarget.print(spec.commandLine().getOut(), card);
    } else {
      Path file = output == null ? folder.resolve("README.md") : Path.of(output);
      OutputTarget.write(file, card, force);
      spec.commandLine().getErr().println("wrote a card skeleton to " + file);
      spec.commandLine().getErr().flush();
    }
    return ExitCode.OK;
  }
}
