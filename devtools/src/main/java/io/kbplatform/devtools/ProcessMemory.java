package io.kbplatform.devtools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A process's memory as the kernel counts it ({@code /proc/<pid>/status}), in KiB: {@code VmRSS}
 * (resident, what the machine pays), split into {@code RssAnon} (heap, stacks, native allocations)
 * and {@code RssFile} (mapped files such as jars and, for Elasticsearch, index files read through
 * memory mapping, which the kernel can drop under pressure), and {@code VmHWM} (the peak RSS).
 */
public record ProcessMemory(
    long pid, String name, long rssKib, long anonKib, long fileKib, long peakKib) {

  /** The memory of a running process; empty when it is gone or this is not Linux. */
  public static Optional<ProcessMemory> of(long pid) {
    try {
      return Optional.of(
          parse(pid, Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static ProcessMemory parse(long pid, List<String> status) {
    String name = "?";
    long rss = 0;
    long anon = 0;
    long file = 0;
    long peak = 0;
    for (String line : status) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "Name" -> name = value;
        case "VmRSS" -> rss = kib(value);
        case "RssAnon" -> anon = kib(value);
        case "RssFile" -> file = kib(value);
        case "VmHWM" -> peak = kib(value);
        default -> {
          // not needed
        }
      }
    }
    return new ProcessMemory(pid, name, rss, anon, file, peak);
  }

  private static long kib(String value) {
    return Long.parseLong(value.split("\\s+")[0]);
  }

  public long rssMib() {
    return rssKib / 1024;
  }
}
