package io.kbplatform.devtools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reports the resident memory of every process of the local stack that {@code mvn -Prun verify} (or
 * {@code scripts/run.sh}) started: the pids come from the pid files under the data directory
 * ({@code run/*.pid} written by {@link DevServer}, {@code elasticsearch/logs/elasticsearch.pid}
 * written by Elasticsearch), plus the children of each (the app's text extraction workers). {@code
 * scripts/stack-memory.sh [data-dir] [--every=<seconds>]}.
 */
public final class StackMemory {

  /** One line of the report: a role and that process's memory. */
  public record Entry(String role, ProcessMemory memory) {}

  private StackMemory() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path data = Path.of(Optional.ofNullable(System.getenv("KB_DATA_DIR")).orElse("./data"));
    int every = 0;
    for (String arg : args) {
      if (arg.startsWith("--every=")) {
        every = Integer.parseInt(arg.substring("--every=".length()));
      } else {
        data = Path.of(arg);
      }
    }
    do {
      print(entries(data), System.out);
      if (every > 0) {
        Thread.sleep(every * 1000L);
      }
    } while (every > 0);
  }

  /** The processes of the stack whose pid files are under {@code data}, and their children. */
  public static List<Entry> entries(Path data) throws IOException {
    Map<String, Long> pids = new LinkedHashMap<>();
    Path run = data.resolve("run");
    if (Files.isDirectory(run)) {
      try (Stream<Path> files = Files.list(run)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".pid")).sorted().toList()) {
          readPid(file)
              .ifPresent(pid -> pids.put(file.getFileName().toString().replace(".pid", ""), pid));
        }
      }
    }
    readPid(data.resolve("elasticsearch/logs/elasticsearch.pid"))
        .ifPresent(pid -> pids.put("elasticsearch", pid));
    return entries(pids);
  }

  /** The named processes and each one's live descendants (named {@code <role> child}). */
  public static List<Entry> entries(Map<String, Long> pids) {
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<String, Long> named : pids.entrySet()) {
      ProcessMemory.of(named.getValue()).ifPresent(m -> entries.add(new Entry(named.getKey(), m)));
      ProcessHandle.of(named.getValue())
          .ifPresent(
              handle ->
                  handle
                      .descendants()
                      .filter(child -> !pids.containsValue(child.pid()))
                      .forEach(
                          child ->
                              ProcessMemory.of(child.pid())
                                  .ifPresent(
                                      m -> entries.add(new Entry(named.getKey() + " child", m)))));
    }
    return entries;
  }

  static void print(List<Entry> entries, PrintStream out) {
    out.printf(
        "%-22s %8s %-16s %9s %9s %9s %9s%n",
        "process", "pid", "name", "RSS MiB", "anon", "file", "peak");
    long total = 0;
    for (Entry e : entries) {
      ProcessMemory m = e.memory();
      out.printf(
          "%-22s %8d %-16s %9d %9d %9d %9d%n",
          e.role(),
          m.pid(),
          m.name(),
          m.rssKib() / 1024,
          m.anonKib() / 1024,
          m.fileKib() / 1024,
          m.peakKib() / 1024);
      total += m.rssKib();
    }
    out.printf("%-22s %8s %-16s %9d%n", "total", "", "", total / 1024);
  }

  private static Optional<Long> readPid(Path file) {
    try {
      return Optional.of(Long.parseLong(Files.readString(file).strip()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
