package io.kbplatform.content.quiz.bank;

import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.space.SpaceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Creates and finds question banks for an actor. A bank is seen only by those who may edit its
 * space (authors, trainers, administrators with a grant): anyone else, learners included, is told
 * it does not exist.
 */
@ApplicationScoped
public class QuestionBankService {

  private QuestionBankRepository banks;
  private SpaceService spaces;
  private AccessPolicy policy;
  private Clock clock;

  protected QuestionBankService() {}

  @Inject
  public QuestionBankService(
      QuestionBankRepository banks, SpaceService spaces, AccessPolicy policy, Clock clock) {
    this.banks = banks;
    this.spaces = spaces;
    this.policy = policy;
    this.clock = clock;
  }

  /** A new, empty bank in a space the actor may edit. */
  @Transactional
  public QuestionBank create(Actor actor, String spaceKey, String name) {
    Space space = spaces.get(actor, spaceKey);
    policy.require(actor, space, AccessLevel.EDIT);
    if (name == null || name.isBlank() || name.strip().length() > QuestionBank.NAME_LENGTH) {
      throw new InvalidRequestException(
          "A question bank needs a name of 1 to " + QuestionBank.NAME_LENGTH + " characters.");
    }
    QuestionBank bank = new QuestionBank(space.key(), name, actor.username(), clock.instant());
    banks.add(bank);
    return bank;
  }

  /** A bank the actor may edit; not found otherwise. */
  @Transactional
  public QuestionBank get(Actor actor, String id) {
    QuestionBank bank = banks.findBank(id).orElseThrow(() -> notFound(id));
    if (!policy.listScope(actor).editsIn(bank.spaceKey())) {
      throw notFound(id);
    }
    return bank;
  }

  /** The banks the actor may edit, in one space or in all of them. */
  @Transactional
  public List<QuestionBank> list(Actor actor, String spaceKey) {
    return banks.banksIn(spaces.editableKeys(actor, spaceKey));
  }

  /** A bank's categories, by path. */
  @Transactional
  public List<QuestionCategory> categories(Actor actor, String bankId) {
    return banks.categories(get(actor, bankId).id());
  }

  static NotFoundException notFound(String id) {
    return new NotFoundException("Question bank", id);
  }
}
