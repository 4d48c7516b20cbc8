package io.kbplatform.content.importing;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.importing.sections.SplitDocument;
import java.util.List;

/** The Markdown of a collection: the document's introduction, then its sections as links. */
final class CollectionBody {

  private CollectionBody() {}

  static String of(SplitDocument document, List<Article> sections) {
    StringBuilder body = new StringBuilder();
    if (!document.introduction().isBlank()) {
      body.append(document.introduction().strip()).append("\n\n");
    }
    for (int i = 0; i < sections.size(); i++) {
      Article section = sections.get(i);
      body.append(i + 1)
          .append(". [")
          .append(escape(document.sections().get(i).title()))
          .append("](#/articles/")
          .append(section.id())
          .append(")\n");
    }
    return body.toString().strip();
  }

  private static String escape(String title) {
    return title.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
  }
}
