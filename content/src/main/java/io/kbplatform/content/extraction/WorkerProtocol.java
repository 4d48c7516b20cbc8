package io.kbplatform.content.extraction;

import io.kbplatform.content.extraction.ExtractionException.Reason;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Frames between {@link ForkedDocumentExtractor} and {@link ExtractionWorker} on the worker's stdin
 * and stdout: a ready signal once the worker is up, then one request and one response per file.
 * Strings are length-prefixed UTF-8.
 */
final class WorkerProtocol {

  /** Sent once by the worker when Tika is loaded. */
  static final int READY = 0x4B425752;

  private static final byte OK = 0;
  private static final byte FAILED = 1;
  private static final int MAX_STRING_BYTES = 64 * 1024 * 1024;

  /** One file to extract. */
  record Request(Path file, String fileName, ExtractionLimits limits) {}

  private WorkerProtocol() {}

  static void writeRequest(DataOutputStream out, Request request) throws IOException {
    ExtractionLimits limits = request.limits();
    writeString(out, request.file().toAbsolutePath().toString());
    writeString(out, request.fileName() == null ? "" : request.fileName());
    out.writeLong(limits.maxInputBytes());
    out.writeInt(limits.maxOutputChars());
    out.writeLong(limits.timeout().toMillis());
    writeString(out, limits.workerHeap());
    out.writeInt(limits.maxZipEntries());
    out.writeLong(limits.maxZipBytes());
    out.writeLong(limits.maxCompressionRatio());
    out.flush();
  }

  static Request readRequest(DataInputStream in) throws IOException {
    Path file = Path.of(readString(in));
    String fileName = readString(in);
    ExtractionLimits limits =
        new ExtractionLimits(
            in.readLong(),
            in.readInt(),
            Duration.ofMillis(in.readLong()),
            readString(in),
            in.readInt(),
            in.readLong(),
            in.readLong());
    return new Request(file, fileName.isEmpty() ? null : fileName, limits);
  }

  static void writeResult(DataOutputStream out, ExtractedDocument document) throws IOException {
    out.writeByte(OK);
    writeString(out, document.mediaType());
    writeString(out, document.title());
    writeString(out, document.markdown());
    writeString(out, document.text());
    out.writeBoolean(document.truncated());
    out.flush();
  }

  static void writeFailure(DataOutputStream out, ExtractionException failure) throws IOException {
    out.writeByte(FAILED);
    writeString(out, failure.reason().name());
    writeString(out, failure.getMessage());
    out.flush();
  }

  /** Reads a response: the document, or the worker's failure rethrown. */
  static ExtractedDocument readResponse(DataInputStream in)
      throws IOException, ExtractionException {
    byte status = in.readByte();
    if (status == OK) {
      return new ExtractedDocument(
          readString(in), readString(in), readString(in), readString(in), in.readBoolean());
    }
    if (status == FAILED) {
      Reason reason = Reason.valueOf(readString(in));
      throw new ExtractionException(reason, readString(in));
    }
    throw new IOException("Unexpected frame from the extraction worker: " + status);
  }

  private static void writeString(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_STRING_BYTES) {
      throw new IOException("Bad frame length from the other side: " + length);
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
