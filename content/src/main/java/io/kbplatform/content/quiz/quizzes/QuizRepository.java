package io.kbplatform.content.quiz.quizzes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds and stores quizzes and their slots. */
@ApplicationScoped
public class QuizRepository {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public Optional<Quiz> find(String id) {
    return Optional.ofNullable(em.find(Quiz.class, id));
  }

  /** A quiz's slots in quiz order. */
  public List<QuizSlot> slots(String quizId) {
    return em.createQuery(
            "SELECT s FROM QuizSlot s WHERE s.quizId = :q ORDER BY s.position", QuizSlot.class)
        .setParameter("q", quizId)
        .getResultList();
  }

  /** The quizzes of these spaces, by space and title. */
  public List<Quiz> inSpaces(Collection<String> spaceKeys) {
    if (spaceKeys.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT q FROM Quiz q WHERE q.spaceKey IN :spaces ORDER BY q.spaceKey, q.title, q.id",
            Quiz.class)
        .setParameter("spaces", spaceKeys)
        .getResultList();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void removeSlots(String quizId) {
    em.createQuery("DELETE FROM QuizSlot s WHERE s.quizId = :q")
        .setParameter("q", quizId)
        .executeUpdate();
  }

  public void flush() {
    em.flush();
  }
}
