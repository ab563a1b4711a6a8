package org.vetsync.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.vetsync.application.ActionRefusedException;
import org.vetsync.application.StaffActions;
import org.vetsync.interfaces.security.StaffPermission;

/**
 * Staff actions for scripts and the console's own tests, behind the console login. Every action checks the caller's
 * role here, on the server, and answers a refusal with the reason. A state-changing request must carry the header
 * {@code X-Vetsync-Action}, which a cross-site form cannot send (CSRF).
 */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

  private static final Logger LOG = Logger.getLogger(StaffResource.class.getName());

  @Inject private StaffActions actions;
  @Context private SecurityContext security;
  @HeaderParam("X-Vetsync-Action") private String actionHeader;

  @POST
  @Path("events/{id}/retry")
  public Response retry(@PathParam("id") long id) {
    return act("retry sync event " + id, user -> actions.retry(id, user), StaffPermission.RETRY);
  }

  @POST
  @Path("events/{id}/ignore")
  public Response ignore(@PathParam("id") long id, JsonObject body) {
    return act("ignore sync event " + id, user -> actions.ignore(id, user, text(body, "reason")),
        StaffPermission.IGNORE);
  }

  @POST
  @Path("consults/{consultId}/sync")
  public Response manualSync(@PathParam("consultId") String consultId) {
    return act("sync consult " + consultId, user -> actions.manualSync(consultId, user),
        StaffPermission.MANUAL_SYNC);
  }

  @POST
  @Path("orphans/{id}/match")
  public Response match(@PathParam("id") long id, JsonObject body) {
    return act("match orphan dispense " + id,
        user -> actions.matchOrphan(id, text(body, "consultId"), text(body, "itemId"), user),
        StaffPermission.MATCH);
  }

  /** Body: {"consultId": "...", "parts": {"itemId": quantity, ...}}. */
  @POST
  @Path("orphans/{id}/split")
  public Response split(@PathParam("id") long id, JsonObject body) {
    return act("split orphan dispense " + id, user -> {
      Map<String, BigDecimal> parts = new LinkedHashMap<>();
      JsonObject given = body == null ? null : body.getJsonObject("parts");
      if (given != null) {
        given.forEach((item, quantity) -> parts.put(item, ((JsonNumber) quantity).bigDecimalValue()));
      }
      actions.splitOrphan(id, text(body, "consultId"), parts, user);
    }, StaffPermission.MATCH);
  }

  @POST
  @Path("orphans/{id}/allocate")
  public Response allocate(@PathParam("id") long id, JsonObject body) {
    return act("allocate the temporary patient of orphan dispense " + id,
        user -> actions.allocateTemporaryPatient(id, text(body, "patientId"), text(body, "consultId"), user),
        StaffPermission.ALLOCATE);
  }

  @POST
  @Path("orphans/{id}/dismiss")
  public Response dismiss(@PathParam("id") long id, JsonObject body) {
    return act("dismiss orphan dispense " + id, user -> actions.dismissOrphan(id, user, text(body, "reason")),
        StaffPermission.DISMISS);
  }

  private Response act(String what, Consumer<String> action, StaffPermission permission) {
    String user = security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
    if (user == null) {
      return refusal(Response.Status.UNAUTHORIZED, "Log in first");
    }
    if (actionHeader == null) {
      return refusal(Response.Status.FORBIDDEN, "Missing header X-Vetsync-Action");
    }
    if (!permission.grantedTo(security::isUserInRole)) {
      LOG.warning(() -> "Refused " + user + " to " + what + ": needs role " + permission.roleNames());
      return refusal(Response.Status.FORBIDDEN, "Your role may not " + what);
    }
    try {
      action.accept(user);
      return Response.ok(Json.createObjectBuilder().add("done", what).build()).build();
    } catch (ActionRefusedException e) {
      return refusal(Response.Status.CONFLICT, e.getMessage());
    }
  }

  private static String text(JsonObject body, String name) {
    return body == null || body.isNull(name) || !body.containsKey(name) ? null : body.getString(name, null);
  }

  private static Response refusal(Response.Status status, String reason) {
    return Response.status(status).entity(Json.createObjectBuilder().add("error", reason).build()).build();
  }
}
