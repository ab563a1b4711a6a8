package org.vetsync.interfaces.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser protections on every response of the application. Console pages get their script policy from PrimeFaces
 * (primefaces.CSP in web.xml: a nonce per response, so no inline script runs unless vetsync rendered it); this filter
 * adds the directives that do not concern scripts, which browsers enforce alongside. API answers and files may load
 * nothing at all. Nothing but static resources may be cached: pages and API answers carry patient data.
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    // FORWARD: the login page is shown by a forward from the protected page asked for, past the REQUEST filters
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String PAGE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
  static final String OTHER_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean resource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    boolean page = !resource && !path.startsWith("/api/");
    response.setHeader("Content-Security-Policy", page ? PAGE_POLICY : OTHER_POLICY);
    if (!resource) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
