package dev.clearance.cli;

import dev.clearance.artifacts.checkpoint.CheckpointFile;
import dev.clearance.artifacts.checkpoint.CheckpointFolderInspector;
import dev.clearance.artifacts.checkpoint.CheckpointInspection;
import dev.clearance.artifacts.checkpoint.DtypeTotal;
import dev.clearance.artifacts.checkpoint.HeaderLimits;
import dev.clearance.artifacts.checkpoint.UnsafeFile;
import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.dossier.ParameterCount;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance inspect PATH}: reads the safetensors and GGUF headers of a model folder or file,
 * never its weights, and prints per file and in total the tensors, parameters and dtypes, the
 * architecture, mixture-of-experts counts and unsafe pickle files (ART-1). Exits 0, or 2 for bad
 * input (a malformed or hostile header names the file and tensor).
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = {
      "Count a checkpoint's parameters exactly from its safetensors or GGUF headers.",
      "Weights are never read; pickle files (.bin, .pt, .pth, .ckpt) are listed, never opened.",
      "Exit codes: 0 inspected, 2 bad input or usage."
    })
final class InspectCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    TEXT,
    JSON
  }

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "PATH",
      description = "Model folder, .safetensors, .gguf or *.safetensors.index.json file.")
  private Path subject;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public Integer call() throws InputException {
    CheckpointInspection inspection =
        new CheckpointFolderInspector(HeaderLimits.DEFAULT, InputLimits.DEFAULT).inspect(subject);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.JSON ? InspectionJson.write(inspection) : text(inspection));
    out.flush();
    return ExitCode.OK;
  }

  private static String text(CheckpointInspection inspection) {
    StringBuilder text = new StringBuilder();
    line(text, "Checkpoint headers of %s", safe(inspection.subject()));
    for (CheckpointFile file : inspection.counted()) {
      line(
          text,
          "  %s: %s, %,d tensors, %,d parameters (%s)",
          safe(file.file()),
          file.format().name().toLowerCase(Locale.ROOT),
          file.tensors().size(),
          file.parameters(),
          dtypeNames(file.dtypes()));
    }
    if (inspection.counted().isEmpty()) {
      line(text, "  no safetensors or GGUF checkpoint found");
    } else {
      line(
          text,
          "Total: %,d parameters (%s) in %,d tensors, %,d bytes",
          inspection.totalParameters(),
          ParameterCount.human(inspection.totalParameters()),
          inspection.tensorCount(),
          inspection.totalBytes());
      for (DtypeTotal total : inspection.dtypes()) {
        line(
            text,
            "  %s: %,d parameters, %,d bytes, %,d tensors",
            total.dtype(),
            total.parameters(),
            total.bytes(),
            total.tensors());
      }
      inspection.countSource().ifPresent(source -> line(text, "Counted from: %s", safe(source)));
    }
    inspection.architecture().ifPresent(name -> line(text, "Architecture: %s", safe(name)));
    inspection.experts().ifPresent(experts -> line(text, "Mixture of experts: %s", safe(experts)));
    inspection
        .activeParameters()
        .ifPresent(
            active ->
                line(
                    text,
                    "Active parameters per token (config estimate): %,d (%s)",
                    active,
                    ParameterCount.human(active)));
    if (!inspection.notCounted().isEmpty()) {
      line(text, "Not counted:");
      inspection.notCounted().forEach((file, why) -> line(text, "  %s: %s", safe(file), why));
    }
    if (!inspection.unsafe().isEmpty()) {
      line(text, "Unsafe files (never opened):");
      for (UnsafeFile unsafe : inspection.unsafe()) {
        line(text, "  %s: %s", safe(unsafe.file()), unsafe.reason());
      }
    }
    return text.toString();
  }

  private static String dtypeNames(List<DtypeTotal> totals) {
    return String.join(", ", totals.stream().map(DtypeTotal::dtype).toList());
  }

  private static void line(StringBuilder text, String template, Object... values) {
    text.append(String.format(Locale.ROOT, template, values)).append('\n');
  }

  private static String safe(String untrusted) {
    return TerminalText.safe(untrusted);
  }
}
