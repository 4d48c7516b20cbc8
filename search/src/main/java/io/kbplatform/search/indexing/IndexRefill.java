package io.kbplatform.search.indexing;

import io.kbplatform.content.article.PublishedArticles;
import io.kbplatform.content.outbox.Outbox;
import io.kbplatform.search.index.IndexCreated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Fills a new, empty index from the database, the source of truth: every published article goes
 * through the outbox again.
 */
@ApplicationScoped
public class IndexRefill {

  private static final Logger LOG = Logger.getLogger(IndexRefill.class.getName());

  private PublishedArticles published;
  private Outbox outbox;

  protected IndexRefill() {}

  @Inject
  public IndexRefill(PublishedArticles published, Outbox outbox) {
    this.published = published;
    this.outbox = outbox;
  }

  void onCreated(@Observes IndexCreated event) {
    List<String> ids = published.allPublishedIds();
    outbox.articlesChanged(ids);
    LOG.info(() -> ids.size() + " published articles queued for " + event.concreteIndex());
  }
}
