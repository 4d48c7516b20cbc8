package io.kbplatform.app.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accepts queries typed with raw, unencoded UTF-8 ({@code curl ".../api/search?q=客户投诉"}). The
 * container reads such bytes as ISO-8859-1, which would turn Chinese into mojibake; this filter
 * recognises that case and re-encodes the query as percent-encoded UTF-8 before matching.
 */
@Provider
@PreMatching
public class Utf8QueryFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    URI uri = request.getUriInfo().getRequestUri();
    repair(uri.getRawQuery())
        .ifPresent(
            query -> {
              String text = uri.toString();
              String prefix = text.substring(0, text.indexOf('?') + 1);
              String fragment = uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
              request.setRequestUri(
                  request.getUriInfo().getBaseUri(), URI.create(prefix + query + fragment));
            });
  }

  /**
   * The query re-encoded, when it holds UTF-8 bytes that were read as ISO-8859-1 characters,
   * whether those characters arrive raw or percent-encoded again as UTF-8 (so "客" arrives as
   * "%C3%A5%C2%AE%C2%A2" instead of "%E5%AE%A2").
   */
  static Optional<String> repair(String rawQuery) {
    if (rawQuery == null) {
      return Optional.empty();
    }
    Matcher run = RUN.matcher(rawQuery);
    StringBuilder repaired = new StringBuilder(rawQuery.length());
    boolean changed = false;
    while (run.find()) {
      String replacement = run.group();
      Optional<byte[]> original = originalBytes(replacement);
      if (original.isPresent()) {
        replacement = percentEncode(original.get());
        changed = true;
      }
      run.appendReplacement(repaired, Matcher.quoteReplacement(replacement));
    }
    run.appendTail(repaired);
    return changed ? Optional.of(repaired.toString()) : Optional.empty();
  }

  /** A run of escapes or of raw Latin-1 characters. */
  private static final Pattern RUN = Pattern.compile("(?:%[0-9A-Fa-f]{2})+|[\\u0080-\\u00FF]+");

  /** The UTF-8 bytes the client sent, if the run is their Latin-1 misreading; else empty. */
  private static Optional<byte[]> originalBytes(String run) {
    String text;
    if (run.charAt(0) == '%') {
      byte[] escaped = new byte[run.length() / 3];
      for (int i = 0; i < escaped.length; i++) {
        escaped[i] = (byte) Integer.parseInt(run.substring(i * 3 + 1, i * 3 + 3), 16);
      }
      Optional<String> decoded = strictUtf8(escaped);
      if (decoded.isEmpty()) {
        return Optional.empty();
      }
      text = decoded.get();
    } else {
      text = run;
    }
    if (text.chars().noneMatch(c -> c >= 0x80) || text.chars().anyMatch(c -> c > 0xFF)) {
      return Optional.empty();
    }
    byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
    return strictUtf8(latin1).map(valid -> latin1);
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String percentEncode(byte[] bytes) {
    StringBuilder encoded = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int unsigned = b & 0xFF;
      encoded.append('%').append(Character.toUpperCase(Character.forDigit(unsigned >> 4, 16)));
      encoded.append(Character.toUpperCase(Character.forDigit(unsigned & 0xF, 16)));
    }
    return encoded.toString();
  }
}
