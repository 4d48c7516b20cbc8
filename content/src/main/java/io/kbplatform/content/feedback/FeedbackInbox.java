package io.kbplatform.content.feedback;

import io.kbplatform.content.common.paging.Cursor;
import io.kbplatform.content.common.paging.Page;
import io.kbplatform.content.common.paging.PageRequest;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.space.SpaceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Lists of feedback, newest first, trimmed per actor: the inbox of flags and comments an owner or
 * publisher handles, and what a reporter gave.
 */
@ApplicationScoped
public class FeedbackInbox {

  private static final int MAX_SCANNED_PAGES = 20;

  private FeedbackRepository feedback;
  private FeedbackAccess access;
  private SpaceService spaces;
  private AccessPolicy policy;

  protected FeedbackInbox() {}

  @Inject
  public FeedbackInbox(
      FeedbackRepository feedback,
      FeedbackAccess access,
      SpaceService spaces,
      AccessPolicy policy) {
    this.feedback = feedback;
    this.access = access;
    this.spaces = spaces;
    this.policy = policy;
  }

  /**
   * Flags and comments on articles the actor owns or publishes in and may read, optionally in one
   * state.
   */
  @Transactional
  public Page<Feedback> inbox(Actor actor, FeedbackState state, PageRequest page) {
    Set<String> publishing = actor.isAdmin() ? null : publishingSpaces(actor);
    return scan(
        batch -> feedback.inbox(actor.username(), publishing, state, batch),
        item -> access.handles(actor, item),
        page);
  }

  /** The actor's own feedback that still stands, on articles it may still read. */
  @Transactional
  public Page<Feedback> mine(Actor actor, PageRequest page) {
    return scan(
        batch -> feedback.byReporter(actor.username(), batch),
        item -> access.canView(actor, item),
        page);
  }

  private Set<String> publishingSpaces(Actor actor) {
    return spaces.list(actor).stream()
        .filter(
            s -> policy.levelIn(actor, s).filter(l -> l.includes(AccessLevel.PUBLISH)).isPresent())
        .map(Space::key)
        .collect(Collectors.toSet());
  }

  /**
   * Up to {@code limit} visible rows after the cursor, reading a bounded number of batches; the
   * next cursor is set whenever more rows may follow.
   */
  private static Page<Feedback> scan(
      Function<PageRequest, List<Feedback>> fetch, Predicate<Feedback> visible, PageRequest page) {
    int limit = page.limit();
    List<Feedback> shown = new ArrayList<>();
    Cursor cursor = page.after();
    for (int scanned = 0; scanned < MAX_SCANNED_PAGES; scanned++) {
      List<Feedback> batch = fetch.apply(new PageRequest(cursor, limit));
      for (Feedback item : batch) {
        if (shown.size() == limit) {
          return new Page<>(shown, cursor);
        }
        cursor = new Cursor(item.createdAt(), item.id());
        if (visible.test(item)) {
          shown.add(item);
        }
      }
      if (batch.size() <= limit) {
        return new Page<>(shown, null);
      }
    }
    return new Page<>(shown, cursor);
  }
}
