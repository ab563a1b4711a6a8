package org.vetsync.interfaces.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;
import org.vetsync.interfaces.security.ThrottledLogin;

/** What the login page says after a refused login: a lockout is told once, with the minutes it has left. */
@Named
@RequestScoped
public class LoginView {

  private Long lockedMinutes;

  public Long getLockedMinutes() {
    if (lockedMinutes == null) {
      Map<String, Object> session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
      lockedMinutes = (Long) session.remove(ThrottledLogin.LOCKED_MINUTES);
    }
    return lockedMinutes;
  }
}
