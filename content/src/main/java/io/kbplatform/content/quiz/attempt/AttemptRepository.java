package io.kbplatform.content.quiz.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds and stores attempts and the questions they show. */
@ApplicationScoped
public class AttemptRepository {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public Optional<QuizAttempt> find(String id) {
    return Optional.ofNullable(em.find(QuizAttempt.class, id));
  }

  /** An attempt, locked against a concurrent save or submit of the same attempt. */
  public Optional<QuizAttempt> findForUpdate(String id) {
    return Optional.ofNullable(em.find(QuizAttempt.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** A learner's attempts at a quiz, oldest first. */
  public List<QuizAttempt> of(String quizId, String username) {
    return em.createQuery(
            "SELECT a FROM QuizAttempt a WHERE a.quizId = :q AND a.username = :u ORDER BY a.number",
            QuizAttempt.class)
        .setParameter("q", quizId)
        .setParameter("u", username)
        .getResultList();
  }

  /** Every attempt at a quiz, by learner and number. */
  public List<QuizAttempt> ofQuiz(String quizId) {
    return em.createQuery(
            "SELECT a FROM QuizAttempt a WHERE a.quizId = :q ORDER BY a.username, a.number",
            QuizAttempt.class)
        .setParameter("q", quizId)
        .getResultList();
  }

  /** The questions an attempt shows, in its order. */
  public List<AttemptQuestion> questions(String attemptId) {
    return em.createQuery(
            "SELECT q FROM AttemptQuestion q WHERE q.attemptId = :a ORDER BY q.slot",
            AttemptQuestion.class)
        .setParameter("a", attemptId)
        .getResultList();
  }

  /** The questions of every attempt at a quiz. */
  public List<AttemptQuestion> questionsOfQuiz(String quizId) {
    return em.createQuery(
            "SELECT q FROM AttemptQuestion q, QuizAttempt a"
                + " WHERE q.attemptId = a.id AND a.quizId = :quiz",
            AttemptQuestion.class)
        .setParameter("quiz", quizId)
        .getResultList();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }
}
