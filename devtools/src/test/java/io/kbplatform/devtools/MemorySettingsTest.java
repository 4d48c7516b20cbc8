package io.kbplatform.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemorySettingsTest {

  @Test
  void heapIsAThirtySecondOfTheMachineBetween256And512Mib() {
    assertEquals("256m", MemorySettings.defaultHeap(2048));
    assertEquals("256m", MemorySettings.defaultHeap(8192));
    assertEquals("384m", MemorySettings.defaultHeap(12288));
    assertEquals("512m", MemorySettings.defaultHeap(16384));
    assertEquals("512m", MemorySettings.defaultHeap(24105));
  }

  @Test
  void extraAppOptionsComeAfterTheDefaultsSoTheyWin() {
    List<String> options = MemorySettings.appJvmOptions("512m", " -XX:+UseG1GC ");

    assertEquals("-Xmx512m", options.get(0));
    assertEquals("-XX:+UseG1GC", options.get(options.size() - 1));
    assertTrue(options.containsAll(MemorySettings.APP_JVM_OPTIONS));
  }

  @Test
  void theMachineHasSomeMemory() {
    assertTrue(MemorySettings.machineMib() > 0);
  }
}
