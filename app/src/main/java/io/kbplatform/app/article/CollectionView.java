package io.kbplatform.app.article;

import io.kbplatform.content.collection.CollectionPlace;

/**
 * Where an article stands in the collection of an imported document: the collection, its place
 * (from 1) and the sections before and after it that the reader may read (null at either end).
 */
public record CollectionView(
    String id, String title, int position, LinkView previous, LinkView next) {

  /** An article by id and title. */
  public record LinkView(String id, String title) {

    static LinkView of(CollectionPlace.Link link) {
      return new LinkView(link.id(), link.title());
    }
  }

  static CollectionView of(CollectionPlace place) {
    return new CollectionView(
        place.collection().id(),
        place.collection().title(),
        place.position(),
        place.previous().map(LinkView::of).orElse(null),
        place.next().map(LinkView::of).orElse(null));
  }
}
