package io.kbplatform.content.testing;

import io.kbplatform.content.category.Category;
import io.kbplatform.content.category.CategoryRepository;
import io.kbplatform.content.space.Space;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Categories in a map, by id; articles are counted in the in-memory article store. */
public final class InMemoryCategories extends CategoryRepository {

  private final Map<String, Category> byId = new LinkedHashMap<>();
  private final InMemoryArticles articles;

  public InMemoryCategories(InMemoryArticles articles) {
    this.articles = articles;
  }

  @Override
  public Optional<Category> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<Category> inSpace(Space space) {
    return byId.values().stream()
        .filter(c -> c.space().id().equals(space.id()))
        .sorted(Comparator.comparingInt(Category::position).thenComparing(Category::name))
        .toList();
  }

  @Override
  public long countArticles(String categoryId) {
    return articles.all().stream()
        .filter(a -> a.categoryId().filter(categoryId::equals).isPresent())
        .count();
  }

  @Override
  public void add(Category category) {
    byId.put(category.id(), category);
  }

  @Override
  public void remove(Category category) {
    byId.remove(category.id());
  }
}
