package io.kbplatform.content.extraction;

import io.kbplatform.content.extraction.ExtractionException.Reason;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One running worker JVM: its pipes, a thread draining its stderr into java.util.logging and a
 * thread reading its answers, so that every wait on it has a time limit.
 */
final class WorkerProcess implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ExtractionWorker.class.getName());

  private final Process process;
  private final String heap;
  private final DataOutputStream toWorker;
  private final DataInputStream fromWorker;
  private final ExecutorService reader;
  private volatile boolean broken;

  private WorkerProcess(Process process, String heap) {
    this.process = process;
    this.heap = heap;
    this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
    this.fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream()));
    this.reader =
        Executors.newSingleThreadExecutor(
            r -> daemon(r, "kb-extraction-worker-" + process.pid() + "-reader"));
    daemon(this::drainStderr, "kb-extraction-worker-" + process.pid() + "-stderr").start();
  }

  /** Starts a worker and waits until it has loaded Tika. */
  static WorkerProcess start(List<String> command, String heap, Duration startupTimeout)
      throws ExtractionException {
    Process process;
    try {
      process = new ProcessBuilder(command).start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the extraction worker: " + command.get(0), e);
    }
    WorkerProcess worker = new WorkerProcess(process, heap);
    worker.await(
        () -> {
          int signal = worker.fromWorker.readInt();
          if (signal != WorkerProtocol.READY) {
            throw new IOException("The extraction worker did not start properly: " + signal);
          }
          return null;
        },
        startupTimeout);
    LOG.fine(() -> "Extraction worker " + process.pid() + " started");
    return worker;
  }

  ExtractedDocument extract(WorkerProtocol.Request request) throws ExtractionException {
    try {
      WorkerProtocol.writeRequest(toWorker, request);
    } catch (IOException e) {
      throw crashed(e);
    }
    return await(() -> WorkerProtocol.readResponse(fromWorker), request.limits().timeout());
  }

  /** Whether the worker can take another file: alive, and no timeout or crash in between. */
  boolean isUsable() {
    return !broken && process.isAlive();
  }

  String heap() {
    return heap;
  }

  ProcessHandle handle() {
    return process.toHandle();
  }

  /** Kills the worker and whatever it started, and waits for it to be gone. */
  @Override
  public void close() {
    process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    reader.shutdownNow();
  }

  private interface Exchange<T> {
    T run() throws IOException, ExtractionException;
  }

  private <T> T await(Exchange<T> exchange, Duration timeout) throws ExtractionException {
    Future<T> answer = reader.submit(exchange::run);
    try {
      return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      broken = true;
      answer.cancel(true);
      throw new ExtractionException(
          Reason.TIMEOUT, "Extraction took longer than the limit of " + seconds(timeout) + ".", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ExtractionException failure) {
        throw failure;
      }
      throw crashed(e.getCause());
    } catch (InterruptedException e) {
      broken = true;
      Thread.currentThread().interrupt();
      throw new ExtractionException(Reason.TIMEOUT, "Extraction was interrupted.", e);
    }
  }

  private static String seconds(Duration timeout) {
    return timeout.toMillis() % 1000 == 0
        ? timeout.toSeconds() + " s"
        : String.format(java.util.Locale.ROOT, "%.1f s", timeout.toMillis() / 1000.0);
  }

  private ExtractionException crashed(Throwable cause) {
    broken = true;
    return new ExtractionException(
        Reason.RESOURCE_LIMIT,
        "The file needs more memory than extraction may use, or made the extractor crash.",
        cause);
  }

  private void drainStderr() {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getErrorStream(), Charset.defaultCharset()))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String text = line;
        LOG.info(() -> "[worker " + process.pid() + "] " + text);
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "Worker stderr closed", e);
    }
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }
}
