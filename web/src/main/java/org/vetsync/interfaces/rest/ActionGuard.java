package org.vetsync.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.vetsync.application.ActionRefusedException;
import org.vetsync.application.ContractJson;
import org.vetsync.domain.model.audit.AuditedAction;
import org.vetsync.interfaces.security.AuditedActions;
import org.vetsync.interfaces.security.RoleRefusedException;
import org.vetsync.interfaces.security.StaffPermission;

/**
 * The checks every state-changing API call passes, on the server: a logged-in user, the X-Vetsync-Action header (which
 * a cross-site form cannot send, so no CSRF), and one of the roles the action needs. Done, refused and failed calls are
 * all in the audit trail; a refusal is answered with its reason.
 */
@RequestScoped
public class ActionGuard {

  private static final JsonProvider JSON = ContractJson.PROVIDER;

  @Inject private HttpServletRequest request;
  @Inject private AuditedActions audited;

  /** Runs the action as the logged-in user; its result (or a small confirmation) is the response body. */
  public Response act(AuditedAction action, Function<String, JsonObject> work, StaffPermission permission) {
    if (request.getRemoteUser() == null) {
      return refusal(Response.Status.UNAUTHORIZED, "Log in first");
    }
    if (request.getHeader("X-Vetsync-Action") == null) {
      audited.refused(request, action, "missing header X-Vetsync-Action (not sent by a script or the console)");
      return refusal(Response.Status.FORBIDDEN, "Missing header X-Vetsync-Action");
    }
    try {
      JsonObject result = audited.run(request, permission, action, work);
      return Response.ok(result == null ? JSON.createObjectBuilder().add("done", action.describe()).build() : result)
          .build();
    } catch (RoleRefusedException e) {
      return refusal(Response.Status.FORBIDDEN, e.getMessage());
    } catch (ActionRefusedException e) {
      return refusal(Response.Status.CONFLICT, e.getMessage());
    }
  }

  static Response refusal(Response.Status status, String reason) {
    return Response.status(status).type(MediaType.APPLICATION_JSON)
        .entity(JSON.createObjectBuilder().add("error", reason).build()).build();
  }
}
