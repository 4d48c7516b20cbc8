package io.kbplatform.app.work;

import io.kbplatform.app.article.ArticleSummary;
import io.kbplatform.app.http.NextPage;
import io.kbplatform.content.article.ArticleCursor;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** A page of my drafts; the next page's address is in {@code next} and the Link header. */
public record DraftPageView(List<DraftView> items, String next) {

  static Response response(WorkQueues.Drafts drafts, UriInfo uri) {
    String next =
        NextPage.address(
            uri, "after", drafts.page().nextCursor().map(ArticleCursor::token).orElse(null));
    List<DraftView> items =
        drafts.page().articles().stream()
            .map(ArticleSummary::of)
            .map(a -> DraftView.of(a, drafts.returned().get(a.id())))
            .toList();
    return NextPage.ok(new DraftPageView(items, next), next);
  }
}
