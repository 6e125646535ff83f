package dev.clearance.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-app inbox over HTTP: newest first, paging, unread filter, marking read, ownership. */
class InboxEndpointsTest extends NotifyTestBase {

  private List<String> threeFor(ApiClient client) {
    List<String> ids = new ArrayList<>();
    for (String title : List.of("first", "second", "third")) {
      ids.add(
          notifyNow(event(NotificationKind.RESPONSE_DUE, title, Recipients.users(userId(client))))
              .eventId());
      clock.advance(java.time.Duration.ofSeconds(1));
    }
    return ids;
  }

  private static List<String> titles(JsonNode page) {
    List<String> titles = new ArrayList<>();
    page.path("items").forEach(item -> titles.add(item.path("title").asText()));
    return titles;
  }

  @Test
  void list_newestFirst_pagedWithNext() {
    ApiClient user = user("reader");
    threeFor(user);

    JsonNode first = inbox(user, "?limit=2");
    JsonNode second = inbox(user, "?limit=2&after=" + first.path("next").asText());

    assertThat(titles(first)).containsExactly("third", "second");
    assertThat(first.path("unread").asLong()).isEqualTo(3);
    assertThat(titles(second)).containsExactly("first");
    assertThat(second.has("next")).isFalse();
  }

  @Test
  void markRead_one_leavesItOutOfUnreadAndIsIdempotent() {
    ApiClient user = user("reader");
    List<String> ids = threeFor(user);

    ApiResponse marked = user.post("/api/v1/me/notifications/" + ids.get(1) + "/read", "");
    ApiResponse again = user.post("/api/v1/me/notifications/" + ids.get(1) + "/read", "");
    JsonNode unread = inbox(user, "?unread=true");
    JsonNode all = inbox(user, "");

    assertThat(marked.status()).isEqualTo(204);
    assertThat(again.status()).isEqualTo(204);
    assertThat(titles(unread)).containsExactly("third", "first");
    assertThat(unread.path("unread").asLong()).isEqualTo(2);
    assertThat(all.path("items").get(1).path("readAt").asText()).isNotEmpty();
  }

  @Test
  void markAllRead_marksEveryUnreadOne() {
    ApiClient user = user("reader");
    threeFor(user);

    ApiResponse marked = user.post("/api/v1/me/notifications/read-all", "");

    assertThat(marked.status()).isEqualTo(200);
    assertThat(marked.json().path("marked").asInt()).isEqualTo(3);
    assertThat(inbox(user, "?unread=true").path("items")).isEmpty();
    assertThat(inbox(user, "").path("items")).hasSize(3);
  }

  @Test
  void markRead_anotherUsersNotification_404AndStaysUnread() {
    ApiClient owner = user("owner");
    ApiClient other = user("other");
    String id = threeFor(owner).get(0);

    ApiResponse refused = other.post("/api/v1/me/notifications/" + id + "/read", "");
    ApiResponse malformed = other.post("/api/v1/me/notifications/not-an-id/read", "");

    assertThat(refused.status()).isEqualTo(404);
    assertThat(malformed.status()).isEqualTo(404);
    assertThat(inbox(owner, "").path("unread").asLong()).isEqualTo(3);
    assertThat(inbox(other, "").path("items")).isEmpty();
  }

  @Test
  void list_badUnreadOrLimit_400NamingTheParameter() {
    ApiClient user = user("reader");

    ApiResponse unread = user.get("/api/v1/me/notifications?unread=yes");
    ApiResponse limit = user.get("/api/v1/me/notifications?limit=0");
    ApiResponse signedOut = anonymous.get("/api/v1/me/notifications");

    assertThat(unread.status()).isEqualTo(400);
    assertThat(unread.json().path("details").path("parameter").asText()).isEqualTo("unread");
    assertThat(limit.status()).isEqualTo(400);
    assertThat(limit.json().path("details").path("parameter").asText()).isEqualTo("limit");
    assertThat(signedOut.status()).isEqualTo(401);
  }
}
