package fr.hen.platform.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends the web sessions of one account: after an administrator disables it or changes its roles or organisation,
 * its next page request goes back to the sign-in page, and the new sign-in loads the new rights. (API calls use
 * HTTP Basic and load the account at every request.)
 */
@Component
public class SignedInSessions {

  private final SessionRegistry registry;

  SignedInSessions(SessionRegistry registry) {
    this.registry = registry;
  }

  /** Expires every session of this username; returns how many. */
  public int end(String username) {
    int ended = 0;
    for (Object principal : registry.getAllPrincipals()) {
      if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
        for (SessionInformation session : registry.getAllSessions(principal, false)) {
          session.expireNow();
          ended++;
        }
      }
    }
    return ended;
  }
}
