package io.kbplatform.app.http;

import io.kbplatform.content.common.paging.Cursor;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads every numeric, boolean, enum and paging-cursor query parameter of the API, so that a value
 * that is not one (or outside its {@link Bounded} range) is a 400 naming the parameter. Without it
 * JAX-RS answers a number that does not parse with 404, as if the resource did not exist, and
 * silently ignores an unknown enum constant. Enums are read from the enum itself, by constant name
 * in any case, and a wrong value is answered with the allowed ones.
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

  private static final Map<Class<?>, Class<?>> BOXES =
      Map.of(int.class, Integer.class, long.class, Long.class, boolean.class, Boolean.class);

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    Optional<String> name = find(annotations, QueryParam.class).map(QueryParam::value);
    if (name.isEmpty()) {
      return null;
    }
    if (rawType.isPrimitive() && find(annotations, DefaultValue.class).isEmpty()) {
      return null; // an absent primitive needs JAX-RS's own default (0, false)
    }
    Class<?> type = BOXES.getOrDefault(rawType, rawType);
    Bounded bounds = find(annotations, Bounded.class).orElse(null);
    Function<String, ?> parse = parser(type, name.get(), bounds);
    if (parse == null) {
      return null;
    }
    String fallback = find(annotations, DefaultValue.class).map(DefaultValue::value).orElse(null);
    return (ParamConverter<T>) new Converter<>(parse, fallback);
  }

  /** How a value of the type is read, or null for types JAX-RS handles well on its own. */
  static Function<String, ?> parser(Class<?> type, String name, Bounded bounds) {
    if (type == Integer.class || type == Long.class) {
      boolean small = type == Integer.class;
      long min = bounds != null ? bounds.min() : small ? Integer.MIN_VALUE : Long.MIN_VALUE;
      long max = bounds != null ? bounds.max() : small ? Integer.MAX_VALUE : Long.MAX_VALUE;
      String rule =
          bounds == null
              ? "must be an integer"
              : "must be an integer between " + bounds.min() + " and " + bounds.max();
      return text -> {
        long value = integer(text, name, min, max, rule);
        return type == Integer.class ? (Object) (int) value : (Object) value;
      };
    }
    if (type == Boolean.class) {
      return text -> {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
          return Boolean.valueOf(value);
        }
        throw new InvalidParameterException(name, "must be true or false");
      };
    }
    if (type == Cursor.class) {
      return text ->
          Cursor.parse(text)
              .orElseThrow(
                  () ->
                      new InvalidParameterException(
                          name, "must be the cursor of a previous page's next link"));
    }
    if (type.isEnum()) {
      Enum<?>[] constants = (Enum<?>[]) type.getEnumConstants();
      return text -> {
        for (Enum<?> constant : constants) {
          if (constant.name().equalsIgnoreCase(text.strip())) {
            return constant;
          }
        }
        throw new InvalidParameterException(
            name,
            "must be one of "
                + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ")));
      };
    }
    return null;
  }

  /** A whole number in [min, max], or a 400 saying so. */
  static long integer(String text, String name, long min, long max, String rule) {
    String value = text.strip();
    if (!value.matches("[+-]?[0-9]{1,19}")) {
      throw new InvalidParameterException(name, rule);
    }
    try {
      long number = Long.parseLong(value);
      if (number < min || number > max) {
        throw new InvalidParameterException(name, rule);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, rule);
    }
  }

  private static <A extends Annotation> Optional<A> find(Annotation[] annotations, Class<A> type) {
    if (annotations == null) {
      return Optional.empty();
    }
    return Arrays.stream(annotations).filter(type::isInstance).map(type::cast).findFirst();
  }

  /** Reads a parameter; an empty value counts as absent (the default, if there is one). */
  private record Converter<T>(Function<String, T> parse, String fallback)
      implements ParamConverter<T> {

    @Override
    public T fromString(String value) {
      if (value == null || value.isBlank()) {
        return fallback == null || fallback.isBlank() ? null : parse.apply(fallback);
      }
      return parse.apply(value);
    }

    @Override
    public String toString(T value) {
      return value == null ? null : value.toString();
    }
  }
}
