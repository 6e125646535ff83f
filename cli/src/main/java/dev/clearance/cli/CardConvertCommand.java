package dev.clearance.cli;

import dev.clearance.card.HuggingFaceCardWriter;
import dev.clearance.cyclonedx.CycloneDxExporter;
import dev.clearance.document.InputException;
import dev.clearance.dossier.ModelCard;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance card convert IN --to cyclonedx|huggingface}: converts a Hugging Face model card
 * to a CycloneDX 1.6 ML-BOM or back (DOC-8).
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description =
        "Convert a Hugging Face model card (.md) to a CycloneDX 1.6 ML-BOM (.json) or back.")
final class CardConvertCommand implements Callable<Integer> {

  /** The formats a card can be converted to. */
  enum Target {
    CYCLONEDX,
    HUGGINGFACE
  }

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "IN",
      description = "A model card (.md) or CycloneDX BOM (.json).")
  private Path input;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      description = "cyclonedx or huggingface.")
  private Target target;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  private Path output;

  @Option(names = "--force", description = "Replace the output file if it exists.")
  private boolean force;

  private final CardFileReader cards;

  CardConvertCommand(CardFileReader cards) {
    this.cards = cards;
  }

  @Override
  public Integer call() throws InputException {
    ModelCard card = cards.read(input);
    String converted =
        switch (target) {
          case CYCLONEDX -> CycloneDxExporter.toJson(card);
          case HUGGINGFACE -> new HuggingFaceCardWriter().write(card);
        };
    if (output == null) {
      OutputTarget.print(spec.commandLine().getOut(), converted);
    } else {
      OutputTarget.write(output, converted, force);
      spec.commandLine()
          .getErr()
          .println("wrote " + target.name().toLowerCase(Locale.ROOT) + " card to " + output);
      spec.commandLine().getErr().flush();
    }
    return ExitCode.OK;
  }
}
