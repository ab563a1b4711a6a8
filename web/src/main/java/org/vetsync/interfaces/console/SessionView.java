package org.vetsync.interfaces.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Who is logged in, and logging out (a POST from the template, never a GET link). */
@Named
@RequestScoped
public class SessionView {

  public String getUser() {
    var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return principal == null ? "" : principal.getName();
  }

  public void logout() throws ServletException, IOException {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) context.getRequest()).logout();
    context.invalidateSession();
    context.redirect(context.getRequestContextPath() + "/login.xhtml?loggedOut=true");
  }
}
