package dev.clearance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.artifacts.manifest.ModelHasher;
import dev.clearance.artifacts.signing.AttestationType;
import dev.clearance.artifacts.signing.AuditVerification;
import dev.clearance.artifacts.signing.Bundle;
import dev.clearance.artifacts.signing.BundleJson;
import dev.clearance.artifacts.signing.KeyFiles;
import dev.clearance.artifacts.signing.ModelVerifier;
import dev.clearance.artifacts.signing.VerificationReport;
import dev.clearance.document.InputException;
import dev.clearance.ledger.note.NoteVerifier;
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
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance verify FOLDER --bundle FILE --key public.pem [--log-evidence FILE --log-key KEY]
 * [--attestation FILE --auditor-key PEM]}: checks a model folder offline against its signed
 * manifest and card/report attestations; with the registry's log evidence, that the registry's
 * signed log records the public release of exactly this root digest (ACC-4, {@link
 * LogEvidenceCheck}); with an audit attestation, that the auditor signed it for exactly this root
 * digest and the audit did not fail (REV-6, {@link AuditOptions}). Exit 0 verified, 1 failed, 2 bad
 * input.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = {
      "Verify a model folder offline against its OMS bundle and the card/report attestations"
          + " found next to it (NAME.card.json, NAME.report.json); with --log-evidence and"
          + " --log-key, also that the registry's signed log records the public release of"
          + " exactly this root digest; with --attestation and --auditor-key, that an auditor's"
          + " signed audit attestation covers exactly this root digest.",
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

  @ArgGroup(exclusive = false)
  private LogOptions log;

  @ArgGroup(exclusive = false)
  private AuditOptions audit;

  /** The registry's log evidence and the pinned key of its log: given together or not at all. */
  static final class LogOptions {
    @Option(
        names = "--log-evidence",
        required = true,
        paramLabel = "FILE",
        description =
            "The release's log evidence (GET …/releases/{version}/log-evidence): check that the"
                + " registry's log records the public release of this root digest.")
    Path evidence;

    @Option(
        names = "--log-key",
        required = true,
        paramLabel = "KEY",
        description =
            "The registry log's verifier key (name+id+key, as GET /api/v1/log/key shows it),"
                + " pinned from a trusted source, or a file holding it.")
    String key;
  }

  private final Map<String, String> environment;

  VerifyCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InputException {
    PublicKey publicKey = KeyFiles.readPublic(key);
    Bundle modelBundle = BundleJson.read(bundle);
    NoteVerifier logKey = log == null ? null : LogKeys.verifier(log.key, "--log-key");
    LogEvidenceFile evidence = log == null ? null : LogEvidenceFile.read(log.evidence);
    AuditOptions.Loaded attestation = audit == null ? null : audit.load();
    List<String> ignored = new ArrayList<>(walk.ignore);
    addInside(ignored, bundle);
    if (audit != null) {
      addInside(ignored, audit.attestation);
    }
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
    String root =
        result.signedRootDigest().isEmpty()
            ? result.computedRootDigest()
            : result.signedRootDigest();
    Optional<LogEvidenceCheck.Result> logged =
        log == null
            ? Optional.empty()
            : Optional.of(LogEvidenceCheck.check(evidence, logKey, root));
    Optional<AuditVerification> audited =
        attestation == null ? Optional.empty() : Optional.of(attestation.check(root));
    boolean verified =
        result.verified()
            && logged.map(LogEvidenceCheck.Result::verified).orElse(true)
            && audited.map(AuditVerification::verified).orElse(true);
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        "json".equalsIgnoreCase(format)
            ? json(verified, result, logged, audited)
            : text(verified, result, logged, audited));
    out.flush();
    return verified ? ExitCode.OK : ExitCode.REQUIREMENTS_FAILED;
  }

  private void addInside(List<String> ignored, Path file) {
    String relative = DigestCommand.inside(folder, file);
    if (relative != null) {
      ignored.add(relative);
    }
  }

  private static String text(
      boolean verified,
      VerificationReport result,
      Optional<LogEvidenceCheck.Result> logged,
      Optional<AuditVerification> audited) {
    StringBuilder text = new StringBuilder();
    text.append(verified ? "VERIFIED" : "VERIFICATION FAILED");
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
    logged.ifPresent(
        log ->
            log.problems()
                .forEach(
                    problem ->
                        text.append("  problem: ")
                            .append(TerminalText.safe(problem))
                            .append('\n')));
    audited.ifPresent(
        audit ->
            audit
                .problems()
                .forEach(
                    problem ->
                        text.append("  problem: ")
                            .append(TerminalText.safe(problem))
                            .append('\n')));
    result
        .confirmed()
        .forEach(item -> text.append("  matches: ").append(TerminalText.safe(item)).append('\n'));
    audited.ifPresent(
        audit ->
            audit
                .confirmed()
                .forEach(
                    item ->
                        text.append("  matches: ").append(TerminalText.safe(item)).append('\n')));
    logged.ifPresent(
        log ->
            log.confirmed()
                .forEach(
                    item ->
                        text.append("  matches: ").append(TerminalText.safe(item)).append('\n')));
    return text.toString();
  }

  private static String json(
      boolean verified,
      VerificationReport result,
      Optional<LogEvidenceCheck.Result> logged,
      Optional<AuditVerification> audited) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = mapper.createObjectNode();
    json.put("verified", verified);
    json.put("model", result.modelName());
    json.put("signedRootDigest", result.signedRootDigest());
    json.put("computedRootDigest", result.computedRootDigest());
    json.set("changed", mapper.valueToTree(result.changed()));
    json.set("added", mapper.valueToTree(result.added()));
    json.set("removed", mapper.valueToTree(result.removed()));
    List<String> problems = new ArrayList<>(result.problems());
    List<String> matches = new ArrayList<>(result.confirmed());
    logged.ifPresent(
        log -> {
          problems.addAll(log.problems());
          matches.addAll(log.confirmed());
          ObjectNode logJson = json.putObject("log");
          logJson.put("verified", log.verified());
          log.checkpoint()
              .ifPresent(
                  checkpoint -> {
                    ObjectNode node = logJson.putObject("checkpoint");
                    node.put("origin", checkpoint.origin());
                    node.put("size", checkpoint.size());
                    node.put("root", checkpoint.root().base64());
                  });
          logJson.set("problems", mapper.valueToTree(log.problems()));
          logJson.set("matches", mapper.valueToTree(log.confirmed()));
        });
    audited.ifPresent(
        audit -> {
          problems.addAll(audit.problems());
          matches.addAll(audit.confirmed());
          json.set("audit", AuditOptions.json(mapper, audit));
        });
    json.set("problems", mapper.valueToTree(problems));
    json.set("matches", mapper.valueToTree(matches));
    return json.toPrettyString() + "\n";
  }
}
