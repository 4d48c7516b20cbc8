package io.kbplatform.devtools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The OS user Elasticsearch runs as: the current one, or {@code kb-es} when this JVM is root. */
final class EsUser {

  /** The system user created and used when running as root. */
  static final String DEDICATED_USER = "kb-es";

  private static volatile Boolean currentIsRoot;

  private final String dedicatedName;

  private EsUser(String dedicatedName) {
    this.dedicatedName = dedicatedName;
  }

  /** The current user if it is not root, the {@code kb-es} user otherwise. */
  static EsUser forCurrentProcess() {
    return currentUserIsRoot() ? dedicated(DEDICATED_USER) : current();
  }

  /** Runs Elasticsearch as the user of this JVM. */
  static EsUser current() {
    return new EsUser(null);
  }

  /** Runs Elasticsearch as the named user (this JVM must be root). */
  static EsUser dedicated(String name) {
    return new EsUser(name);
  }

  /** Whether this JVM runs with uid 0. */
  static boolean currentUserIsRoot() {
    Boolean root = currentIsRoot;
    if (root == null) {
      CommandRunner.Result id = CommandRunner.run(List.of("id", "-u"));
      root =
          id.succeeded()
              ? id.output().strip().equals("0")
              : "root".equals(System.getProperty("user.name"));
      currentIsRoot = root;
    }
    return root;
  }

  boolean isDedicated() {
    return dedicatedName != null;
  }

  /** A description for messages. */
  String describe() {
    return isDedicated() ? "user '" + dedicatedName + "'" : "the current user";
  }

  /** The command that runs {@code command} as this user. */
  List<String> wrap(List<String> command) {
    if (!isDedicated()) {
      return List.copyOf(command);
    }
    List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", dedicatedName, "--"));
    wrapped.addAll(command);
    return wrapped;
  }

  /** Creates the dedicated system user if it does not exist yet. */
  void ensureExists() {
    if (!isDedicated() || exists()) {
      return;
    }
    CommandRunner.Result created =
        CommandRunner.run(List.of("useradd", "-r", "-M", "-s", "/usr/sbin/nologin", dedicatedName));
    if (!created.succeeded() && !exists()) { // another JVM may have created it meanwhile
      throw new LocalNodeException(
          "Cannot create the system user '"
              + dedicatedName
              + "' that Elasticsearch runs as when started by root: "
              + created.output().strip());
    }
  }

  private boolean exists() {
    return CommandRunner.run(List.of("id", "-u", dedicatedName)).succeeded();
  }

  /** The command giving the dedicated user ownership of the given trees. */
  List<String> chownCommand(Collection<Path> paths) {
    List<String> command = new ArrayList<>(List.of("chown", "-R", dedicatedName + ":"));
    paths.forEach(p -> command.add(p.toString()));
    return command;
  }

  /** Makes the dedicated user own everything Elasticsearch writes. */
  void takeOwnership(Collection<Path> paths) {
    if (isDedicated()) {
      CommandRunner.runOrThrow(
          "Giving " + describe() + " ownership",
          chownCommand(paths),
          Map.of(),
          CommandRunner.DEFAULT_TIMEOUT);
    }
  }

  /**
   * Fails with a message naming the first directory (or file) on the way to {@code targets} that
   * the dedicated user cannot traverse (or execute).
   */
  void checkAccess(Collection<Path> targets) {
    if (!isDedicated()) {
      return;
    }
    List<String> command =
        new ArrayList<>(
            wrap(
                List.of(
                    "sh",
                    "-c",
                    "for p in \"$@\"; do test -x \"$p\" || { echo \"$p\"; exit 1; }; done",
                    "kb-access-check")));
    pathsToCheck(targets).forEach(p -> command.add(p.toString()));
    CommandRunner.Result result = CommandRunner.run(command);
    if (!result.succeeded()) {
      String denied = result.output().strip();
      throw new LocalNodeException(
          "Elasticsearch runs as "
              + describe()
              + " because this JVM runs as root, but that user cannot access "
              + (denied.isEmpty() ? "one of " + targets : denied)
              + ". Make every directory on the way traversable for it (e.g. chmod o+x "
              + (denied.isEmpty() ? "<dir>" : denied)
              + ") or use a work directory elsewhere (e.g. under /var/tmp).");
    }
  }

  /** Each target preceded by all its ancestors, from the root down, without duplicates. */
  static List<Path> pathsToCheck(Collection<Path> targets) {
    Set<Path> ordered = new LinkedHashSet<>();
    for (Path target : targets) {
      Path absolute = target.toAbsolutePath().normalize();
      List<Path> chain = new ArrayList<>();
      for (Path p = absolute; p != null; p = p.getParent()) {
        chain.add(0, p);
      }
      ordered.addAll(chain);
    }
    return List.copyOf(ordered);
  }
}
