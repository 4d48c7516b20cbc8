package io.kbplatform.content.common;

/**
 * Column lengths shared by many entities, each used by the {@code @Column(length = …)} of the
 * column and by the {@code @Size(max = …)} of the API field that fills it. Lengths of one entity's
 * own columns are constants of that entity.
 */
public final class Columns {

  /** An id: a UUID as text, in its own row and in every column that refers to one. */
  public static final int ID_LENGTH = 36;

  /** A user name, wherever a column names a user (owner, actor, reporter, granted by …). */
  public static final int USERNAME_LENGTH = 64;

  /** The name of an enum constant stored as text (a status, a role, a level). */
  public static final int ENUM_LENGTH = 20;

  private Columns() {}
}
