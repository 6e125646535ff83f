package dev.clearance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.artifacts.manifest.ModelHasher;
import dev.clearance.artifacts.signing.AttestationType;
import dev.clearance.artifacts.signing.Bundle;
import dev.clearance.artifacts.signing.BundleJson;
import dev.clearance.artifacts.signing.KeyFiles;
import dev.clearance.artifacts.signing.ModelVerifier;
import dev.clearance.artifacts.signing.VerificationReport;
import dev.clearance.document.InputException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance verify FOLDER --bundle FILE --key public.pem}: checks a model folder offline
 * against its signed manifest and card/report attestations (ACC-4). Exit 0 verified, 1 failed, 2
 * bad input.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = {
      "Verify a model folder offline against its OMS bundle and the card/report attestations"
          + " found next to it (NAME.card.json, NAME.report.json).",
      "Exit codes: 0 verified, 1 verification failed, 2 bad input or usage."
    })
final class VerifyCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private WalkOptions walk;

  @Parameters(index = "0", paramLabel = "FOLDER", description = "The model folder (or one file).")
  private Path folder;

  @Option(names = "--bundle", required = true, paramLabel = "FILE", description = "The bundle.")
  private Path bundle;

  @Option(
      names = "--key",
      required = true,
      paramLabel = "PEM",
      description = "Signer's public key.")
  private Path key;

  @Option(
      names = "--card",
      paramLabel = "FILE",
      description = "Model card to check (default: the attested name inside FOLDER).")
  private Path card;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Check report to check (default: the attested name inside FOLDER).")
  private Path report;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  private String format;

  private final Map<String, String> environment;

  VerifyCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InputException {
    PublicKey publicKey = KeyFiles.readPublic(key);
    Bundle modelBundle = BundleJson.read(bundle);
    List<String> ignored = new ArrayList<>(walk.ignore);
    addInside(ignored, bundle);
    Map<AttestationType, ModelVerifier.Attestation> attestations =
        new EnumMap<>(AttestationType.class);
    for (AttestationType type : AttestationType.values()) {
      Path sibling = type.besides(bundle);
      addInside(ignored, sibling);
      Path document = type == AttestationType.CARD ? card : report;
      if (Files.exists(sibling)) {
        attestations.put(
            type,
            new ModelVerifier.Attestation(
                Optional.of(BundleJson.read(sibling)),
                sibling.toString(),
                Optional.ofNullable(document)));
      } else if (document != null) {
        attestations.put(
            type,
            new ModelVerifier.Attestation(
                Optional.empty(), sibling.toString(), Optional.of(document)));
      }
    }
    HashProgressPrinter progress =
        HashProgressPrinter.of(spec.commandLine().getErr(), walk.quiet, environment);
    VerificationReport result;
    try {
      result =
          new ModelVerifier(publicKey, new ModelHasher())
              .verify(
                  new ModelVerifier.Request(
                      folder,
                      modelBundle,
                      bundle.toString(),
                      attestations,
                      ignored,
                      walk.allowSymlinks),
                  progress);
    } finally {
      progress.finish();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print("json".equalsIgnoreCase(format) ? json(result) : text(result));
    out.flush();
    return result.verified() ? ExitCode.OK : ExitCode.REQUIREMENTS_FAILED;
  }

  private void addInside(List<String> ignored, Path file) {
    String relative = DigestCommand.inside(folder, file);
    if (relative != null) {
      ignored.add(relative);
    }
  }

  private static String text(VerificationReport result) {
    StringBuilder text = new StringBuilder();
    text.append(result.verified() ? "VERIFIED" : "VERIFICATION FAILED");
    if (!result.signedRootDigest().isEmpty()) {
      text.append(": ").append(TerminalText.safe(result.modelName()));
      text.append(" root digest ").append(result.signedRootDigest());
    }
    text.append('\n');
    result
        .changed()
        .forEach(path -> text.append("  changed: ").append(TerminalText.safe(path)).append('\n'));
    result
        .added()
        .forEach(path -> text.append("  added:   ").append(TerminalText.safe(path)).append('\n'));
    result
        .removed()
        .forEach(path -> text.append("  removed: ").append(TerminalText.safe(path)).append('\n'));
    result
        .problems()
        .forEach(
            problem -> text.append("  problem: ").append(TerminalText.safe(problem)).append('\n'));
    result
        .confirmed()
        .forEach(item -> text.append("  matches: ").append(TerminalText.safe(item)).append('\n'));
    return text.toString();
  }

  private static String json(VerificationReport result) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = mapper.createObjectNode();
    json.put("verified", result.verified());
    json.put("model", result.modelName());
    json.put("signedRootDigest", result.signedRootDigest());
    json.put("computedRootDigest", result.computedRootDigest());
    json.set("changed", mapper.valueToTree(result.changed()));
    json.set("added", mapper.valueToTree(result.added()));
    json.set("removed", mapper.valueToTree(result.removed()));
    json.set("problems", mapper.valueToTree(result.problems()));
    json.set("matches", mapper.valueToTree(result.confirmed()));
    return json.toPrettyString() + "\n";
  }
}
