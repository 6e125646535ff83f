package dev.clearance.cli;

import dev.clearance.artifacts.signing.KeyFiles;
import dev.clearance.artifacts.signing.KeyType;
import dev.clearance.document.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clearance keygen --type ed25519|p256 --out DIR}: creates a signing key pair (ART-2). */
@Command(
    name = "keygen",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = "Create a signing key pair: DIR/private.pem (keep it secret) and DIR/public.pem.")
final class KeygenCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      defaultValue = "ed25519",
      description = "ed25519 or p256 (default: ${DEFAULT-VALUE}).")
  private String type;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder for the keys.")
  private Path out;

  @Override
  public Integer call() throws InputException {
    KeyType keyType;
    try {
      keyType = KeyType.parse(type);
    } catch (IllegalArgumentException unknown) {
      throw new InputException(
          "--type", 0, "unknown key type '" + type + "'", "use ed25519 or p256");
    }
    KeyFiles.generate(keyType, out);
    PrintWriter writer = spec.commandLine().getOut();
    writer.println("private key: " + out.resolve(KeyFiles.PRIVATE_FILE) + " (keep it secret)");
    writer.println("public key:  " + out.resolve(KeyFiles.PUBLIC_FILE));
    writer.flush();
    return ExitCode.OK;
  }
}
