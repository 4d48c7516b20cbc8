package io.kbplatform.app.security;

import io.kbplatform.content.group.GroupService;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.user.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in caller as the service layer knows it: name, roles and groups, read once per
 * request.
 */
@RequestScoped
public class CurrentActor {

  private SecurityContext security;
  private GroupService groups;
  private Actor actor;

  protected CurrentActor() {}

  @Inject
  public CurrentActor(SecurityContext security, GroupService groups) {
    this.security = security;
    this.groups = groups;
  }

  public Actor get() {
    if (actor == null) {
      Principal caller = security.getCallerPrincipal();
      if (caller == null) {
        throw new IllegalStateException("No signed-in caller");
      }
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (Role role : Role.values()) {
        if (security.isCallerInRole(role.name())) {
          roles.add(role);
        }
      }
      actor = new Actor(caller.getName(), roles, groups.keysOf(caller.getName()));
    }
    return actor;
  }

  public String username() {
    return get().username();
  }
}
