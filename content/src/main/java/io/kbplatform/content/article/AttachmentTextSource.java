package io.kbplatform.content.article;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Supplies the text extracted from an article's attachments, for the search index. */
public interface AttachmentTextSource {

  List<String> textsOf(String articleId);

  /** The texts of many articles at once (a rebuild's batch); articles without any may be absent. */
  default Map<String, List<String>> textsOf(Collection<String> articleIds) {
    Map<String, List<String>> texts = new LinkedHashMap<>();
    articleIds.forEach(id -> texts.put(id, textsOf(id)));
    return texts;
  }
}
