package io.kbplatform.app.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The range a numeric query parameter must fall in, e.g. {@code @QueryParam("limit") @Bounded(min =
 * 1, max = 200) Integer limit}. Checked by {@link QueryParameterConverters} while the parameter is
 * read, so a value outside is a 400 naming the parameter. Not a Bean Validation constraint on
 * purpose: Payara's OpenAPI generator fails on constrained resource-method parameters.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface Bounded {

  long min() default 1;

  long max();
}
