package org.vetsync.interfaces.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vetsync.application.UserAdministration;
import org.vetsync.application.query.UserQueries;
import org.vetsync.application.query.UserRow;
import org.vetsync.domain.model.account.Role;
import org.vetsync.domain.model.audit.AuditedAction;
import org.vetsync.interfaces.security.StaffPermission;

/**
 * Console users, for admins (PageGuard lets no one else open the page; every change is checked again and audited by
 * ConsoleActions): create one, change roles, disable or enable, reset a password. Passwords are never shown back.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String TARGET = "user";

  @Inject private UserQueries queries;
  @Inject private UserAdministration administration;
  @Inject private ConsoleActions console;

  private List<UserRow> users;
  private String username;
  private Role[] roles;
  private String password;

  @PostConstruct
  void load() {
    users = queries.all();
  }

  public void prepareCreate() {
    username = null;
    roles = new Role[] {Role.STAFF};
    password = null;
  }

  public void create() {
    String name = username == null ? null : username.strip();
    Set<Role> chosen = chosenRoles();
    String given = password;
    password = null;
    if (console.perform(StaffPermission.MANAGE_USERS,
        AuditedAction.on("create user", TARGET, name).noting("roles " + chosen),
        "User " + name + " can now log in as " + chosen + ".",
        admin -> administration.create(name, chosen, given, admin))) {
      load();
    }
  }

  public void prepareRoles(UserRow user) {
    username = user.username();
    roles = user.roles().stream().map(Role::valueOf).toArray(Role[]::new);
  }

  public void changeRoles() {
    String name = username;
    Set<Role> chosen = chosenRoles();
    if (console.perform(StaffPermission.MANAGE_USERS,
        AuditedAction.on("change roles", TARGET, name).noting("roles " + chosen),
        "User " + name + " now has the roles " + chosen + ".",
        admin -> administration.changeRoles(name, chosen, admin))) {
      load();
    }
  }

  public void disable(UserRow user) {
    String name = user.username();
    if (console.perform(StaffPermission.MANAGE_USERS, AuditedAction.on("disable user", TARGET, name),
        "User " + name + " can no longer log in.", admin -> administration.disable(name, admin))) {
      load();
    }
  }

  public void enable(UserRow user) {
    String name = user.username();
    if (console.perform(StaffPermission.MANAGE_USERS, AuditedAction.on("enable user", TARGET, name),
        "User " + name + " can log in again.", admin -> administration.enable(name, admin))) {
      load();
    }
  }

  public void preparePassword(UserRow user) {
    username = user.username();
    password = null;
  }

  public void resetPassword() {
    String name = username;
    String given = password;
    password = null;
    console.perform(StaffPermission.MANAGE_USERS, AuditedAction.on("reset password", TARGET, name),
        "The password of " + name + " is reset; tell them in person, not by e-mail.",
        admin -> administration.resetPassword(name, given, admin));
  }

  private Set<Role> chosenRoles() {
    return roles == null || roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public List<UserRow> getUsers() {
    return users;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public Role[] getRoles() {
    return roles;
  }

  public void setRoles(Role[] roles) {
    this.roles = roles;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
