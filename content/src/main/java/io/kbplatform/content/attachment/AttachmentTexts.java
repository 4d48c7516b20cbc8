package io.kbplatform.content.attachment;

import io.kbplatform.content.article.AttachmentTextSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The extracted texts of the attachments of an article's published version, for its search
 * document.
 */
@ApplicationScoped
public class AttachmentTexts implements AttachmentTextSource {

  private AttachmentRepository attachments;

  protected AttachmentTexts() {}

  @Inject
  public AttachmentTexts(AttachmentRepository attachments) {
    this.attachments = attachments;
  }

  @Override
  public List<String> textsOf(String articleId) {
    return attachments.textsOf(articleId);
  }

  @Override
  public Map<String, List<String>> textsOf(Collection<String> articleIds) {
    return attachments.textsOf(articleIds);
  }
}
