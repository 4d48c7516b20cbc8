package io.kbplatform.app.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EachElementTest {

  /** The indexes reported through the violation builder, in order. */
  private final List<Integer> reported = new ArrayList<>();

  @Test
  void eachBadElementIsReportedAtItsIndex() {
    List<String> names = Arrays.asList("ok", "bad\u0000", "fine", "bad\n");

    assertFalse(
        EachElement.valid(names, name -> !ControlCharacters.present(name), recordingContext()));
    assertEquals(List.of(1, 3), reported);
  }

  @Test
  void aListOfGoodElementsOrNoListIsValid() {
    assertTrue(EachElement.valid(List.of("a", "b"), s -> !s.isEmpty(), recordingContext()));
    assertTrue(EachElement.valid(null, s -> false, recordingContext()));
    assertEquals(List.of(), reported);
  }

  /** A context whose violation builder chain records the index given to {@code atIndex}. */
  private ConstraintValidatorContext recordingContext() {
    return proxy(ConstraintValidatorContext.class);
  }

  @SuppressWarnings("unchecked")
  private <T> T proxy(Class<T> type) {
    return (T)
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              if (method.getName().equals("atIndex")) {
                reported.add((Integer) args[0]);
              }
              Class<?> returns = method.getReturnType();
              if (returns == String.class) {
                return "{message}";
              }
              if (returns.isInterface()) {
                return proxy(returns);
              }
              return returns == boolean.class ? false : null;
            });
  }
}
