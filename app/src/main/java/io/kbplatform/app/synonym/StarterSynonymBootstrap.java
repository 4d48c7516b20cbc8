package io.kbplatform.app.synonym;

import io.kbplatform.content.synonym.StarterLoad;
import io.kbplatform.content.synonym.StarterSynonyms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives a new installation the starter synonym sets: at startup, when {@code
 * kb.synonyms.starter-set} is true (the default) and no synonym set exists yet. An installation
 * that has any set, or whose authors deleted them all, is left alone.
 */
@ApplicationScoped
public class StarterSynonymBootstrap {

  private static final Logger LOG = Logger.getLogger(StarterSynonymBootstrap.class.getName());

  private StarterSynonyms starter;
  private boolean enabled;

  protected StarterSynonymBootstrap() {}

  @Inject
  public StarterSynonymBootstrap(
      StarterSynonyms starter,
      @ConfigProperty(name = "kb.synonyms.starter-set", defaultValue = "true") boolean enabled) {
    this.starter = starter;
    this.enabled = enabled;
  }

  public void loadIntoEmptyInstallation() {
    if (!enabled) {
      return;
    }
    try {
      StarterLoad load = starter.loadIntoEmptyInstallation();
      if (load.added() > 0) {
        LOG.info("Loaded " + load.added() + " starter synonym sets into the new installation.");
      }
    } catch (RuntimeException e) {
      // Another instance starting at the same time may have loaded them first (unique key).
      LOG.log(Level.WARNING, "The starter synonym sets were not loaded", e);
    }
  }
}
