package org.vetsync.interfaces.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import org.vetsync.application.ActionRefusedException;
import org.vetsync.interfaces.security.StaffPermission;

/**
 * Runs a staff action from a console page: checks the user's role on the server, whatever the page rendered, passes
 * the logged-in user to the action, and tells the user the outcome. A dialog closes only on the callback parameter
 * {@code done}, so a refused action leaves it open for a correction.
 */
@ApplicationScoped
public class ConsoleActions {

  private static final Logger LOG = Logger.getLogger(ConsoleActions.class.getName());

  /** @return whether the action was done */
  public boolean perform(StaffPermission permission, String what, String done, Consumer<String> action) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String user = faces.getExternalContext().getRemoteUser();
    if (user == null || !Permissions.granted(permission)) {
      LOG.warning(() -> "Refused " + user + " to " + what + ": needs role " + permission.roleNames());
      return refused(faces, "Your role may not " + permission.action() + ".");
    }
    try {
      action.accept(user);
    } catch (ActionRefusedException e) {
      return refused(faces, "Could not " + what + ": " + e.getMessage());
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
