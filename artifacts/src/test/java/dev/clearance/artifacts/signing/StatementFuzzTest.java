package dev.clearance.artifacts.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clearance.artifacts.manifest.Manifest;
import dev.clearance.document.InputException;

class StatementFuzzTest {

  /** Arbitrary payload bytes give a statement and manifest, or an InputException: never a crash. */
  @FuzzTest
  void parse_arbitraryBytes_givesStatementOrInputException(byte[] input) {
    try {
      Statement statement = Statement.parse(input, "payload");
      if (OmsStatements.PREDICATE_TYPE.equals(statement.predicateType())) {
        Manifest manifest =
            new Manifest(
                statement.subjectName(),
                OmsStatements.serialization(statement, "payload"),
                OmsStatements.signedResources(statement, "payload"));
        assertThat(manifest.rootDigest()).hasSize(64);
      }
      assertThat(Statement.parse(statement.toJson(), "again").subjectSha256())
          .isEqualTo(statement.subjectSha256());
    } catch (InputException expected) {
      assertThat(expected.file()).isEqualTo("payload");
    }
  }
}
