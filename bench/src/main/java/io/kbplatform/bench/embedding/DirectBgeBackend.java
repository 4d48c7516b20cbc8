package io.kbplatform.bench.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The model the app uses (quantized bge-small-zh-v1.5 through langchain4j), called directly, with
 * chunks of at most 500 characters cut at sentence ends: used when the app's own {@code
 * io.kbplatform.search.semantic} classes are not in the build.
 */
public final class DirectBgeBackend implements EmbeddingBackend {

  static final int MAX_CHARS = 500;
  static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";
  private EmbeddingModel model;

  @Override
  public String describe() {
    return "langchain4j BgeSmallZhV15QuantizedEmbeddingModel, direct (chunks <= 500 chars)";
  }

  @Override
  public void load() {
    model = new BgeSmallZhV15QuantizedEmbeddingModel();
  }

  @Override
  public float[] embedQuery(String query) {
    return model.embed(QUERY_INSTRUCTION + query).content().vector();
  }

  @Override
  public int embedArticle(String title, String plainBody) {
    List<TextSegment> segments = chunks(title, plainBody).stream().map(TextSegment::from).toList();
    return model.embedAll(segments).content().size();
  }

  @Override
  public List<String> chunks(String title, String plainBody) {
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder(title).append('\n');
    for (String sentence : plainBody.split("(?<=[。！？.!?\\n])")) {
      if (current.length() + sentence.length() > MAX_CHARS && current.length() > 0) {
        chunks.add(current.toString().strip());
        current.setLength(0);
      }
      if (sentence.length() > MAX_CHARS) {
        for (int i = 0; i < sentence.length(); i += MAX_CHARS) {
          chunks.add(sentence.substring(i, Math.min(sentence.length(), i + MAX_CHARS)));
        }
      } else {
        current.append(sentence);
      }
    }
    if (!current.toString().isBlank()) {
      chunks.add(current.toString().strip());
    }
    return chunks;
  }
}
