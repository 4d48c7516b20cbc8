package io.kbplatform.content.quiz.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds and stores banks, their categories, questions and question versions. */
@ApplicationScoped
public class QuestionBankRepository {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public Optional<QuestionBank> findBank(String id) {
    return Optional.ofNullable(em.find(QuestionBank.class, id));
  }

  /** The banks of these spaces, by space and name. */
  public List<QuestionBank> banksIn(Collection<String> spaceKeys) {
    if (spaceKeys.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT b FROM QuestionBank b WHERE b.spaceKey IN :spaces"
                + " ORDER BY b.spaceKey, b.name, b.id",
            QuestionBank.class)
        .setParameter("spaces", spaceKeys)
        .getResultList();
  }

  public List<QuestionCategory> categories(String bankId) {
    return em.createQuery(
            "SELECT c FROM QuestionCategory c WHERE c.bankId = :b ORDER BY c.path",
            QuestionCategory.class)
        .setParameter("b", bankId)
        .getResultList();
  }

  public Optional<QuestionCategory> findCategory(String id) {
    return Optional.ofNullable(em.find(QuestionCategory.class, id));
  }

  public Optional<QuestionCategory> categoryAt(String bankId, String path) {
    return em.createQuery(
            "SELECT c FROM QuestionCategory c WHERE c.bankId = :b AND c.path = :p",
            QuestionCategory.class)
        .setParameter("b", bankId)
        .setParameter("p", path)
        .getResultStream()
        .findFirst();
  }

  public Optional<Question> findQuestion(String id) {
    return Optional.ofNullable(em.find(Question.class, id));
  }

  /** A bank's questions in the order they were added. */
  public List<Question> questions(String bankId) {
    return em.createQuery(
            "SELECT q FROM Question q WHERE q.bankId = :b ORDER BY q.position, q.id",
            Question.class)
        .setParameter("b", bankId)
        .getResultList();
  }

  /** The position after the last question of a bank. */
  public long nextPosition(String bankId) {
    Long last =
        em.createQuery("SELECT MAX(q.position) FROM Question q WHERE q.bankId = :b", Long.class)
            .setParameter("b", bankId)
            .getSingleResult();
    return last == null ? 1 : last + 1;
  }

  public Optional<QuestionVersion> version(String questionId, int number) {
    return Optional.ofNullable(
        em.find(QuestionVersion.class, new QuestionVersion.Key(questionId, number)));
  }

  /** Every version of a question, newest first. */
  public List<QuestionVersion> versions(String questionId) {
    return em.createQuery(
            "SELECT v FROM QuestionVersion v WHERE v.questionId = :q ORDER BY v.number DESC",
            QuestionVersion.class)
        .setParameter("q", questionId)
        .getResultList();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }
}
