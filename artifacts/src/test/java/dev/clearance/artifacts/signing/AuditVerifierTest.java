package dev.clearance.artifacts.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.document.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditVerifierTest {

  private static final String ROOT = "a".repeat(64);

  @TempDir Path folder;

  private final KeyPair auditor = KeyFiles.newKeyPair(KeyType.ED25519);

  private Path report(String text) throws Exception {
    return Files.writeString(folder.resolve("report.pdf"), text);
  }

  private static AuditPredicate predicate(Path report, AuditResult result, List<String> conditions)
      throws InputException {
    return new AuditPredicate(
        "northwind-audit",
        "alice",
        "bias and dangerous capability evaluation",
        result,
        conditions,
        "report.pdf",
        DocumentAttestations.sha256(report),
        7,
        LocalDate.parse("2026-12-07"));
  }

  private Bundle signed(String rootDigest, AuditPredicate predicate) {
    return new BundleSigner(auditor)
        .sign(AuditAttestations.statement("coder-7b", rootDigest, predicate));
  }

  @Test
  void verify_signedForThisDigest_isVerifiedWithSummary() throws Exception {
    Path report = report("report");
    Bundle bundle = signed(ROOT, predicate(report, AuditResult.PASS, List.of()));

    AuditVerification result =
        new AuditVerifier(auditor.getPublic())
            .verify(bundle, "audit.sig", ROOT, Optional.of(report));

    assertThat(result.verified()).as(result.problems().toString()).isTrue();
    assertThat(result.confirmed())
        .containsExactly(
            "audit by alice (northwind-audit) on 2026-12-07: pass", "audit report report.pdf");
    assertThat(result.predicate().orElseThrow().scope()).contains("dangerous capability");
  }

  @Test
  void verify_anotherDigest_namesBothDigests() throws Exception {
    Bundle bundle = signed("b".repeat(64), predicate(report("r"), AuditResult.PASS, List.of()));

    AuditVerification result =
        new AuditVerifier(auditor.getPublic()).verify(bundle, "audit.sig", ROOT, Optional.empty());

    assertThat(result.verified()).isFalse();
    assertThat(result.problems())
        .singleElement()
        .asString()
        .contains("b".repeat(64))
        .contains(ROOT);
  }

  @Test
  void verify_anotherKey_badSignature() throws Exception {
    Bundle bundle = signed(ROOT, predicate(report("r"), AuditResult.PASS, List.of()));
    KeyPair other = KeyFiles.newKeyPair(KeyType.ED25519);

    AuditVerification result =
        new AuditVerifier(other.getPublic()).verify(bundle, "audit.sig", ROOT, Optional.empty());

    assertThat(result.predicate()).isEmpty();
    assertThat(result.problems()).singleElement().asString().startsWith("bad audit attestation");
  }

  @Test
  void verify_reportChanged_namesBothHashes() throws Exception {
    Path report = report("original");
    Bundle bundle = signed(ROOT, predicate(report, AuditResult.PASS, List.of()));
    Files.writeString(report, "edited");

    AuditVerification result =
        new AuditVerifier(auditor.getPublic())
            .verify(bundle, "audit.sig", ROOT, Optional.of(report));

    assertThat(result.problems())
        .singleElement()
        .asString()
        .contains("does not match the attested one")
        .contains(DocumentAttestations.sha256(report));
  }

  @Test
  void verify_failedAudit_isAProblem() throws Exception {
    Bundle bundle =
        signed(ROOT, predicate(report("r"), AuditResult.FAIL, List.of("unsafe outputs")));

    AuditVerification result =
        new AuditVerifier(auditor.getPublic()).verify(bundle, "audit.sig", ROOT, Optional.empty());

    assertThat(result.problems())
        .containsExactly("the audit by alice (northwind-audit) concluded: fail");
  }

  @Test
  void verify_cardAttestationInstead_notAnAudit() throws Exception {
    Statement card =
        new Statement(
            "m", ROOT, AttestationType.CARD.predicateType(), new ObjectMapper().createObjectNode());

    AuditVerification result =
        new AuditVerifier(auditor.getPublic())
            .verify(new BundleSigner(auditor).sign(card), "audit.sig", ROOT, Optional.empty());

    assertThat(result.problems())
        .singleElement()
        .asString()
        .contains(AuditAttestations.PREDICATE_TYPE);
  }

  @Test
  void predicate_roundTrip_equal() throws Exception {
    AuditPredicate written =
        predicate(report("r"), AuditResult.PASS_WITH_CONDITIONS, List.of("keep the filter on"));

    Statement statement = AuditAttestations.statement("m", ROOT, written);
    AuditPredicate read =
        AuditAttestations.predicate(Statement.parse(statement.toJson(), "audit"), "audit");

    assertThat(read).isEqualTo(written);
  }

  @Test
  void predicate_passWithConditionsWithoutConditions_refused() {
    assertThatThrownBy(() -> predicate(report("r"), AuditResult.PASS_WITH_CONDITIONS, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one condition");
  }

  @Test
  void predicate_missingField_inputExceptionNamingIt() throws Exception {
    ObjectNode json =
        (ObjectNode)
            AuditAttestations.statement(
                    "m", ROOT, predicate(report("r"), AuditResult.PASS, List.of()))
                .predicate();
    json.remove("firm");
    Statement statement = new Statement("m", ROOT, AuditAttestations.PREDICATE_TYPE, json);

    assertThatThrownBy(() -> AuditAttestations.predicate(statement, "audit.sig"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'firm'");
  }
}
