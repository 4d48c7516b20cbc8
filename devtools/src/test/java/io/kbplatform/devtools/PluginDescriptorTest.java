package io.kbplatform.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginDescriptorTest {

  @TempDir Path dir;

  @Test
  void readsTheNameOfAStablePlugin() throws Exception {
    assertEquals(
        "kb-analysis",
        PluginDescriptor.name(TestZips.plugin(dir.resolve("p.zip"), "kb-analysis", "x")));
  }

  @Test
  void readsTheNameOfAClassicPlugin() throws Exception {
    Path zip =
        TestZips.write(
            dir.resolve("c.zip"),
            Map.of("plugin-descriptor.properties", "rw-r--r--:name=analysis-icu\nversion=1\n"));
    assertEquals("analysis-icu", PluginDescriptor.name(zip));
  }

  @Test
  void rejectsZipsWithoutDescriptorOrWithUnsafeName() throws Exception {
    Path none = TestZips.write(dir.resolve("n.zip"), Map.of("x.txt", "rw-r--r--:x"));
    Path unsafe = TestZips.plugin(dir.resolve("u.zip"), "../evil", "x");

    assertThrows(LocalNodeException.class, () -> PluginDescriptor.name(none));
    assertThrows(LocalNodeException.class, () -> PluginDescriptor.name(unsafe));
  }
}
