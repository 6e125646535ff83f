package dev.clearance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.store.identity.Organization;
import dev.clearance.store.testing.BothDatabases;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseTest extends BothDatabases {

  private static final List<String> TABLES =
      List.of(
          "organizations",
          "users",
          "memberships",
          "global_roles",
          "api_tokens",
          "sessions",
          "bootstrap",
          "models",
          "releases",
          "release_files",
          "check_reports",
          "transitions",
          "waivers",
          "job_leases");

  @Test
  void open_freshDatabase_appliesEveryMigration() {
    List<String> applied =
        db.withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT script FROM flyway_schema_history WHERE success = :ok"
                            + " ORDER BY installed_rank")
                    .bind("ok", true)
                    .mapTo(String.class)
                    .list());
    assertThat(applied).contains("V202611201000__registry_schema.sql");
  }

  @Test
  void open_freshDatabase_createsEveryTable() {
    for (String table : TABLES) {
      Long rows =
          db.withHandle(
              handle ->
                  handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
      assertThat(rows).as(table).isNotNegative();
    }
  }

  @Test
  void dialect_matchesTheUrl_isTheRunsDialect() {
    assertThat(db.dialect()).isEqualTo(dialect);
  }

  @Test
  void foreignKeys_unknownReference_areEnforced() {
    assertThatThrownBy(
            () ->
                run(
                    repos ->
                        repos
                            .handle()
                            .createUpdate(
                                "INSERT INTO models (id, org_id, name, display_name, created_at,"
                                    + " updated_at, version) VALUES ('m', 'no-such-org', 'n', 'N',"
                                    + " 0, 0, 1)")
                            .execute()))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void inTransaction_callbackThrows_rollsBack() {
    String slug = unique("rolled-back");
    assertThatThrownBy(
            () ->
                run(
                    repos -> {
                      repos.organizations().create(slug, "Rolled back");
                      throw new IllegalStateException("abort");
                    }))
        .hasMessage("abort");
    Optional<Organization> found = tx(repos -> repos.organizations().findBySlug(slug));
    assertThat(found).isEmpty();
  }

  @Test
  void open_unsupportedUrl_namesTheExpectedForms() {
    assertThatThrownBy(() -> Database.open("jdbc:mysql://localhost/x", Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:sqlite:")
        .hasMessageContaining("jdbc:postgresql:");
  }

  @Test
  void open_inMemorySqlite_isRefused() {
    assertThatThrownBy(() -> Database.open("jdbc:sqlite::memory:", Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("in-memory");
  }
}
