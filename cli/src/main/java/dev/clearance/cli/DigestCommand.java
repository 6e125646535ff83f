package dev.clearance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.artifacts.manifest.Manifest;
import dev.clearance.artifacts.manifest.ModelHasher;
import dev.clearance.artifacts.manifest.Serialization;
import dev.clearance.artifacts.manifest.SerializationMethod;
import dev.clearance.document.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

  @Parameters(index = "0", paramLabel = "FOLDER", description = "The model folder (or one file).")
  private Path folder;

  @Option(
      names = "--serialization",
      defaultValue = "files",
      paramLabel = "METHOD",
      description = "files or shards (default: ${DEFAULT-VALUE}).")
  private String serialization;

  @Option(
      names = "--shard-size",
      defaultValue = "1000000000",
      paramLabel = "BYTES",
      description = "Shard size for --serialization shards (default: ${DEFAULT-VALUE}).")
  private long shardSize;

  @Option(names = "--ignore", paramLabel = "PATH", description = "Also ignore this relative path.")
  private List<String> ignore = new ArrayList<>();

  @Option(names = "--allow-symlinks", description = "Follow links to files inside the folder.")
  private boolean allowSymlinks;

  @Option(names = "--quiet", description = "No progress bar.")
  private boolean quiet;

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
        hash(
            spec,
            folder,
            settings(serialization, shardSize, ignore, allowSymlinks),
            quiet,
            environment);
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

  /** The serialization the options describe. */
  static Serialization settings(
      String method, long shardSize, List<String> ignore, boolean allowSymlinks)
      throws InputException {
    SerializationMethod parsed;
    try {
      parsed = SerializationMethod.fromWireName(method);
    } catch (IllegalArgumentException unknown) {
      throw new InputException(
          "--serialization", 0, "unknown method '" + method + "'", "use files or shards");
    }
    if (shardSize <= 0) {
      throw new InputException("--shard-size", 0, "must be positive", "");
    }
    return new Serialization(parsed, shardSize, allowSymlinks, Serialization.DEFAULT_IGNORE_PATHS)
        .ignoring(ignore);
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
