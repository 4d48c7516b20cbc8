package io.kbplatform.app.security;

import io.kbplatform.content.group.GroupService;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.user.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in caller as the service layer knows it: name, roles and groups, read once per
 * request. Roles come from the servlet request, as for {@code RoleCheckFilter}: Soteria's {@code
 * SecurityContext.isCallerInRole} goes through JACC and an EJB-context lookup that Payara Micro
 * warns about with a stack trace.
 */
@RequestScoped
public class CurrentActor {

  private HttpServletRequest request;
  private GroupService groups;
  private Actor actor;

  protected CurrentActor() {}

  @Inject
  public CurrentActor(HttpServletRequest request, GroupService groups) {
    this.request = request;
    this.groups = groups;
  }

  public Actor get() {
    if (actor == null) {
      Principal caller = request.getUserPrincipal();
      if (caller == null) {
        throw new IllegalStateException("No signed-in caller");
      }
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (Role role : Role.values()) {
        if (request.isUserInRole(role.name())) {
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
