package org.vetsync.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.vetsync.application.query.AuditCsv;
import org.vetsync.application.query.AuditQueries;
import org.vetsync.application.query.AuditRow;
import org.vetsync.domain.model.audit.AuditFilter;
import org.vetsync.domain.model.audit.AuditOutcome;
import org.vetsync.domain.model.audit.AuditedAction;
import org.vetsync.interfaces.security.AuditedActions;
import org.vetsync.interfaces.security.RoleRefusedException;
import org.vetsync.interfaces.security.StaffPermission;

/**
 * The audit trail as CSV for ADMIN and AUDITOR: what the audit page's filter selects, newest first, written as it is
 * read in chunks so a year of entries never sits in memory. The export itself goes into the trail.
 */
@Path("staff/audit.csv")
@RequestScoped
public class AuditResource {

  private static final int CHUNK = 500;

  @Inject private HttpServletRequest request;
  @Inject private AuditedActions audited;
  @Inject private AuditQueries queries;

  /** @param from,to ISO-8601 instants (2026-11-22T08:00:00Z), from inclusive, to exclusive */
  @GET
  @Produces("text/csv")
  public Response export(@QueryParam("user") String user, @QueryParam("action") String action,
      @QueryParam("target") String target, @QueryParam("outcome") String outcome, @QueryParam("from") String from,
      @QueryParam("to") String to) {
    AuditFilter filter;
    try {
      filter = new AuditFilter(user, action, target, outcome == null || outcome.isBlank() ? null
          : AuditOutcome.valueOf(outcome.strip()), instant(from), instant(to));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return ActionGuard.refusal(Response.Status.BAD_REQUEST,
          "outcome is DONE, REFUSED or FAILED; from and to are instants like 2026-11-22T08:00:00Z");
    }
    try {
      audited.run(request, StaffPermission.VIEW_AUDIT,
          AuditedAction.on("export audit trail", null, null).noting(filter.parameters().isEmpty() ? "everything"
              : filter.parameters().toString()), u -> null);
    } catch (RoleRefusedException e) {
      return ActionGuard.refusal(Response.Status.FORBIDDEN, e.getMessage());
    }
    StreamingOutput csv = out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      writer.write(AuditCsv.HEADER);
      AuditRow last = null;
      for (List<AuditRow> chunk = queries.olderThan(filter, null, CHUNK); !chunk.isEmpty();
          chunk = queries.olderThan(filter, last, CHUNK)) {
        for (AuditRow row : chunk) {
          writer.write(AuditCsv.line(row));
        }
        last = chunk.get(chunk.size() - 1);
      }
      writer.flush();
    };
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"vetsync-audit-" + LocalDate.now() + ".csv\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private static Instant instant(String text) {
    return text == null || text.isBlank() ? null : Instant.parse(text.strip());
  }
}
