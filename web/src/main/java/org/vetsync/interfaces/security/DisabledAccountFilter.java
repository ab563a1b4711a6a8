package org.vetsync.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.vetsync.application.query.UserQueries;

/**
 * Disabling a user takes effect at once, not when their session times out: the identity store is asked only at login,
 * so every console and API request of a user an admin has since disabled ends their session.
 */
@WebFilter(urlPatterns = {"/console/*", "/api/staff/*"})
public class DisabledAccountFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DisabledAccountFilter.class.getName());

  @Inject private UserQueries users;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String user = request.getRemoteUser();
    if (user == null || users.enabled(user)) {
      chain.doFilter(request, response);
      return;
    }
    LOG.info(() -> "Ended the session of disabled console user " + user);
    request.logout();
    if (request.getSession(false) != null) {
      request.getSession(false).invalidate();
    }
    String login = request.getContextPath() + "/login.xhtml";
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/json");
      response.getWriter().write("{\"error\":\"This account is disabled\"}");
    } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // a Faces ajax request follows a redirect only when it is told so in its own response format
      response.setContentType("text/xml;charset=UTF-8");
      response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
          + login + "\"/></partial-response>");
    } else {
      response.sendRedirect(login);
    }
  }
}
