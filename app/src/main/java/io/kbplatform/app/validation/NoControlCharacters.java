package io.kbplatform.app.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A name a person gives something (a title, a tag, a display name, a space, group or category name,
 * a synonym) holds no control characters: no NUL, no tab or line break, no terminal escape, no line
 * or paragraph separator and no half of a surrogate pair. Such characters are invisible in lists,
 * break exports and logs, and PostgreSQL refuses NUL outright. Bodies and comments may keep tabs
 * and newlines, so they do not carry this constraint. On a list, each bad element is reported at
 * its index ({@code terms[1]}).
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {NoControlCharacters.ForText.class, NoControlCharacters.ForList.class})
public @interface NoControlCharacters {

  String message() default "must not contain control characters";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** One text. */
  class ForText implements ConstraintValidator<NoControlCharacters, String> {

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return !ControlCharacters.present(text);
    }
  }

  /** Each text of a list, reported by index. */
  class ForList implements ConstraintValidator<NoControlCharacters, List<String>> {

    @Override
    public boolean isValid(List<String> texts, ConstraintValidatorContext context) {
      return EachElement.valid(texts, text -> !ControlCharacters.present(text), context);
    }
  }
}
