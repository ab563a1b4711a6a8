package org.vetsync.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.logging.Logger;
import org.vetsync.application.ActionRefusedException;
import org.vetsync.interfaces.security.StaffPermission;

/**
 * The checks every state-changing API call passes, on the server: a logged-in user, the X-Vetsync-Action header (which
 * a cross-site form cannot send, so no CSRF), and one of the roles the action needs. A refusal is answered with its
 * reason and logged.
 */
@RequestScoped
public class ActionGuard {

  private static final Logger LOG = Logger.getLogger(ActionGuard.class.getName());

  @Inject private HttpServletRequest request;

  /** Runs the action as the logged-in user; its result (or a small confirmation) is the response body. */
  public Response act(String what, Function<String, JsonObject> action, StaffPermission permission) {
    String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    if (user == null) {
      return refusal(Response.Status.UNAUTHORIZED, "Log in first");
    }
    if (request.getHeader("X-Vetsync-Action") == null) {
      return refusal(Response.Status.FORBIDDEN, "Missing header X-Vetsync-Action");
    }
    if (!permission.grantedTo(request::isUserInRole)) {
      LOG.warning(() -> "Refused " + user + " to " + what + ": needs role " + permission.roleNames());
      return refusal(Response.Status.FORBIDDEN, "Your role may not " + what);
    }
    try {
      JsonObject result = action.apply(user);
      return Response.ok(result == null ? Json.createObjectBuilder().add("done", what).build() : result).build();
    } catch (ActionRefusedException e) {
      return refusal(Response.Status.CONFLICT, e.getMessage());
    }
  }

  static Response refusal(Response.Status status, String reason) {
    return Response.status(status).entity(Json.createObjectBuilder().add("error", reason).build()).build();
  }
}
