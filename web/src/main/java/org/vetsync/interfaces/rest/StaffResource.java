package org.vetsync.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.vetsync.application.ContractJson;
import org.vetsync.application.StaffActions;
import org.vetsync.domain.model.audit.AuditedAction;
import org.vetsync.domain.model.reconciliation.ReconciliationItem;
import org.vetsync.interfaces.security.StaffPermission;

/**
 * Staff actions on sync events and orphans for scripts and tests, behind the console login; {@link ActionGuard} checks
 * the caller's role and the anti-CSRF header on the server for every call.
 */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

  private static final JsonProvider JSON = ContractJson.PROVIDER;

  @Inject private StaffActions actions;
  @Inject private ActionGuard guard;

  @POST
  @Path("events/{id}/retry")
  public Response retry(@PathParam("id") long id) {
    return act(AuditedAction.on("retry sync event", "sync event", id), user -> actions.retry(id, user),
        StaffPermission.RETRY);
  }

  @POST
  @Path("events/{id}/ignore")
  public Response ignore(@PathParam("id") long id, JsonObject body) {
    String reason = text(body, "reason");
    return act(AuditedAction.on("ignore sync event", "sync event", id).noting(reason),
        user -> actions.ignore(id, user, reason), StaffPermission.IGNORE);
  }

  @POST
  @Path("consults/{consultId}/sync")
  public Response manualSync(@PathParam("consultId") String consultId) {
    return act(AuditedAction.on("sync consult", "consult", consultId), user -> actions.manualSync(consultId, user),
        StaffPermission.MANUAL_SYNC);
  }

  @POST
  @Path("orphans/{id}/match")
  public Response match(@PathParam("id") long id, JsonObject body) {
    String consultId = text(body, "consultId");
    String itemId = text(body, "itemId");
    return act(AuditedAction.on("match orphan dispense", "orphan dispense", id)
            .noting("consult " + consultId + ", item " + itemId),
        user -> actions.matchOrphan(id, consultId, itemId, user),
        StaffPermission.MATCH);
  }

  /** Body: {"consultId": "...", "parts": {"itemId": quantity, ...}}. */
  @POST
  @Path("orphans/{id}/split")
  public Response split(@PathParam("id") long id, JsonObject body) {
    return act(AuditedAction.on("split orphan dispense", "orphan dispense", id).noting(String.valueOf(body)),
        user -> {
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
    String patientId = text(body, "patientId");
    String consultId = text(body, "consultId");
    return act(AuditedAction.on("allocate temporary patient", "orphan dispense", id)
            .noting("patient " + patientId + ", consult " + consultId),
        user -> actions.allocateTemporaryPatient(id, patientId, consultId, user),
        StaffPermission.ALLOCATE);
  }

  @POST
  @Path("orphans/{id}/dismiss")
  public Response dismiss(@PathParam("id") long id, JsonObject body) {
    String reason = text(body, "reason");
    return act(AuditedAction.on("dismiss orphan dispense", "orphan dispense", id).noting(reason),
        user -> actions.dismissOrphan(id, user, reason), StaffPermission.DISMISS);
  }

  @GET
  @Path("reconciliation")
  public JsonObject openReconciliation() {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (ReconciliationItem item : actions.openReconciliation()) {
      list.add(JSON.createObjectBuilder()
          .add("id", item.getId())
          .add("consultId", item.getConsult().getPimsId())
          .add("itemId", item.getItem().getPimsId())
          .add("kind", item.getKind().name())
          .add("planned", item.getPlanned())
          .add("dispensed", item.getDispensed())
          .add("billed", item.getBilled()));
    }
    return JSON.createObjectBuilder().add("items", list).build();
  }

  @POST
  @Path("reconciliation/{id}/resolve")
  public Response resolve(@PathParam("id") long id, JsonObject body) {
    String resolution = text(body, "resolution");
    return act(AuditedAction.on("resolve reconciliation item", "reconciliation item", id).noting(resolution),
        user -> actions.resolveReconciliation(id, user, resolution),
        StaffPermission.RESOLVE_RECONCILIATION);
  }

  private Response act(AuditedAction what, Consumer<String> action, StaffPermission permission) {
    return guard.act(what, user -> {
      action.accept(user);
      return null;
    }, permission);
  }

  private static String text(JsonObject body, String name) {
    return body == null || !body.containsKey(name) || body.isNull(name) ? null : body.getString(name, null);
  }
}
