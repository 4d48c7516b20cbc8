package io.kbplatform.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.Nameable;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.LongSetting;
import org.elasticsearch.plugin.settings.StringSetting;
import org.junit.jupiter.api.Test;

/**
 * Checks the rules Elasticsearch's StableApiWrappers and SettingsInvocationHandler apply when they
 * instantiate a component, and instantiates every component the same way with default settings.
 */
class StableApiContractTest {

  private static final Set<Class<? extends Annotation>> SETTING_ANNOTATIONS =
      Set.of(
          BooleanSetting.class,
          IntSetting.class,
          LongSetting.class,
          StringSetting.class,
          ListSetting.class);

  @Test
  void everyComponentCanBeCreatedLikeElasticsearchDoes() throws Exception {
    List<Class<?>> classes = PluginClasses.namedComponents();
    assertEquals(8, classes.size());
    for (Class<?> c : classes) {
      Constructor<?>[] constructors = c.getConstructors();
      assertEquals(1, constructors.length, c + " must have exactly one public constructor");
      Constructor<?> constructor = constructors[0];
      Class<?>[] types = constructor.getParameterTypes();
      if (types.length > 0) {
        assertNotNull(constructor.getAnnotation(Inject.class), c + " constructor needs @Inject");
      }
      Object[] args = new Object[types.length];
      for (int i = 0; i < types.length; i++) {
        args[i] = defaultSettings(types[i]);
      }
      Nameable component = (Nameable) constructor.newInstance(args);
      assertEquals(c.getAnnotation(NamedComponent.class).value(), component.name());
      assertTrue(component.name().startsWith("kb_"), component.name());
    }
  }

  /** A proxy answering every setting with its default, as Elasticsearch does for empty settings. */
  private static Object defaultSettings(Class<?> type) {
    assertTrue(type.isInterface(), type + " must be an interface");
    assertNotNull(type.getAnnotation(AnalysisSettings.class), type + " needs @AnalysisSettings");
    for (Method m : type.getDeclaredMethods()) {
      assertEquals(0, m.getParameterCount(), m + " must take no argument");
      assertEquals(1, m.getAnnotations().length, m + " must carry exactly one annotation");
      assertTrue(
          SETTING_ANNOTATIONS.contains(m.getAnnotations()[0].annotationType()),
          m + " must carry a setting annotation");
    }
    return Proxy.newProxyInstance(
        type.getClassLoader(),
        new Class<?>[] {type},
        (proxy, method, args) -> {
          Annotation a = method.getAnnotations()[0];
          if (a instanceof BooleanSetting s) {
            return s.defaultValue();
          } else if (a instanceof IntSetting s) {
            return s.defaultValue();
          } else if (a instanceof LongSetting s) {
            return s.defaultValue();
          } else if (a instanceof StringSetting s) {
            return s.defaultValue();
          }
          return List.of();
        });
  }
}
