package io.kbplatform.search.semantic;

import java.util.Locale;

/**
 * Where the embedding model stands. Only {@link State#READY} embeds anything; in every other state
 * search runs on keywords alone.
 *
 * @param state the state
 * @param reason why the model is disabled or unavailable; empty otherwise
 */
public record EmbedderStatus(State state, String reason) {

  /** The life of the model in this application. */
  public enum State {
    /** Loading in the background after startup. */
    LOADING,
    /** Loaded; queries and passages are embedded. */
    READY,
    /** Switched off by configuration ({@code kb.search.semantic.enabled=false}). */
    DISABLED,
    /** It could not be loaded; {@link EmbedderStatus#reason()} says why. */
    UNAVAILABLE;

    /** The lower-case name used in health data and logs. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public EmbedderStatus {
    reason = reason == null ? "" : reason;
  }
}
