package dev.clearance.store.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.store.ConflictException;
import dev.clearance.store.NotFoundException;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.StaleVersionException;
import dev.clearance.store.testing.BothDatabases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganizationRepositoryTest extends BothDatabases {

  @Test
  void create_thenFind_returnsTheSameRow() {
    String slug = unique("acme");
    Organization created = tx(repos -> repos.organizations().create(slug, "  Acme Labs "));
    Optional<Organization> byId = tx(repos -> repos.organizations().find(created.id()));
    Optional<Organization> bySlug = tx(repos -> repos.organizations().findBySlug(slug));
    assertThat(byId).contains(created);
    assertThat(bySlug).contains(created);
    assertThat(created.displayName()).isEqualTo("Acme Labs");
    assertThat(created.version()).isEqualTo(1);
    assertThat(created.createdAt()).isEqualTo(clock.instant());
  }

  @Test
  void create_takenSlug_throwsConflictNamingSlug() {
    String slug = unique("taken");
    run(repos -> repos.organizations().create(slug, "First"));
    assertThatThrownBy(() -> run(repos -> repos.organizations().create(slug, "Second")))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.table()).isEqualTo("organizations");
              assertThat(e.fields()).containsExactly("slug");
            });
  }

  @Test
  void create_invalidSlug_isRefusedWithTheRule() {
    assertThatThrownBy(() -> run(repos -> repos.organizations().create("Bad Slug", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("organization slug")
        .hasMessageContaining("lowercase");
  }

  @Test
  void list_manyRows_pagesInCreationOrderWithoutGapsOrRepeats() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      clock.advance(Duration.ofMillis(1));
      String slug = unique("paged");
      created.add(tx(repos -> repos.organizations().create(slug, "Paged")).id());
    }
    List<String> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(3);
    while (true) {
      PageRequest current = request;
      Page<Organization> page = tx(repos -> repos.organizations().list(current));
      assertThat(page.items()).hasSizeLessThanOrEqualTo(3);
      page.items().forEach(org -> seen.add(org.id()));
      if (page.next().isEmpty()) {
        break;
      }
      request = request.next(page.nextCursor());
    }
    assertThat(seen).doesNotHaveDuplicates().isSorted().containsSubsequence(created);
  }

  @Test
  void updateDisplayName_currentVersion_incrementsVersion() {
    Organization org = tx(repos -> repos.organizations().create(unique("rename"), "Old"));
    clock.advance(Duration.ofSeconds(5));
    Organization renamed = tx(repos -> repos.organizations().updateDisplayName(org.id(), 1, "New"));
    assertThat(renamed.displayName()).isEqualTo("New");
    assertThat(renamed.version()).isEqualTo(2);
    assertThat(renamed.updatedAt()).isEqualTo(org.createdAt().plusSeconds(5));
  }

  @Test
  void updateDisplayName_staleVersion_throwsWithBothVersions() {
    Organization org = tx(repos -> repos.organizations().create(unique("stale"), "Old"));
    run(repos -> repos.organizations().updateDisplayName(org.id(), 1, "First writer"));
    assertThatThrownBy(
            () -> run(repos -> repos.organizations().updateDisplayName(org.id(), 1, "Second")))
        .isInstanceOfSatisfying(
            StaleVersionException.class,
            e -> {
              assertThat(e.expectedVersion()).isEqualTo(1);
              assertThat(e.actualVersion()).isEqualTo(2);
              assertThat(e.id()).isEqualTo(org.id());
            });
    Optional<Organization> stored = tx(repos -> repos.organizations().find(org.id()));
    assertThat(stored.orElseThrow().displayName()).isEqualTo("First writer");
  }

  @Test
  void updateDisplayName_unknownId_throwsNotFound() {
    assertThatThrownBy(
            () -> run(repos -> repos.organizations().updateDisplayName("nope", 1, "Name")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nope");
  }
}
