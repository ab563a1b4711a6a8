package org.vetsync.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.vetsync.application.ActionRefusedException;

/** A refused read (no such run) is a plain JSON answer, not an error page with a stack trace. */
@Provider
public class ActionRefusedMapper implements ExceptionMapper<ActionRefusedException> {

  @Override
  public Response toResponse(ActionRefusedException e) {
    return ActionGuard.refusal(Response.Status.NOT_FOUND, e.getMessage());
  }
}
