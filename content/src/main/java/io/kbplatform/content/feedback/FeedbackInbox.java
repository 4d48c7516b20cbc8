package io.kbplatform.content.feedback;

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
import java.util.function.BiFunction;
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
  public FeedbackPage inbox(Actor actor, FeedbackState state, FeedbackCursor after, int limit) {
    Set<String> publishing = actor.isAdmin() ? null : publishingSpaces(actor);
    return scan(
        (cursor, n) -> feedback.inbox(actor.username(), publishing, state, cursor, n),
        item -> access.handles(actor, item),
        after,
        limit);
  }

  /** The actor's own feedback that still stands, on articles it may still read. */
  @Transactional
  public FeedbackPage mine(Actor actor, FeedbackCursor after, int limit) {
    return scan(
        (cursor, n) -> feedback.byReporter(actor.username(), cursor, n),
        item -> access.canView(actor, item),
        after,
        limit);
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
  private static FeedbackPage scan(
      BiFunction<FeedbackCursor, Integer, List<Feedback>> fetch,
      Predicate<Feedback> visible,
      FeedbackCursor after,
      int limit) {
    List<Feedback> shown = new ArrayList<>();
    FeedbackCursor cursor = after;
    for (int page = 0; page < MAX_SCANNED_PAGES; page++) {
      List<Feedback> batch = fetch.apply(cursor, limit + 1);
      for (Feedback item : batch) {
        if (shown.size() == limit) {
          return new FeedbackPage(shown, cursor);
        }
        cursor = FeedbackCursor.after(item);
        if (visible.test(item)) {
          shown.add(item);
        }
      }
      if (batch.size() <= limit) {
        return new FeedbackPage(shown, null);
      }
    }
    return new FeedbackPage(shown, cursor);
  }
}
