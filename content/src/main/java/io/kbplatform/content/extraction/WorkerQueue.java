package io.kbplatform.content.extraction;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A bounded set of workers handed out one caller at a time, with two priorities. An interactive
 * caller (someone waiting on an upload) waits at most its wait time and then gets {@link
 * ExtractionBusyException}; a background caller (an import) waits as long as it takes, and takes a
 * worker only while no interactive caller waits, so an upload during a long import is served after
 * at most the file each worker is busy with.
 *
 * @param <T> the worker, e.g. a {@link ForkedDocumentExtractor}
 */
public final class WorkerQueue<T> {

  /** Who is waiting for a worker. */
  public enum Priority {
    /** A person waiting for the answer; bounded wait. */
    INTERACTIVE,
    /** A background job; yields to interactive callers. */
    BACKGROUND
  }

  private final Deque<T> idle;
  private final int size;
  private int interactiveWaiting;

  public WorkerQueue(List<T> workers) {
    if (workers.isEmpty()) {
      throw new IllegalArgumentException("At least one worker is needed");
    }
    this.idle = new ArrayDeque<>(workers);
    this.size = workers.size();
  }

  public int size() {
    return size;
  }

  /**
   * A worker for the caller, who must {@link #release} it.
   *
   * @param wait how long an interactive caller waits; background callers wait until served
   * @throws ExtractionBusyException when an interactive caller waited in vain
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public synchronized T take(Priority priority, Duration wait) throws InterruptedException {
    if (priority == Priority.BACKGROUND) {
      while (idle.isEmpty() || interactiveWaiting > 0) {
        wait();
      }
      return idle.pop();
    }
    long deadline = System.nanoTime() + wait.toNanos();
    interactiveWaiting++;
    try {
      while (idle.isEmpty()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new ExtractionBusyException(wait, retryAfter(wait));
        }
        wait(Math.max(1, left / 1_000_000), 0);
      }
      return idle.pop();
    } finally {
      interactiveWaiting--;
      // Background callers held back by this one may go now.
      notifyAll();
    }
  }

  /** Gives a worker back. */
  public synchronized void release(T worker) {
    idle.push(worker);
    notifyAll();
  }

  /** All workers that are idle now, for shutting down. */
  public synchronized List<T> idleWorkers() {
    return List.copyOf(idle);
  }

  private static Duration retryAfter(Duration wait) {
    return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
  }
}
