package org.vetsync.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.vetsync.application.ContractJson;
import org.vetsync.application.JobRecorder;
import org.vetsync.domain.model.job.ScheduledJob;

/** Scheduled jobs and when they last ran: for monitoring, so it carries no patient or client data. */
@Path("status")
@RequestScoped
public class StatusResource {

  private static final JsonProvider JSON = ContractJson.PROVIDER;

  @Inject private JobRecorder jobs;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject status() {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (ScheduledJob job : jobs.all()) {
      var entry = JSON.createObjectBuilder().add("name", job.getName()).add("runs", job.getRuns());
      if (job.getLastFinishedAt() != null) {
        entry.add("lastFinishedAt", job.getLastFinishedAt().toString());
      }
      list.add(entry);
    }
    return JSON.createObjectBuilder().add("jobs", list).build();
  }
}
