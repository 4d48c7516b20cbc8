package io.kbplatform.bench.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Memory as the operating system sees a process ({@code VmRSS} in {@code /proc/<pid>/status}) and
 * as the app's JVM reports its heap on {@code /metrics}.
 */
public final class MemoryProbe {

  private final Http app;

  public MemoryProbe(String appUrl) {
    this.app = new Http(appUrl, null, null);
  }

  /** Resident set size in bytes, or empty if the process is gone. */
  public static OptionalLong rss(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          String kb = line.substring(6).trim().split("\\s+")[0];
          return OptionalLong.of(Long.parseLong(kb) * 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      // gone
    }
    return OptionalLong.empty();
  }

  /** Used heap in bytes from the MicroProfile Metrics base metric {@code memory.usedHeap}. */
  public OptionalLong appHeapUsed() {
    return metric("memory_usedHeap_bytes");
  }

  public OptionalLong appHeapCommitted() {
    return metric("memory_committedHeap_bytes");
  }

  private OptionalLong metric(String name) {
    try {
      Http.Answer answer = app.get("/metrics?scope=base");
      if (answer.status() != 200) {
        answer = app.get("/metrics");
      }
      for (String line : answer.body().split("\n")) {
        if (line.startsWith(name)) {
          String value = line.substring(line.lastIndexOf(' ') + 1).trim();
          return OptionalLong.of((long) Double.parseDouble(value));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not available
    }
    return OptionalLong.empty();
  }
}
