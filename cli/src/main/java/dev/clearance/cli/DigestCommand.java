package dev.clearance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.artifacts.manifest.Manifest;
import dev.clearance.artifacts.manifest.ModelHasher;
import dev.clearance.artifacts.manifest.Serialization;
import dev.clearance.document.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance digest FOLDER}: prints the OMS root digest that identifies the model everywhere
 * in Clearance (ART-2, ART-3).
 */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = "Hash a model folder (SHA-256, all cores) and print its OMS root digest.")
final class DigestCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HashingOptions hashing;

  @Parameters(index = "0", paramLabel = "FOLDER", description = "The model folder (or one file).")
  private Path folder;

  @Option(
      names = "--format",
      defaultValue = "text",
      description =
          "text, or json (adds name, resource count and hashSeconds, the walk and hash time).")
  private String format;

  private final Map<String, String> environment;

  DigestCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InputException {
    long started = System.nanoTime();
    Manifest manifest =
        hash(spec, folder, hashing.settings(List.of()), hashing.walk.quiet, environment);
    long hashNanos = System.nanoTime() - started;
    PrintWriter out = spec.commandLine().getOut();
    if ("json".equalsIgnoreCase(format)) {
      ObjectNode json = new ObjectMapper().createObjectNode();
      json.put("model", manifest.modelName());
      json.put("rootDigest", manifest.rootDigest());
      json.put("serialization", manifest.serialization().method().wireName());
      json.put("resources", manifest.resources().size());
      json.put("hashSeconds", hashNanos / 1e9);
      out.println(json.toPrettyString());
    } else {
      out.println(manifest.rootDigest());
    }
    out.flush();
    return ExitCode.OK;
  }

  /** Hashes with a progress bar on the command's standard error. */
  static Manifest hash(
      CommandSpec spec,
      Path model,
      Serialization serialization,
      boolean quiet,
      Map<String, String> environment)
      throws InputException {
    HashProgressPrinter progress =
        HashProgressPrinter.of(spec.commandLine().getErr(), quiet, environment);
    try {
      return new ModelHasher().hash(model, serialization, progress);
    } finally {
      progress.finish();
    }
  }

  /** The path of {@code file} relative to {@code folder} with {@code /}, or null if outside. */
  static String inside(Path folder, Path file) {
    Path base = folder.toAbsolutePath().normalize();
    Path target = file.toAbsolutePath().normalize();
    if (!target.startsWith(base) || target.equals(base)) {
      return null;
    }
    return base.relativize(target).toString().replace('\\', '/');
  }
}
