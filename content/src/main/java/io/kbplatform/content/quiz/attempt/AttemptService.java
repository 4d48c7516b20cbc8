package io.kbplatform.content.quiz.attempt;

import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.quiz.bank.QuestionBankRepository;
import io.kbplatform.content.quiz.grading.Grade;
import io.kbplatform.content.quiz.grading.QuestionGrader;
import io.kbplatform.content.quiz.question.QuestionContent;
import io.kbplatform.content.quiz.question.Response;
import io.kbplatform.content.quiz.quizzes.Quiz;
import io.kbplatform.content.quiz.quizzes.QuizRepository;
import io.kbplatform.content.quiz.quizzes.QuizSlot;
import io.kbplatform.content.quiz.quizzes.QuizStatus;
import io.kbplatform.content.space.SpaceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Learners taking quizzes: start (or resume) an attempt, save responses as they are given, submit.
 * Every time is the server's: a response saved after the deadline is refused, and an attempt whose
 * time is up is graded as it stood at the deadline. An attempt is only ever found by its learner.
 */
@ApplicationScoped
public class AttemptService {

  private static final SecureRandom SEEDS = new SecureRandom();

  private AttemptRepository attempts;
  private QuizRepository quizzes;
  private QuestionBankRepository banks;
  private SpaceService spaces;
  private Clock clock;

  protected AttemptService() {}

  @Inject
  public AttemptService(
      AttemptRepository attempts,
      QuizRepository quizzes,
      QuestionBankRepository banks,
      SpaceService spaces,
      Clock clock) {
    this.attempts = attempts;
    this.quizzes = quizzes;
    this.banks = banks;
    this.spaces = spaces;
    this.clock = clock;
  }

  /**
   * Starts an attempt at an open quiz the actor may read, or returns the one in progress (the
   * learner resumes it).
   */
  @Transactional
  public AttemptSheet start(Actor actor, String quizId) {
    Quiz quiz = takeable(actor, quizId);
    Instant now = now();
    List<QuizAttempt> earlier = attempts.of(quiz.id(), actor.username());
    Optional<QuizAttempt> open =
        earlier.stream().filter(a -> a.state() == AttemptState.IN_PROGRESS).findFirst();
    if (open.isPresent()) {
      if (!open.get().overdue(now)) {
        return sheet(open.get(), quiz, true);
      }
      finish(open.get(), now);
    }
    if (!quiz.isOpen(now)) {
      throw new ConflictException("The quiz is not open for attempts now.");
    }
    int allowed = quiz.rules().attemptsAllowed();
    if (allowed > 0 && earlier.size() >= allowed) {
      throw new ConflictException("You have used all " + allowed + " attempts this quiz allows.");
    }
    List<QuizSlot> slots = quizzes.slots(quiz.id());
    double maxScore = slots.stream().mapToDouble(QuizSlot::mark).sum();
    QuizAttempt attempt =
        new QuizAttempt(
            quiz.id(), actor.username(), earlier.size() + 1, now, quiz.deadlineFor(now), maxScore);
    attempts.add(attempt);
    attempts.flush(); // before the questions that refer to it
    Random random = new Random(SEEDS.nextLong());
    List<QuizSlot> order = new ArrayList<>(slots);
    if (quiz.rules().shuffleQuestions()) {
      Collections.shuffle(order, random);
    }
    int slot = 1;
    for (QuizSlot quizSlot : order) {
      var question = banks.findQuestion(quizSlot.questionId()).orElseThrow();
      QuestionContent content = content(question.id(), question.latestVersion());
      attempts.add(
          new AttemptQuestion(
              attempt.id(),
              slot++,
              quizSlot.position(),
              question.id(),
              question.latestVersion(),
              quizSlot.mark(),
              ShownOrder.of(content.key(), random)));
    }
    attempts.flush();
    return sheet(attempt, quiz, false);
  }

  /** The actor's own attempt; one whose time ran out is graded as it stood at the deadline. */
  @Transactional
  public AttemptSheet get(Actor actor, String attemptId) {
    QuizAttempt attempt = own(actor, attemptId, false);
    if (attempt.state() == AttemptState.IN_PROGRESS && attempt.overdue(now())) {
      finish(attempt, now());
    }
    return sheet(attempt, quiz(attempt), false);
  }

  /**
   * Saves the response to one question of an attempt in progress, replacing any earlier one.
   *
   * @throws io.kbplatform.content.quiz.grading.InvalidResponse when it does not fit the question
   * @throws ConflictException when the attempt was submitted or its time is up
   */
  @Transactional
  public void respond(Actor actor, String attemptId, String questionId, Response response) {
    QuizAttempt attempt = own(actor, attemptId, true);
    Instant now = now();
    if (attempt.state() != AttemptState.IN_PROGRESS) {
      throw new ConflictException("The attempt was submitted: its responses cannot change.");
    }
    if (attempt.overdue(now)) {
      throw new ConflictException(
          "Time is up: the attempt closed at "
              + attempt.deadline()
              + " with the responses saved until then.");
    }
    AttemptQuestion shown =
        attempts.questions(attempt.id()).stream()
            .filter(q -> q.questionId().equals(questionId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Question of this attempt", questionId));
    QuestionGrader.grade(content(shown.questionId(), shown.questionVersion()), response);
    shown.answer(response, now);
  }

  /**
   * Submits an attempt and grades it on the server; after the deadline it is graded with the
   * responses saved until then.
   *
   * @throws ConflictException when it was submitted already
   */
  @Transactional
  public AttemptSheet submit(Actor actor, String attemptId) {
    QuizAttempt attempt = own(actor, attemptId, true);
    if (attempt.state() != AttemptState.IN_PROGRESS) {
      throw new ConflictException("The attempt was submitted already.");
    }
    finish(attempt, now());
    return sheet(attempt, quiz(attempt), false);
  }

  private void finish(QuizAttempt attempt, Instant now) {
    double score = 0;
    for (AttemptQuestion shown : attempts.questions(attempt.id())) {
      QuestionContent content = content(shown.questionId(), shown.questionVersion());
      Grade grade = QuestionGrader.grade(content, shown.response().orElse(null));
      Double fraction = grade.fraction().isPresent() ? grade.fraction().getAsDouble() : null;
      shown.grade(fraction);
      if (fraction != null) {
        score += fraction * shown.mark();
      }
    }
    attempt.finish(score, now);
  }

  private AttemptSheet sheet(QuizAttempt attempt, Quiz quiz, boolean resumed) {
    List<ShownQuestion> shown = new ArrayList<>();
    int awaiting = 0;
    for (AttemptQuestion question : attempts.questions(attempt.id())) {
      shown.add(
          ShownQuestion.of(question, content(question.questionId(), question.questionVersion())));
      if (attempt.state() == AttemptState.FINISHED && question.fraction() == null) {
        awaiting++;
      }
    }
    return new AttemptSheet(
        attempt, quiz.title(), quiz.rules().passMark(), shown, awaiting, resumed);
  }

  /** A published quiz whose space the actor reads; not found otherwise (drafts included). */
  private Quiz takeable(Actor actor, String quizId) {
    return quizzes
        .find(quizId)
        .filter(quiz -> quiz.status() == QuizStatus.PUBLISHED)
        .filter(quiz -> spaces.readableKeys(actor).contains(quiz.spaceKey()))
        .orElseThrow(() -> new NotFoundException("Quiz", quizId));
  }

  private QuizAttempt own(Actor actor, String attemptId, boolean forUpdate) {
    Optional<QuizAttempt> found =
        forUpdate ? attempts.findForUpdate(attemptId) : attempts.find(attemptId);
    return found
        .filter(a -> a.username().equals(actor.username()))
        .orElseThrow(() -> new NotFoundException("Attempt", attemptId));
  }

  /** The server's time, to the microsecond the database keeps. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private Quiz quiz(QuizAttempt attempt) {
    return quizzes.find(attempt.quizId()).orElseThrow();
  }

  private QuestionContent content(String questionId, int version) {
    return banks.version(questionId, version).orElseThrow().content();
  }
}
