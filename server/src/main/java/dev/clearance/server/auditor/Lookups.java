package dev.clearance.server.auditor;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.PathNames;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.store.Repositories;
import dev.clearance.store.auditor.AuditFirm;
import dev.clearance.store.auditor.Auditor;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.identity.User;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import io.javalin.http.Context;
import java.util.List;

/** Finds the firms, users and auditors named in requests; 404 when absent. */
final class Lookups {

  private Lookups() {}

  /**
   * @throws ApiException 400 for an invalid name, 404 when there is no such firm
   */
  static AuditFirm firm(Repositories tx, Context ctx) {
    String slug = PathNames.slug(ctx, "firm", "audit firm");
    return Auditors.firms(tx)
        .findBySlug(slug)
        .orElseThrow(() -> ApiException.notFound("audit firm '" + slug + "'"));
  }

  /**
   * @throws ApiException 400 for an invalid handle, 404 when there is no such user
   */
  static User user(Repositories tx, Context ctx) {
    String handle = PathNames.slug(ctx, "user", "user");
    return tx.users()
        .findByHandle(handle)
        .orElseThrow(() -> ApiException.notFound("user '" + handle + "'"));
  }

  /** The release {@code releaseId} with its model and organization, whoever asks. */
  static ReleaseRef release(Repositories tx, String releaseId) {
    Release release = tx.releases().find(releaseId).orElseThrow();
    Model model = tx.models().find(release.modelId()).orElseThrow();
    Organization org = tx.organizations().find(model.orgId()).orElseThrow();
    return new ReleaseRef(org, model, release);
  }

  /** The handle of user {@code userId} ({@code unknown} if the row vanished). */
  static String handle(Repositories tx, String userId) {
    return tx.users().find(userId).map(User::handle).orElse("unknown");
  }

  /** The slug of firm {@code firmId} ({@code unknown} if the row vanished). */
  static String firmSlug(Repositories tx, String firmId) {
    return Auditors.firms(tx).find(firmId).map(AuditFirm::slug).orElse("unknown");
  }

  /** The firm as the API shows it, with its auditors. */
  static FirmView firmView(Repositories tx, AuditFirm firm) {
    List<Auditor> auditors = Auditors.auditors(tx).listByFirm(firm.id());
    return FirmView.of(
        firm,
        auditors.stream()
            .map(auditor -> AuditorView.of(auditor, handle(tx, auditor.userId()), firm.slug()))
            .toList());
  }
}
