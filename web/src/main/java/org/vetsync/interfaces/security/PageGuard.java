package org.vetsync.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.vetsync.domain.model.audit.AuditedAction;

/**
 * Console pages that not every console role may open, checked on the server for every request to them (the page
 * itself and its ajax postbacks), not only by hiding the link. A refusal is a 403 and an entry in the audit trail.
 */
@WebFilter(urlPatterns = {PageGuard.AUDIT, PageGuard.USERS})
public class PageGuard extends HttpFilter {

  static final String AUDIT = "/console/audit.xhtml";
  static final String USERS = "/console/users.xhtml";

  private static final long serialVersionUID = 1L;

  private record Restriction(StaffPermission permission, String page) {}

  private static final Map<String, Restriction> PAGES = Map.of(
      AUDIT, new Restriction(StaffPermission.VIEW_AUDIT, "audit trail"),
      USERS, new Restriction(StaffPermission.MANAGE_USERS, "users"));

  @Inject private AuditedActions audited;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Restriction restriction = PAGES.get(request.getServletPath());
    if (restriction != null && request.getRemoteUser() != null) {
      try {
        audited.require(request, restriction.permission(), AuditedAction.on("open page", "page", restriction.page()));
      } catch (RoleRefusedException e) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        String context = request.getContextPath();
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"/>"
            + "<title>vetsync · Not allowed</title><link rel=\"stylesheet\" href=\"" + context
            + "/jakarta.faces.resource/css/console.css.xhtml\"/></head><body class=\"vs-login-page\">"
            + "<div class=\"vs-login\"><h1>Not allowed</h1><p class=\"vs-alert\">" + e.getMessage() + "</p>"
            + "<p><a href=\"" + context + "/console/events.xhtml\">Back to the console</a></p></div></body></html>");
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
