package io.kbplatform.app.article;

import io.kbplatform.app.validation.EachElement;
import io.kbplatform.content.article.ArticleLimits;
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
 * Each tag of a list is non-blank and at most {@link ArticleLimits#TAG_LENGTH} characters; a
 * failure names the tag by index ({@code tags[1]}), as {@link EachElement} reports it.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidTags.Validator.class)
public @interface ValidTags {

  String message() default
      "must not be blank and at most " + ArticleLimits.TAG_LENGTH + " characters";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks every tag and reports each bad one at its index. */
  class Validator implements ConstraintValidator<ValidTags, List<String>> {

    @Override
    public boolean isValid(List<String> tags, ConstraintValidatorContext context) {
      return EachElement.valid(
          tags,
          tag -> tag != null && !tag.isBlank() && tag.strip().length() <= ArticleLimits.TAG_LENGTH,
          context);
    }
  }
}
