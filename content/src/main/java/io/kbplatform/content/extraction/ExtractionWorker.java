package io.kbplatform.content.extraction;

import io.kbplatform.content.extraction.ExtractionException.Reason;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.tika.config.TikaConfig;

/**
 * The child JVM's main class: reads requests on stdin, extracts with {@link TikaMarkdownConverter}
 * and answers on stdout; logs go to stderr. Exits when stdin closes (the server stopped or died);
 * runs out of memory with {@code -XX:+ExitOnOutOfMemoryError}, so the server sees it end.
 */
public final class ExtractionWorker {

  private static final Logger LOG = Logger.getLogger(ExtractionWorker.class.getName());

  private ExtractionWorker() {}

  public static void main(String[] args) throws IOException {
    DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
    // Nothing a library prints may corrupt the frames on stdout.
    System.setOut(System.err);
    DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
    TikaConfig.getDefaultConfig();
    TikaMarkdownConverter converter = new TikaMarkdownConverter();
    out.writeInt(WorkerProtocol.READY);
    out.flush();
    while (true) {
      WorkerProtocol.Request request;
      try {
        request = WorkerProtocol.readRequest(in);
      } catch (EOFException e) {
        break;
      }
      answer(out, converter, request);
    }
    System.exit(0);
  }

  private static void answer(
      DataOutputStream out, TikaMarkdownConverter converter, WorkerProtocol.Request request)
      throws IOException {
    try {
      ExtractedDocument document =
          converter.extract(request.file(), request.fileName(), request.limits());
      WorkerProtocol.writeResult(out, document);
    } catch (ExtractionException e) {
      LOG.log(Level.FINE, "Extraction failed", e);
      WorkerProtocol.writeFailure(out, e);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.log(Level.WARNING, "Extraction failed unexpectedly", e);
      WorkerProtocol.writeFailure(
          out,
          new ExtractionException(
              Reason.CORRUPT, "The file is damaged or not what its type says.", e));
    }
  }
}
