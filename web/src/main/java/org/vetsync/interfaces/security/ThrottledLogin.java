package org.vetsync.interfaces.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.vetsync.application.LoginThrottle;

/**
 * Puts login throttling in front of every identity store the console has (today the database of
 * SecurityConfiguration): a locked username is refused before its password is even checked, and every outcome is
 * counted. The login page learns of a lockout from the session, because the form mechanism redirects to it.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class ThrottledLogin implements IdentityStoreHandler {

  private static final Logger LOG = Logger.getLogger(ThrottledLogin.class.getName());

  /** Session attribute: minutes a lockout has left, shown once by the login page. */
  public static final String LOCKED_MINUTES = "vetsync.login.lockedMinutes";

  @Inject @Delegate @Any private IdentityStoreHandler stores;
  @Inject private LoginThrottle throttle;
  @Inject private HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return stores.validate(credential);
    }
    String username = login.getCaller();
    String address = request.getRemoteAddr();
    Optional<Duration> locked = throttle.lockedFor(username, address);
    if (locked.isPresent()) {
      return lockedOut(locked.get());
    }
    CredentialValidationResult result = stores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      throttle.succeeded(username);
      return result;
    }
    try {
      return throttle.failed(username, address).map(this::lockedOut).orElse(result);
    } catch (EJBException e) {
      // two first failures of one name at the same instant both insert its row; the loser's failure goes uncounted,
      // and the login is refused all the same
      LOG.warning(() -> "Could not count a failed login from " + address + ": " + e.getMessage());
      return result;
    }
  }

  private CredentialValidationResult lockedOut(Duration left) {
    request.getSession().setAttribute(LOCKED_MINUTES, LoginThrottle.minutes(left));
    return CredentialValidationResult.INVALID_RESULT;
  }
}
