package io.kbplatform.app.attachment;

import io.kbplatform.app.http.PayloadTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A raw request body streamed to a temporary file, never held in memory, and refused with 413 as
 * soon as it passes its limit. Closing deletes the file.
 */
public final class Upload implements AutoCloseable {

  private final Path file;

  private Upload(Path file) {
    this.file = file;
  }

  /**
   * Receives a body.
   *
   * @param contentLength the declared length, or -1 when the body is chunked
   * @throws PayloadTooLargeException beyond {@code maxBytes}
   */
  public static Upload receive(InputStream body, long contentLength, long maxBytes) {
    if (contentLength > maxBytes) {
      throw new PayloadTooLargeException();
    }
    Path file;
    try {
      file = Files.createTempFile("kb-upload-", ".bin");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Upload upload = new Upload(file);
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      long count = 0;
      for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
        count += n;
        if (count > maxBytes) {
          throw new PayloadTooLargeException();
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      upload.close();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      upload.close();
      throw e;
    }
    return upload;
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
