package dev.clearance.server.web.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.server.notify.NotificationView;
import dev.clearance.server.notify.ReleaseName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the inbox page sends each notification. */
class InboxViewTest {

  private static final ReleaseName RELEASE = new ReleaseName("acme", "chat", "1.0");

  private static String pageOf(String link, ReleaseName release, boolean steward) {
    NotificationView notification =
        new NotificationView(
            "n1", "kind", release, "t", "b", link, null, "2026-01-01T00:00:00Z", null);
    return new InboxView(false, 0, steward, List.of(), null).pageOf(notification);
  }

  @Test
  void pageOf_incidentNotifications_leadToTheIncidentPageOrTheTrackingPage() {
    assertThat(pageOf("/api/v1/orgs/acme/incidents/0190-abc", RELEASE, false))
        .isEqualTo("/orgs/acme/incidents/0190-abc");
    assertThat(pageOf("/api/v1/me/incidents", RELEASE, false)).isEqualTo("/incidents/track");
  }

  @Test
  void pageOf_otherNotifications_leadToTheReleaseOrTheVettingPages() {
    assertThat(pageOf("/api/v1/orgs/acme/models/chat/releases/1.0", RELEASE, false))
        .isEqualTo("/orgs/acme/models/chat/releases/1.0");
    assertThat(pageOf("/api/v1/evaluator-applications/7", null, true))
        .isEqualTo("/steward/vetting");
    assertThat(pageOf("/api/v1/evaluator-applications/7", null, false)).isEqualTo("/review");
    assertThat(pageOf("/api/v1/certifications/9", null, false)).isNull();
  }
}
