package org.vetsync.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.vetsync.application.ContractJson;
import org.vetsync.application.PharmacyExport;
import org.vetsync.application.PharmacyReview;
import org.vetsync.domain.model.audit.AuditedAction;
import org.vetsync.domain.model.pharmacy.PharmacyExportRun;
import org.vetsync.domain.model.pharmacy.ReviewItem;
import org.vetsync.interfaces.security.StaffPermission;

/** The pharmacy export for staff: runs and their files, the dry-run preview, the review queue, known clients. */
@Path("staff/pharmacy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PharmacyResource {

  /** Batches read from the database at a time while a run's file streams out (500 clients each). */
  private static final int FILE_PART = 10;

  private static final JsonProvider JSON = ContractJson.PROVIDER;

  @Inject private PharmacyReview pharmacy;
  @Inject private ActionGuard guard;

  @POST
  @Path("exports")
  public Response requestExport() {
    return guard.act(AuditedAction.on("start pharmacy export", null, null),
        user -> JSON.createObjectBuilder().add("runId", pharmacy.requestExport(user)).build(),
        StaffPermission.EXPORT);
  }

  @GET
  @Path("exports/{id}")
  public JsonObject run(@PathParam("id") long id) {
    return json(pharmacy.run(id));
  }

  @GET
  @Path("exports")
  public JsonObject runs() {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    pharmacy.recentRuns().forEach(run -> list.add(json(run)));
    return JSON.createObjectBuilder().add("runs", list).build();
  }

  @GET
  @Path("exports/{id}/file")
  @Produces("application/x-ndjson")
  public Response file(@PathParam("id") long id) {
    List<String> first = pharmacy.fileBatches(id, 0, FILE_PART); // an unknown run is refused before streaming
    StreamingOutput file = out -> {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      List<String> part = first;
      for (int written = 0; !part.isEmpty(); part = pharmacy.fileBatches(id, written, FILE_PART)) {
        for (String batch : part) {
          writer.write(batch);
          writer.write('\n');
        }
        written += part.size();
        writer.flush();
      }
    };
    return Response.ok(file)
        .header("Content-Disposition", "attachment; filename=\"pharmacy-export-" + id + ".jsonl\"")
        .build();
  }

  @GET
  @Path("preview")
  public JsonObject preview(@QueryParam("limit") @DefaultValue("200") int limit) {
    JsonArrayBuilder lines = JSON.createArrayBuilder();
    for (PharmacyExport.PreviewLine line : pharmacy.preview(Math.min(limit, 2000))) {
      JsonObjectBuilder entry = JSON.createObjectBuilder().add("clientId", line.clientId()).add("change", line.change());
      add(entry, "field", line.field());
      add(entry, "before", line.before());
      add(entry, "after", line.after());
      lines.add(entry);
    }
    return JSON.createObjectBuilder().add("lines", lines).build();
  }

  @GET
  @Path("reviews")
  public JsonObject reviews() {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (ReviewItem item : pharmacy.pending()) {
      JsonObjectBuilder entry = JSON.createObjectBuilder()
          .add("id", item.getId())
          .add("subject", item.getSubject())
          .add("subjectId", item.getSubjectRef())
          .add("field", item.getField().name())
          .add("detectedAt", item.getDetectedAt().toString());
      add(entry, "oldValue", item.getOldValue());
      add(entry, "newValue", item.getNewValue());
      list.add(entry);
    }
    return JSON.createObjectBuilder().add("reviews", list).build();
  }

  @POST
  @Path("reviews/{id}/approve")
  public Response approve(@PathParam("id") long id) {
    return guard.act(AuditedAction.on("approve pharmacy change", "review item", id), user -> {
      pharmacy.approve(id, user);
      return null;
    }, StaffPermission.REVIEW);
  }

  @POST
  @Path("reviews/{id}/reject")
  public Response reject(@PathParam("id") long id, JsonObject body) {
    String reason = body == null ? null : body.getString("reason", null);
    return guard.act(AuditedAction.on("reject pharmacy change", "review item", id).noting(reason), user -> {
      pharmacy.reject(id, user, reason);
      return null;
    }, StaffPermission.REVIEW);
  }

  /** Body: {"pharmacyRef", "name", "email", "phone"}: a client the pharmacy already serves. */
  @POST
  @Path("known-clients")
  public Response knownClient(JsonObject body) {
    String pharmacyRef = body == null ? null : body.getString("pharmacyRef", null);
    return guard.act(AuditedAction.on("register pharmacy client", "pharmacy client", pharmacyRef), user -> {
      pharmacy.registerKnownClient(pharmacyRef, body.getString("name", null),
          body.getString("email", null), body.getString("phone", null), user);
      return null;
    }, StaffPermission.KNOWN_CLIENTS);
  }

  private static JsonObject json(PharmacyExportRun run) {
    JsonObjectBuilder json = JSON.createObjectBuilder()
        .add("id", run.getId())
        .add("status", run.getStatus().name())
        .add("requestedBy", run.getRequestedBy())
        .add("requestedAt", run.getRequestedAt().toString())
        .add("clientsTotal", run.getClientsTotal())
        .add("clientsDone", run.getClientsDone())
        .add("newClients", run.getNewClients())
        .add("linkedClients", run.getLinkedClients())
        .add("newPets", run.getNewPets())
        .add("emailChanges", run.getEmailChanges())
        .add("weightChanges", run.getWeightChanges())
        .add("deceasedChanges", run.getDeceasedChanges())
        .add("approvedChanges", run.getApprovedChanges())
        .add("reviewItems", run.getReviewItems())
        .add("batches", run.getBatches());
    add(json, "startedAt", run.getStartedAt() == null ? null : run.getStartedAt().toString());
    add(json, "finishedAt", run.getFinishedAt() == null ? null : run.getFinishedAt().toString());
    add(json, "error", run.getError());
    return json.build();
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}
