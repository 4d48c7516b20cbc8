package io.kbplatform.content.user;

/** What a user does on the platform; a user may hold several roles. */
public enum Role {
  AGENT,
  LEARNER,
  AUTHOR,
  TRAINER,
  ADMIN;

  /** Role names as the security layer and {@code @RolesAllowed} use them. */
  public static final String AGENT_NAME = "AGENT";

  public static final String LEARNER_NAME = "LEARNER";
  public static final String AUTHOR_NAME = "AUTHOR";
  public static final String TRAINER_NAME = "TRAINER";
  public static final String ADMIN_NAME = "ADMIN";
}
