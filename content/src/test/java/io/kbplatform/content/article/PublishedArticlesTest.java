package io.kbplatform.content.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.permission.Principal;
import io.kbplatform.content.permission.SpaceAccessChanged;
import io.kbplatform.content.testing.InMemoryContent;
import io.kbplatform.content.testing.ListedInstances;
import io.kbplatform.content.user.Role;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the search index is given of each article when the outbox is drained: nothing for drafts,
 * the published version only, and the permission fields that decide who finds it.
 */
class PublishedArticlesTest {

  private final InMemoryContent kb = new InMemoryContent();
  private final Map<String, List<String>> attachmentTexts = new HashMap<>();
  private final PublishedArticles published =
      new PublishedArticles(
          kb.articles,
          kb.grantService,
          kb.outbox,
          new ListedInstances<AttachmentTextSource>(
              id -> attachmentTexts.getOrDefault(id, List.of())));
  private final Actor erin = kb.user("erin", Role.AUTHOR);
  private final Actor pat = kb.user("pat", Role.AUTHOR);

  {
    kb.restrictedSpace("CS");
    kb.restrictedSpace("HR");
    kb.group("vip");
    kb.grant("CS", Principal.user("erin"), AccessLevel.EDIT);
    kb.grant("CS", Principal.user("pat"), AccessLevel.PUBLISH);
    kb.grant("CS", Principal.group("vip"), AccessLevel.VIEW);
    kb.grant("HR", Principal.user("pat"), AccessLevel.PUBLISH);
  }

  @Test
  void a_draft_that_was_never_published_gives_the_index_nothing() {
    String id = draft("CS", "草稿");

    assertEquals(Optional.empty(), published.find(id));
  }

  @Test
  void the_index_gets_the_published_version_and_not_a_newer_draft() {
    String id = publish(draft("CS", "第一版"));
    kb.clock.advance(Duration.ofHours(1));
    save(id, "第二版");

    PublishedArticle indexed = published.find(id).orElseThrow();

    assertEquals("第一版", indexed.title());
    assertEquals(1, indexed.version());
    assertEquals(InMemoryContent.START, indexed.updatedAt(), "a draft leaves no trace");
  }

  @Test
  void an_open_article_is_marked_for_every_reader_of_its_space() {
    String id = publish(draft("CS", "退款流程"));

    PublishedArticle indexed = published.find(id).orElseThrow();

    assertEquals(Set.of("*"), indexed.restrictedTo());
    assertEquals(
        Set.of("user:admin", "user:erin", "user:pat", "group:vip"), indexed.spaceReaders());
  }

  @Test
  void a_restricted_article_is_marked_for_its_groups_and_its_owner() {
    String id = publish(draft("CS", "VIP 流程"));
    kb.articleService.restrict(pat, id, Set.of("vip"));

    assertEquals(Set.of("group:vip", "user:erin"), published.find(id).orElseThrow().restrictedTo());
  }

  @Test
  void an_archived_article_keeps_its_published_content_marked_archived() {
    String id = publish(draft("CS", "旧流程"));
    kb.workflow.archive(pat, id, null, null);

    assertEquals(ArticleStatus.ARCHIVED, published.find(id).orElseThrow().status());
    assertEquals(List.of(new PublishedState(id, 1, true)), published.publishedStates());
  }

  @Test
  void the_text_of_its_attachments_goes_with_the_article() {
    String id = publish(draft("CS", "退款流程"));
    attachmentTexts.put(id, List.of("退款申请表"));

    assertEquals(List.of("退款申请表"), published.find(id).orElseThrow().attachmentTexts());
  }

  @Test
  void a_batch_holds_the_published_articles_by_id_and_leaves_drafts_out() {
    String a = publish(draft("CS", "一"));
    String b = publish(draft("CS", "二"));
    String draft = draft("CS", "草稿");

    List<String> ids =
        published.findAll(List.of(b, draft, a)).stream().map(PublishedArticle::id).toList();

    assertEquals(List.of(a, b).stream().sorted().toList(), ids);
  }

  @Test
  void when_the_readers_of_a_space_change_its_published_articles_are_indexed_again() {
    String live = publish(draft("CS", "一"));
    draft("CS", "草稿");
    String elsewhere = publish(kb.articleService.create(pat, request("HR", "假期")).article().id());
    int before = kb.outbox.pendingArticles().size();

    published.spaceAccessChanged(new SpaceAccessChanged("CS"));

    List<String> queued = kb.outbox.pendingArticles();
    assertEquals(List.of(live), queued.subList(before, queued.size()));
    assertTrue(queued.contains(elsewhere), "queued once, when it was published");
  }

  private String draft(String space, String title) {
    return kb.articleService.create(erin, request(space, title)).article().id();
  }

  private String publish(String id) {
    kb.workflow.publish(pat, id, null, null, false);
    return id;
  }

  private void save(String id, String title) {
    long seen = kb.articleService.get(erin, id).lockVersion();
    kb.articleService.update(erin, id, seen, request(null, title), null);
  }

  private static NewArticle request(String space, String title) {
    return new NewArticle(space, null, null, title, "正文", List.of(), null, null, null);
  }
}
