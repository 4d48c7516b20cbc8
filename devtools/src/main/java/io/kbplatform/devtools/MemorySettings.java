package io.kbplatform.devtools;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How much memory the processes of the local stack may take (docs/operations.md, "Memory"). The
 * heaps are sized from the machine's memory, 1/32 of it between 256 MiB and 512 MiB each (512 MiB
 * from 16 GiB up), unless set: Elasticsearch {@code KB_ES_HEAP}, the app {@code KB_APP_HEAP}, more
 * options for the app's JVM in {@code KB_APP_JAVA_OPTS} (they come last, so they win).
 */
public final class MemorySettings {

  static final long MIN_HEAP_MIB = 256;
  static final long MAX_HEAP_MIB = 512;

  /**
   * The app server's JVM options besides its heap: a metaspace cap (Payara and the app load ~150
   * MiB of classes; the cap turns a class leak into an error instead of unbounded growth), smaller
   * thread stacks (Payara runs ~150 threads) and the serial collector (no G1 remembered sets and
   * marking threads: less native memory on two cores; measured in docs/benchmarks.md).
   */
  public static final List<String> APP_JVM_OPTIONS =
      List.of(
          "-XX:MaxMetaspaceSize=320m",
          "-XX:ReservedCodeCacheSize=96m",
          "-Xss512k",
          "-XX:+UseSerialGC");

  /**
   * The app server's environment: glibc keeps at most two malloc arenas, instead of up to eight per
   * core that ONNX Runtime's and the JVM's native allocations from many threads would fill.
   */
  public static final Map<String, String> APP_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

  private MemorySettings() {}

  /** The default heap of Elasticsearch and of the app on a machine with this much memory. */
  public static String defaultHeap(long machineMib) {
    long mib = Math.max(MIN_HEAP_MIB, Math.min(MAX_HEAP_MIB, machineMib / 32));
    return mib + "m";
  }

  /** The default heap on this machine. */
  public static String defaultHeap() {
    return defaultHeap(machineMib());
  }

  /** The app server's JVM options: its heap, {@link #APP_JVM_OPTIONS}, then the extra ones. */
  public static List<String> appJvmOptions(String heap, String extra) {
    List<String> options = new ArrayList<>();
    options.add("-Xmx" + heap);
    options.addAll(APP_JVM_OPTIONS);
    if (extra != null && !extra.isBlank()) {
      options.addAll(Arrays.asList(extra.strip().split("\\s+")));
    }
    return List.copyOf(options);
  }

  /** The machine's memory in MiB ({@code MemTotal} of /proc/meminfo, else the JVM's view). */
  public static long machineMib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: ask the JVM
    }
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getTotalMemorySize() / (1024 * 1024);
    }
    return 4096;
  }
}
