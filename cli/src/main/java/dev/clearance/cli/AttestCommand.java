package dev.clearance.cli;

import dev.clearance.artifacts.manifest.Manifest;
import dev.clearance.artifacts.signing.AuditAttestations;
import dev.clearance.artifacts.signing.AuditPredicate;
import dev.clearance.artifacts.signing.AuditResult;
import dev.clearance.artifacts.signing.BundleJson;
import dev.clearance.artifacts.signing.BundleSigner;
import dev.clearance.artifacts.signing.DocumentAttestations;
import dev.clearance.document.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * {@code clearance attest FOLDER --key auditor-private.pem --report report.pdf --scope TEXT
 * --result pass --firm SLUG --auditor HANDLE --out audit.sig}: an auditor's signed attestation
 * (REV-6, ACC-4) that the model with the folder's OMS root digest (as {@code clearance digest}
 * prints it) was audited with the given result, naming the report by its SHA-256. Exit 0 written, 2
 * bad input.
 */
@Command(
    name = "attest",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = {
      "Sign an audit attestation for a model folder: an in-toto statement (predicate type "
          + AuditAttestations.PREDICATE_TYPE
          + ") whose subject is the folder's root digest, in a Sigstore bundle.",
      "File it with the registry (POST /api/v1/me/engagements/{id}/attestations); anyone checks"
          + " it with clearance verify --attestation FILE --auditor-key PEM.",
      "Exit codes: 0 written, 2 bad input or usage."
    })
final class AttestCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HashingOptions hashing;

  @Parameters(index = "0", paramLabel = "FOLDER", description = "The audited model folder.")
  private Path folder;

  @Option(
      names = "--key",
      required = true,
      paramLabel = "PEM",
      description = "The auditor's private key (Ed25519, clearance keygen).")
  private Path key;

  @Option(
      names = "--public-key",
      paramLabel = "PEM",
      description = "Its public key (default: public.pem next to the private key).")
  private Path publicKey;

  @Option(names = "--report", required = true, paramLabel = "FILE", description = "The report.")
  private Path report;

  @Option(
      names = "--scope",
      required = true,
      paramLabel = "TEXT",
      description = "What the audit covered.")
  private String scope;

  @Option(
      names = "--result",
      required = true,
      paramLabel = "RESULT",
      description = "pass, pass_with_conditions or fail.")
  private String result;

  @Option(
      names = "--condition",
      paramLabel = "TEXT",
      description = "A condition of pass_with_conditions (repeatable).")
  private List<String> conditions = new ArrayList<>();

  @Option(
      names = "--firm",
      required = true,
      paramLabel = "SLUG",
      description = "Your audit firm's registry name.")
  private String firm;

  @Option(
      names = "--auditor",
      required = true,
      paramLabel = "HANDLE",
      description = "Your registry handle.")
  private String auditor;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "The attestation's date (default: today, UTC).")
  private String date;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Bundle to write.")
  private Path out;

  @Option(names = "--force", description = "Replace an existing file.")
  private boolean force;

  private final Map<String, String> environment;
  private final Clock clock;

  AttestCommand(Map<String, String> environment, Clock clock) {
    this.environment = environment;
    this.clock = clock;
  }

  @Override
  public Integer call() throws InputException {
    if (Files.exists(out) && !force) {
      throw new InputException(out.toString(), 0, "already exists", "pass --force to replace it");
    }
    AuditPredicate predicate = predicate();
    var keys = KeyPairFiles.load(folder, key, publicKey);
    List<String> ignored = new ArrayList<>();
    for (Path output : List.of(out, report)) {
      String relative = DigestCommand.inside(folder, output);
      if (relative != null) {
        ignored.add(relative);
      }
    }
    Manifest manifest =
        DigestCommand.hash(
            spec, folder, hashing.settings(ignored), hashing.walk.quiet, environment);
    SignCommand.write(
        out,
        BundleJson.write(
            new BundleSigner(keys)
                .sign(
                    AuditAttestations.statement(
                        manifest.modelName(), manifest.rootDigest(), predicate))));
    PrintWriter writer = spec.commandLine().getOut();
    writer.println("attested " + manifest.modelName() + " root digest " + manifest.rootDigest());
    writer.println("  result: " + predicate.result().wireName());
    writer.println("  report: " + report + " sha256 " + predicate.reportSha256());
    writer.println("  attestation: " + out);
    writer.flush();
    return ExitCode.OK;
  }

  /** The predicate from the options; each problem names its option. */
  private AuditPredicate predicate() throws InputException {
    AuditResult parsed;
    try {
      parsed = AuditResult.fromWireName(result);
    } catch (IllegalArgumentException unknown) {
      throw new InputException("--result", 0, unknown.getMessage(), "");
    }
    LocalDate day;
    try {
      day = date == null ? LocalDate.now(clock) : LocalDate.parse(date);
    } catch (DateTimeParseException malformed) {
      throw new InputException("--date", 0, "not a day of the form YYYY-MM-DD: " + date, "");
    }
    String sha256 = DocumentAttestations.sha256(report);
    long size;
    try {
      size = Files.size(report);
    } catch (IOException failure) {
      throw new InputException(report.toString(), 0, "cannot read: " + failure, "");
    }
    try {
      return new AuditPredicate(
          firm,
          auditor,
          scope,
          parsed,
          conditions,
          report.getFileName().toString(),
          sha256,
          size,
          day);
    } catch (IllegalArgumentException invalid) {
      throw new InputException(
          "the attestation",
          0,
          invalid.getMessage(),
          "check --firm, --auditor, --scope, --result and --condition");
    }
  }
}
