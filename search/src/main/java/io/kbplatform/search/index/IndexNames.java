package io.kbplatform.search.index;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the concrete indices behind an alias: {@code <alias>-<generation>-<yyyyMMddHHmmssSSS>}
 * (UTC), e.g. {@code kb-articles-v4-20261101093000123}. The generation names the index definition;
 * the timestamp tells rebuilds of the same definition apart. The older form {@code
 * <alias>-<generation>} (no timestamp) is still recognised.
 */
public record IndexNames(String alias, String generation) {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

  /** A new concrete index name for the current generation. */
  public String next(Instant at) {
    return alias + "-" + generation + "-" + STAMP.format(at);
  }

  /** The generation of a concrete index behind this alias, if the name is one of ours. */
  public Optional<String> generationOf(String concrete) {
    if (!concrete.startsWith(alias + "-")) {
      return Optional.empty();
    }
    Matcher m =
        Pattern.compile("(v\\d+)(-\\d{17})?").matcher(concrete.substring(alias.length() + 1));
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Whether a concrete index holds the current definition. */
  public boolean isCurrent(String concrete) {
    return generationOf(concrete).filter(generation::equals).isPresent();
  }
}
