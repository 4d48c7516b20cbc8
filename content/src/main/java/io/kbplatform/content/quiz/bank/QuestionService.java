package io.kbplatform.content.quiz.bank;

import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.common.StaleVersionException;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.quiz.question.QuestionCheck;
import io.kbplatform.content.quiz.question.QuestionJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adds, reads and revises the questions of a bank for an actor who may edit its space. Revising a
 * question writes a new version and leaves the earlier ones as they were, so that every attempt is
 * graded against the version it showed.
 */
@ApplicationScoped
public class QuestionService {

  /** The most questions one request may add (an import of a whole file). */
  public static final int MAX_PER_REQUEST = 2_000;

  private QuestionBankRepository banks;
  private QuestionBankService bankService;
  private Clock clock;

  protected QuestionService() {}

  @Inject
  public QuestionService(
      QuestionBankRepository banks, QuestionBankService bankService, Clock clock) {
    this.banks = banks;
    this.bankService = bankService;
    this.clock = clock;
  }

  /** Adds questions to a bank in the order given, creating the categories they name. */
  @Transactional
  public List<StoredQuestion> add(Actor actor, String bankId, List<NewQuestion> questions) {
    QuestionBank bank = bankService.get(actor, bankId);
    if (questions.size() > MAX_PER_REQUEST) {
      throw new InvalidRequestException(
          "At most " + MAX_PER_REQUEST + " questions can be added at once.");
    }
    Instant now = clock.instant();
    Map<String, QuestionCategory> categories = new HashMap<>();
    long position = banks.nextPosition(bank.id());
    for (int i = 0; i < questions.size(); i++) {
      int index = i;
      QuestionCheck.problem(questions.get(i).content())
          .ifPresent(
              problem -> {
                throw new InvalidRequestException("questions[" + index + "]: " + problem);
              });
    }
    List<StoredQuestion> added = new ArrayList<>();
    for (NewQuestion question : questions) {
      QuestionCategory category = category(bank.id(), question.category(), categories);
      Question stored =
          new Question(
              bank.id(),
              category == null ? null : category.id(),
              position++,
              tags(question.tags()),
              question.content(),
              actor.username(),
              now);
      banks.add(stored);
      banks.flush(); // before the version that refers to it
      QuestionVersion first = version(stored, 1, question, actor, now);
      banks.add(first);
      added.add(view(stored, category, first));
    }
    banks.flush();
    return added;
  }

  /** A question's latest version, or the version asked for. */
  @Transactional
  public StoredQuestion get(Actor actor, String questionId, Integer number) {
    Question question = find(actor, questionId);
    int wanted = number == null ? question.latestVersion() : number;
    QuestionVersion version =
        banks
            .version(question.id(), wanted)
            .orElseThrow(
                () -> new NotFoundException("Question version", questionId + "/" + wanted));
    return view(question, category(question), version);
  }

  /** A bank's questions, latest versions, in the order they were added. */
  @Transactional
  public List<StoredQuestion> list(Actor actor, String bankId) {
    QuestionBank bank = bankService.get(actor, bankId);
    List<StoredQuestion> views = new ArrayList<>();
    Map<String, QuestionCategory> byId = new HashMap<>();
    banks.categories(bank.id()).forEach(c -> byId.put(c.id(), c));
    for (Question question : banks.questions(bank.id())) {
      QuestionVersion latest = banks.version(question.id(), question.latestVersion()).orElseThrow();
      views.add(view(question, byId.get(question.categoryId()), latest));
    }
    return views;
  }

  /**
   * Writes a new version of a question, refiled as given; {@code expectedLock} is the lock version
   * the editor saw (its ETag), so that two trainers never overwrite each other.
   */
  @Transactional
  public StoredQuestion revise(
      Actor actor, String questionId, long expectedLock, NewQuestion revision) {
    Question question = find(actor, questionId);
    if (question.lockVersion() != expectedLock) {
      throw new StaleVersionException(
          "The question was changed by "
              + question.updatedBy()
              + " since you read it: reload it and apply your change again.");
    }
    Instant now = clock.instant();
    QuestionCategory category = category(question.bankId(), revision.category(), new HashMap<>());
    question.file(category == null ? null : category.id(), tags(revision.tags()));
    int number = question.revise(revision.content(), actor.username(), now);
    QuestionVersion version = version(question, number, revision, actor, now);
    banks.add(version);
    banks.flush();
    return view(question, category, version);
  }

  private Question find(Actor actor, String questionId) {
    Question question =
        banks
            .findQuestion(questionId)
            .orElseThrow(() -> new NotFoundException("Question", questionId));
    try {
      bankService.get(actor, question.bankId());
    } catch (NotFoundException e) {
      throw new NotFoundException("Question", questionId);
    }
    return question;
  }

  private static QuestionVersion version(
      Question question, int number, NewQuestion content, Actor actor, Instant at) {
    String document = QuestionJson.write(content.content());
    if (document.length() > QuestionVersion.CONTENT_LENGTH) {
      throw new InvalidRequestException(
          "The question '" + question.name() + "' is too long to store.");
    }
    return new QuestionVersion(question.id(), number, document, actor.username(), at);
  }

  /** The category at a path, created with its parents where missing; null for no path. */
  private QuestionCategory category(
      String bankId, List<String> names, Map<String, QuestionCategory> seen) {
    if (names.isEmpty()) {
      return null;
    }
    if (names.size() > QuestionCategory.MAX_DEPTH) {
      throw new InvalidRequestException(
          "Categories nest at most " + QuestionCategory.MAX_DEPTH + " deep.");
    }
    QuestionCategory parent = null;
    List<String> path = new ArrayList<>();
    for (String raw : names) {
      String name = raw == null ? "" : raw.strip();
      if (name.isEmpty() || name.length() > QuestionCategory.NAME_LENGTH || name.contains("/")) {
        throw new InvalidRequestException(
            "A category name has 1 to "
                + QuestionCategory.NAME_LENGTH
                + " characters and no '/': "
                + raw);
      }
      path.add(name);
      String key = QuestionCategory.path(path);
      if (key.length() > QuestionCategory.PATH_LENGTH) {
        throw new InvalidRequestException("A category path is too long: " + key);
      }
      QuestionCategory existing = seen.get(key);
      if (existing == null) {
        existing = banks.categoryAt(bankId, key).orElse(null);
      }
      if (existing == null) {
        existing = new QuestionCategory(bankId, parent, name);
        banks.add(existing);
        banks.flush(); // rows refer to each other by id only: write the parent first
      }
      seen.put(key, existing);
      parent = existing;
    }
    return parent;
  }

  private QuestionCategory category(Question question) {
    return question.categoryId() == null
        ? null
        : banks.findCategory(question.categoryId()).orElse(null);
  }

  private static Set<String> tags(Set<String> tags) {
    Set<String> clean = new TreeSet<>();
    for (String tag : tags) {
      String t = tag == null ? "" : tag.strip();
      if (t.isEmpty() || t.length() > Question.TAG_LENGTH) {
        throw new InvalidRequestException(
            "A tag has 1 to " + Question.TAG_LENGTH + " characters: " + tag);
      }
      clean.add(t);
    }
    if (clean.size() > Question.MAX_TAGS) {
      throw new InvalidRequestException("A question has at most " + Question.MAX_TAGS + " tags.");
    }
    return clean;
  }

  private static StoredQuestion view(
      Question question, QuestionCategory category, QuestionVersion version) {
    return new StoredQuestion(
        question.id(),
        question.bankId(),
        category == null ? List.of() : category.names(),
        question.tags(),
        version.number(),
        question.latestVersion(),
        question.lockVersion(),
        version.content(),
        version.createdBy(),
        version.createdAt());
  }
}
