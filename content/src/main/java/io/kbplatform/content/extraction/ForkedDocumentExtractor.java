package io.kbplatform.content.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Extracts in a child JVM with its own heap, so that a hostile file can exhaust only the worker's
 * memory and a slow one is cut off by the per-file timeout. One long-lived worker, started on first
 * use with the same {@code java} as the server, serves one file at a time; it is killed (with
 * anything it started) on timeout or crash and a fresh one serves the next file. A worker left idle
 * for {@link #DEFAULT_IDLE} is stopped, so that its memory (~250 MB resident once Tika has parsed a
 * few files) is not held between imports; the next file starts a new one (~1 s).
 */
public final class ForkedDocumentExtractor implements DocumentExtractor, AutoCloseable {

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

  /** How long a worker may stay idle before it is stopped. */
  public static final Duration DEFAULT_IDLE = Duration.ofMinutes(2);

  private static final ScheduledExecutorService IDLE_CHECKS =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "kb-extraction-idle-check");
            t.setDaemon(true);
            return t;
          });

  private final List<Path> classpath;
  private final Path tempDir;
  private final Duration idle;
  private WorkerProcess worker;
  private long lastUse;
  private ScheduledFuture<?> idleCheck;
  private boolean closed;

  /** A worker with the class path of this application, using {@code java.io.tmpdir}. */
  public ForkedDocumentExtractor() {
    this(WorkerClasspath.current(), Path.of(System.getProperty("java.io.tmpdir")), DEFAULT_IDLE);
  }

  public ForkedDocumentExtractor(List<Path> classpath, Path tempDir) {
    this(classpath, tempDir, DEFAULT_IDLE);
  }

  /** As the others, stopping the worker after {@code idle} without a file. */
  public ForkedDocumentExtractor(List<Path> classpath, Path tempDir, Duration idle) {
    if (idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("idle must be positive: " + idle);
    }
    this.classpath = List.copyOf(classpath);
    this.tempDir = tempDir.toAbsolutePath();
    this.idle = idle;
  }

  @Override
  public synchronized ExtractedDocument extract(Path file, String fileName, ExtractionLimits limits)
      throws ExtractionException {
    if (closed) {
      throw new IllegalStateException("The extractor is closed");
    }
    InputFiles.checkSize(file, limits);
    WorkerProcess current = worker(limits.workerHeap());
    try {
      return current.extract(new WorkerProtocol.Request(file, fileName, limits));
    } catch (ExtractionException e) {
      if (!current.isUsable()) {
        stopWorker();
      }
      throw e;
    } finally {
      lastUse = System.nanoTime();
    }
  }

  /** Stops the worker if it has been idle for the configured time. */
  private synchronized void stopIfIdle() {
    if (worker != null && System.nanoTime() - lastUse >= idle.toNanos()) {
      stopWorker();
    }
  }

  /** The running worker process, if any. */
  synchronized Optional<ProcessHandle> workerProcess() {
    return Optional.ofNullable(worker).map(WorkerProcess::handle);
  }

  /** Stops the worker; it does not outlive this call. */
  @Override
  public synchronized void close() {
    closed = true;
    stopWorker();
  }

  private WorkerProcess worker(String heap) throws ExtractionException {
    if (worker != null && (!worker.isUsable() || !worker.heap().equals(heap))) {
      stopWorker();
    }
    if (worker == null) {
      worker = WorkerProcess.start(command(heap), heap, STARTUP_TIMEOUT);
      long period = Math.max(1, idle.toMillis() / 4);
      idleCheck =
          IDLE_CHECKS.scheduleWithFixedDelay(
              this::stopIfIdle, period, period, TimeUnit.MILLISECONDS);
    }
    return worker;
  }

  private void stopWorker() {
    if (idleCheck != null) {
      idleCheck.cancel(false);
      idleCheck = null;
    }
    if (worker != null) {
      worker.close();
      worker = null;
    }
  }

  List<String> command(String heap) {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.add(heap);
    command.add("-XX:+ExitOnOutOfMemoryError");
    // The VM's own messages ("Terminating due to java.lang.OutOfMemoryError") stay off the frames.
    command.add("-XX:+DisplayVMOutputToStderr");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:-UsePerfData");
    command.add("-Djava.awt.headless=true");
    command.add("-Djava.io.tmpdir=" + tempDir);
    command.add("-cp");
    command.add(WorkerClasspath.asString(classpath));
    command.add(ExtractionWorker.class.getName());
    return command;
  }

  private static String javaExecutable() {
    boolean windows =
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    if (Files.isExecutable(java)) {
      return java.toString();
    }
    return ProcessHandle.current().info().command().orElse("java");
  }
}
