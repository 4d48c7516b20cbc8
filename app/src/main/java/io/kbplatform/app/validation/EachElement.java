package io.kbplatform.app.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.function.Predicate;

/**
 * Checks every element of a list field and reports each bad one at its index ({@code tags[1]}),
 * with the constraint's own message. The way to validate list elements here: Payara's OpenAPI
 * generator fails on constraints inside type arguments ({@code List<@NotBlank String>}).
 */
public final class EachElement {

  private EachElement() {}

  /** True when every element passes (or there is no list); else one violation per bad element. */
  public static <T> boolean valid(
      List<T> elements, Predicate<T> valid, ConstraintValidatorContext context) {
    if (elements == null) {
      return true;
    }
    boolean allValid = true;
    context.disableDefaultConstraintViolation();
    for (int i = 0; i < elements.size(); i++) {
      if (!valid.test(elements.get(i))) {
        allValid = false;
        context
            .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
            .addBeanNode()
            .inIterable()
            .atIndex(i)
            .addConstraintViolation();
      }
    }
    return allValid;
  }
}
