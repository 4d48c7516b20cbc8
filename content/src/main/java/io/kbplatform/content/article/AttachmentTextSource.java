package io.kbplatform.content.article;

import java.util.List;

/** Supplies the text extracted from an article's attachments, for the search index. */
public interface AttachmentTextSource {

  List<String> textsOf(String articleId);
}
