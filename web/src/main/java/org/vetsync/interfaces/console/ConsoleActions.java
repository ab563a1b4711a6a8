package org.vetsync.interfaces.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Consumer;
import java.util.function.Function;
import org.primefaces.PrimeFaces;
import org.vetsync.application.ActionRefusedException;
import org.vetsync.domain.model.audit.AuditedAction;
import org.vetsync.interfaces.security.AuditedActions;
import org.vetsync.interfaces.security.RoleRefusedException;
import org.vetsync.interfaces.security.StaffPermission;

/**
 * Runs a staff action from a console page: checks the user's role on the server, whatever the page rendered, passes
 * the logged-in user to the action, records it in the audit trail, and tells the user the outcome. A dialog closes
 * only on the callback parameter {@code done}, so a refused action leaves it open for a correction.
 */
@ApplicationScoped
public class ConsoleActions {

  @Inject private AuditedActions audited;

  /** @return whether the action was done */
  public boolean perform(StaffPermission permission, AuditedAction action, String done, Consumer<String> work) {
    return report(permission, action, user -> {
      work.accept(user);
      return done;
    });
  }

  /**
   * As {@link #perform}, for an action whose outcome the user is told in its own words (e.g. how many of a batch were
   * done): {@code work} gets the user and returns the message.
   */
  public boolean report(StaffPermission permission, AuditedAction action, Function<String, String> work) {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    if (request.getRemoteUser() == null) {
      return refused(faces, "Log in first.");
    }
    String done;
    try {
      done = audited.run(request, permission, action, work);
    } catch (RoleRefusedException e) {
      return refused(faces, e.getMessage());
    } catch (ActionRefusedException e) {
      return refused(faces, "Could not " + action.describe() + ": " + e.getMessage());
    }
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
    PrimeFaces.current().ajax().addCallbackParam("done", true);
    return true;
  }

  private static boolean refused(FacesContext faces, String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    return false;
  }
}
