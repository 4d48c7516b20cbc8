package io.kbplatform.content.searchanalytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stands a keyed hash (HMAC-SHA-256) in for the searcher's user name, so that analytics can tell
 * one searcher from another (a click only from the user who searched; popularity counts distinct
 * users) without storing who they are. Set {@code kb.search.analytics.searcher-key} to a secret so
 * that a pseudonym cannot be reversed by hashing every user name.
 */
@ApplicationScoped
public class SearcherPseudonyms {

  public static final int LENGTH = 64;
  private static final String BUILT_IN_KEY = "kb-search-analytics-searcher";

  private SecretKeySpec key;

  protected SearcherPseudonyms() {}

  @Inject
  public SearcherPseudonyms(
      @ConfigProperty(name = "kb.search.analytics.searcher-key") Optional<String> key) {
    String secret = key.filter(k -> !k.isBlank()).orElse(BUILT_IN_KEY);
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** The pseudonym of a user name: 64 hex characters, always the same for the same name. */
  public String of(String username) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
