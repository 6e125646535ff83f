package dev.clearance.cli;

import dev.clearance.artifacts.manifest.Manifest;
import dev.clearance.artifacts.manifest.Serialization;
import dev.clearance.artifacts.signing.AttestationType;
import dev.clearance.artifacts.signing.BundleJson;
import dev.clearance.artifacts.signing.BundleSigner;
import dev.clearance.artifacts.signing.DocumentAttestations;
import dev.clearance.artifacts.signing.OmsStatements;
import dev.clearance.document.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
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
 * {@code clearance sign FOLDER --key private.pem [--card README.md] [--report report.json] --out
 * bundle.json}: signs the model's OMS manifest and binds the card and check report to its root
 * digest (ART-2).
 */
@Command(
    name = "sign",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = {
      "Sign a model folder: an OMS v1.0 Sigstore bundle (in-toto statement in a DSSE envelope).",
      "With --card / --report, also signs attestations binding them to the model's root digest,"
          + " written next to the bundle as NAME.card.json / NAME.report.json."
    })
final class SignCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HashingOptions hashing;

  @Parameters(index = "0", paramLabel = "FOLDER", description = "The model folder (or one file).")
  private Path folder;

  @Option(
      names = "--key",
      required = true,
      paramLabel = "PEM",
      description = "Private key (PKCS#8).")
  private Path key;

  @Option(
      names = "--public-key",
      paramLabel = "PEM",
      description = "Its public key (default: public.pem next to the private key).")
  private Path publicKey;

  @Option(names = "--card", paramLabel = "FILE", description = "Model card to bind to the model.")
  private Path card;

  @Option(names = "--report", paramLabel = "FILE", description = "clearance check report to bind.")
  private Path report;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Bundle to write.")
  private Path out;

  @Option(names = "--force", description = "Replace existing bundle files.")
  private boolean force;

  private final Map<String, String> environment;

  SignCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InputException {
    KeyPair keys = KeyPairFiles.load(folder, key, publicKey);
    List<Path> outputs = new ArrayList<>(List.of(out));
    if (card != null) {
      outputs.add(AttestationType.CARD.besides(out));
    }
    if (report != null) {
      outputs.add(AttestationType.CHECK_REPORT.besides(out));
    }
    List<String> ignored = new ArrayList<>();
    for (Path output : outputs) {
      if (Files.exists(output) && !force) {
        throw new InputException(
            output.toString(), 0, "already exists", "pass --force to replace it");
      }
      String relative = DigestCommand.inside(folder, output);
      if (relative != null) {
        ignored.add(relative);
      }
    }
    Serialization settings = hashing.settings(ignored);
    Manifest manifest = DigestCommand.hash(spec, folder, settings, hashing.walk.quiet, environment);
    BundleSigner signer = new BundleSigner(keys);
    write(out, BundleJson.write(signer.sign(OmsStatements.toStatement(manifest))));
    PrintWriter writer = spec.commandLine().getOut();
    writer.println("signed " + manifest.modelName() + " root digest " + manifest.rootDigest());
    writer.println("  bundle: " + out + " (" + manifest.resources().size() + " resources)");
    if (card != null) {
      Path target = AttestationType.CARD.besides(out);
      write(
          target,
          BundleJson.write(
              signer.sign(DocumentAttestations.statement(AttestationType.CARD, manifest, card))));
      writer.println("  card:   " + target);
    }
    if (report != null) {
      Path target = AttestationType.CHECK_REPORT.besides(out);
      write(
          target,
          BundleJson.write(
              signer.sign(
                  DocumentAttestations.statement(AttestationType.CHECK_REPORT, manifest, report))));
      writer.println("  report: " + target);
    }
    writer.flush();
    return ExitCode.OK;
  }

  /** Writes {@code text} to {@code target}, creating its folder. */
  static void write(Path target, String text) throws InputException {
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(target, text, StandardCharsets.UTF_8);
    } catch (IOException failure) {
      throw new InputException(target.toString(), 0, "cannot write: " + failure, "");
    }
  }
}
