package io.kbplatform.app.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shell page's Content-Security-Policy, with the hash of its inline import map. */
final class ContentSecurityPolicy {

  private static final Pattern IMPORT_MAP =
      Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL);

  private ContentSecurityPolicy() {}

  static String forShell(String html) {
    Matcher importMap = IMPORT_MAP.matcher(html);
    if (!importMap.find()) {
      throw new IllegalStateException("The UI shell has no import map");
    }
    return String.join(
        "; ",
        "default-src 'self'",
        "script-src 'self' 'sha256-" + sha256(importMap.group(1)) + "'",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "media-src 'self' blob:",
        "frame-src 'self'",
        "object-src 'none'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'");
  }

  static String sha256(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
