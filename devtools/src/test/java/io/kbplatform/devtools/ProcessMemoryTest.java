package io.kbplatform.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

  @Test
  void readsResidentAnonymousFileAndPeakMemory() {
    ProcessMemory m =
        ProcessMemory.parse(
            42,
            List.of(
                "Name:\tjava",
                "VmHWM:\t  912000 kB",
                "VmRSS:\t  800000 kB",
                "RssAnon:\t  600000 kB",
                "RssFile:\t  190000 kB",
                "RssShmem:\t   10000 kB"));

    assertEquals(new ProcessMemory(42, "java", 800000, 600000, 190000, 912000), m);
    assertEquals(781, m.rssMib());
  }

  @Test
  void reportsThisJvmWithItsRole() {
    long self = ProcessHandle.current().pid();

    List<StackMemory.Entry> entries = StackMemory.entries(Map.of("app", self));

    assertEquals("app", entries.get(0).role());
    assertTrue(entries.get(0).memory().rssKib() > 0);
  }
}
