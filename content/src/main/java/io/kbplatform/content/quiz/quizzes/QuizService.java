package io.kbplatform.content.quiz.quizzes;

import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.quiz.bank.Question;
import io.kbplatform.content.quiz.bank.QuestionBank;
import io.kbplatform.content.quiz.bank.QuestionBankRepository;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.space.SpaceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates, revises, publishes and reads quizzes for those who edit their space. A quiz takes
 * questions from the banks of its own space only.
 */
@ApplicationScoped
public class QuizService {

  public static final int MAX_QUESTIONS = 200;
  public static final int MAX_ATTEMPTS_ALLOWED = 100;
  public static final Duration MAX_TIME_LIMIT = Duration.ofDays(7);
  public static final double MAX_MARK = 100;

  private QuizRepository quizzes;
  private QuestionBankRepository banks;
  private SpaceService spaces;
  private AccessPolicy policy;
  private Clock clock;

  protected QuizService() {}

  @Inject
  public QuizService(
      QuizRepository quizzes,
      QuestionBankRepository banks,
      SpaceService spaces,
      AccessPolicy policy,
      Clock clock) {
    this.quizzes = quizzes;
    this.banks = banks;
    this.spaces = spaces;
    this.policy = policy;
    this.clock = clock;
  }

  /** A new draft quiz in a space the actor edits. */
  @Transactional
  public QuizDefinition create(Actor actor, NewQuiz what) {
    Space space = spaces.get(actor, what.spaceKey());
    policy.require(actor, space, AccessLevel.EDIT);
    List<Double> marks = marks(space, what);
    checkRules(what, marks);
    Instant now = clock.instant();
    Quiz quiz =
        new Quiz(
            space.key(), what.title(), what.description(), what.rules(), actor.username(), now);
    quizzes.add(quiz);
    quizzes.flush(); // before the slots that refer to it
    List<QuizSlot> slots = slots(quiz, what.questions(), marks);
    quizzes.flush();
    return new QuizDefinition(quiz, slots);
  }

  /** Publishes a draft: learners who read the space may take it within its window. */
  @Transactional
  public QuizDefinition publish(Actor actor, String quizId) {
    QuizDefinition definition = edited(actor, quizId);
    if (definition.slots().isEmpty()) {
      throw new InvalidRequestException("A quiz needs at least one question to be published.");
    }
    definition.quiz().publish(actor.username(), clock.instant());
    return definition;
  }

  /** A quiz with its questions, for someone who edits its space. */
  @Transactional
  public QuizDefinition edited(Actor actor, String quizId) {
    Quiz quiz = quizzes.find(quizId).orElseThrow(() -> notFound(quizId));
    if (!policy.listScope(actor).editsIn(quiz.spaceKey())) {
      throw notFound(quizId);
    }
    return new QuizDefinition(quiz, quizzes.slots(quiz.id()));
  }

  /** The quizzes of the spaces the actor edits (all states), or of one space, with their slots. */
  @Transactional
  public List<QuizDefinition> editable(Actor actor, String spaceKey) {
    return quizzes.inSpaces(spaces.editableKeys(actor, spaceKey)).stream()
        .map(quiz -> new QuizDefinition(quiz, quizzes.slots(quiz.id())))
        .toList();
  }

  static NotFoundException notFound(String id) {
    return new NotFoundException("Quiz", id);
  }

  /** Each question's mark: as given, or its latest version's default. */
  private List<Double> marks(Space space, NewQuiz what) {
    if (what.questions().isEmpty() || what.questions().size() > MAX_QUESTIONS) {
      throw new InvalidRequestException(
          "A quiz has 1 to " + MAX_QUESTIONS + " questions, each named once.");
    }
    if (what.marks() != null && what.marks().size() != what.questions().size()) {
      throw new InvalidRequestException("Give one mark per question, or none.");
    }
    Set<String> seen = new HashSet<>();
    java.util.ArrayList<Double> marks = new java.util.ArrayList<>();
    for (int i = 0; i < what.questions().size(); i++) {
      String id = what.questions().get(i);
      if (id == null || !seen.add(id)) {
        throw new InvalidRequestException(
            "A quiz has 1 to " + MAX_QUESTIONS + " questions, each named once.");
      }
      Question question =
          banks
              .findQuestion(id)
              .filter(q -> inSpace(q, space))
              .orElseThrow(
                  () ->
                      new InvalidRequestException(
                          "questions["
                              + seen.size()
                              + "]: no question '"
                              + id
                              + "' in a bank of"
                              + " space "
                              + space.key()
                              + "."));
      Double mark = what.marks() == null ? null : what.marks().get(i);
      if (mark == null) {
        mark =
            banks
                .version(question.id(), question.latestVersion())
                .orElseThrow()
                .content()
                .defaultMark();
      }
      if (!(mark > 0) || mark > MAX_MARK) {
        throw new InvalidRequestException(
            "marks[" + i + "]: a question is worth more than 0 and at most " + MAX_MARK + ".");
      }
      marks.add(mark);
    }
    return marks;
  }

  private boolean inSpace(Question question, Space space) {
    return banks
        .findBank(question.bankId())
        .map(QuestionBank::spaceKey)
        .filter(space.key()::equals)
        .isPresent();
  }

  private static void checkRules(NewQuiz what, List<Double> marks) {
    if (what.title() == null
        || what.title().isBlank()
        || what.title().strip().length() > Quiz.TITLE_LENGTH) {
      throw new InvalidRequestException(
          "A quiz needs a title of 1 to " + Quiz.TITLE_LENGTH + " characters.");
    }
    if (what.description() != null && what.description().length() > Quiz.DESCRIPTION_LENGTH) {
      throw new InvalidRequestException(
          "A description has at most " + Quiz.DESCRIPTION_LENGTH + " characters.");
    }
    QuizRules rules = what.rules();
    if (rules.gradingMethod() == null) {
      throw new InvalidRequestException("gradingMethod: one of HIGHEST, LAST, AVERAGE, FIRST.");
    }
    if (rules.attemptsAllowed() < 0 || rules.attemptsAllowed() > MAX_ATTEMPTS_ALLOWED) {
      throw new InvalidRequestException(
          "attemptsAllowed: 0 (no limit) to " + MAX_ATTEMPTS_ALLOWED + ".");
    }
    double total = marks.stream().mapToDouble(Double::doubleValue).sum();
    if (!(rules.passMark() >= 0) || rules.passMark() > total + 1e-9) {
      throw new InvalidRequestException(
          "passMark: a score from 0 to the quiz's total marks ("
              + total
              + "), in marks like the score.");
    }
    Duration limit = rules.timeLimit();
    if (limit != null && (limit.toSeconds() < 1 || limit.compareTo(MAX_TIME_LIMIT) > 0)) {
      throw new InvalidRequestException("timeLimitSeconds: 1 second to 7 days, or none.");
    }
    if (rules.openAt() != null
        && rules.closeAt() != null
        && !rules.openAt().isBefore(rules.closeAt())) {
      throw new InvalidRequestException("openAt must come before closeAt.");
    }
  }

  private List<QuizSlot> slots(Quiz quiz, List<String> questions, List<Double> marks) {
    java.util.ArrayList<QuizSlot> slots = new java.util.ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      QuizSlot slot = new QuizSlot(quiz.id(), i + 1, questions.get(i), marks.get(i));
      quizzes.add(slot);
      slots.add(slot);
    }
    return slots;
  }
}
