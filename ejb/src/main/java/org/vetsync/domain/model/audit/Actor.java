package org.vetsync.domain.model.audit;

/** Who acted: the logged-in user and the address the request came from (null when unknown). */
public record Actor(String user, String remoteAddress) {

  public Actor {
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("An audited action needs the user who did it");
    }
  }
}
