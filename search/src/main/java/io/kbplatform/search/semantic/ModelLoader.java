package io.kbplatform.search.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Instantiates the configured {@link EmbeddingModel} class (its static initialiser reads the ONNX
 * model from the jar and loads ONNX Runtime and the tokenizer's native libraries) and checks that
 * it produces vectors of the size the index expects.
 */
final class ModelLoader {

  static final String DJL_CACHE_DIR = "DJL_CACHE_DIR";

  private final String className;
  private final int dimensions;
  private final Path nativeCache;

  ModelLoader(String className, int dimensions, Path nativeCache) {
    this.className = className == null ? "" : className.strip();
    this.dimensions = dimensions;
    this.nativeCache = nativeCache;
  }

  String modelName() {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  EmbeddingModel load() throws ReflectiveOperationException {
    keepNativeLibrariesOutOfHome();
    Class<?> type = Class.forName(className, true, ModelLoader.class.getClassLoader());
    if (!EmbeddingModel.class.isAssignableFrom(type)) {
      throw new IllegalStateException(className + " is not an EmbeddingModel");
    }
    EmbeddingModel model = (EmbeddingModel) type.getConstructor().newInstance();
    int actual = model.embed("测试").content().dimension();
    if (actual != dimensions) {
      throw new IllegalStateException(
          className + " gives " + actual + "-dimensional vectors, the index expects " + dimensions);
    }
    return model;
  }

  /**
   * DJL unpacks the tokenizer's native library into {@code DJL_CACHE_DIR}, by default {@code
   * ~/.djl.ai}. Unless the operator chose a directory (environment or system property), use ours;
   * and never let DJL try to download anything.
   */
  private void keepNativeLibrariesOutOfHome() {
    if (System.getenv(DJL_CACHE_DIR) == null && System.getProperty(DJL_CACHE_DIR) == null) {
      try {
        Files.createDirectories(nativeCache);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create " + nativeCache, e);
      }
      System.setProperty(DJL_CACHE_DIR, nativeCache.toAbsolutePath().toString());
    }
    if (System.getenv("DJL_OFFLINE") == null && System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
  }

  /** A one-line reason for the health check, without a stack trace. */
  static String describe(Throwable e) {
    Throwable cause = e;
    while ((cause instanceof InvocationTargetException
            || cause instanceof ExceptionInInitializerError)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof ClassNotFoundException) {
      return "model class not found: " + cause.getMessage();
    }
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
