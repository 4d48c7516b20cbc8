package io.kbplatform.app.attachment;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File names in {@code Content-Disposition}: read from uploads ({@code filename*=UTF-8''…} per RFC
 * 6266/5987, else {@code filename="…"}) and written on downloads with an ASCII fallback.
 */
public final class FileNameHeader {

  private static final Pattern EXTENDED =
      Pattern.compile(
          "filename\\*\\s*=\\s*([\\w!#$%&+^`{}~-]+)'[^']*'([^;\\s]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern QUOTED =
      Pattern.compile("filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern TOKEN =
      Pattern.compile("filename\\s*=\\s*([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

  private FileNameHeader() {}

  /** The upload's file name: {@code ?name=} first, then the header; null if neither has one. */
  public static String of(String nameParameter, String contentDisposition) {
    if (nameParameter != null && !nameParameter.isBlank()) {
      return nameParameter;
    }
    return contentDisposition == null ? null : parse(contentDisposition).orElse(null);
  }

  static Optional<String> parse(String header) {
    Matcher extended = EXTENDED.matcher(header);
    if (extended.find()) {
      try {
        Charset charset = Charset.forName(extended.group(1));
        return Optional.of(URLDecoder.decode(extended.group(2).replace("+", "%2B"), charset));
      } catch (IllegalArgumentException e) {
        // an unknown charset or a broken escape: fall back to the plain parameter
      }
    }
    Matcher quoted = QUOTED.matcher(header);
    if (quoted.find()) {
      return Optional.of(repairUtf8(quoted.group(1).replaceAll("\\\\(.)", "$1")));
    }
    Matcher token = TOKEN.matcher(header);
    return token.find() ? Optional.of(repairUtf8(token.group(1))) : Optional.empty();
  }

  /** Raw UTF-8 bytes in a header arrive as ISO-8859-1 characters; read them as UTF-8 again. */
  static String repairUtf8(String value) {
    if (value.chars().allMatch(c -> c < 0x80) || value.chars().anyMatch(c -> c > 0xFF)) {
      return value;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException e) {
      return value;
    }
  }

  /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}, or inline. */
  public static String disposition(String type, String fileName) {
    return type
        + "; filename=\""
        + asciiFallback(fileName)
        + "\"; filename*=UTF-8''"
        + rfc5987(fileName);
  }

  static String asciiFallback(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints()
        .forEach(c -> out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
    return out.toString();
  }

  static String rfc5987(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
