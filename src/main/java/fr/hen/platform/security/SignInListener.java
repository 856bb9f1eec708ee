package fr.hen.platform.security;

import fr.hen.platform.HenUser;
import fr.hen.platform.UserAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Stamps the time of each interactive (form) sign-in on the account. */
@Component
class SignInListener {

  private final UserAccounts accounts;

  SignInListener(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @EventListener
  void on(InteractiveAuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof HenUser user) {
      accounts.signedIn(user.id());
    }
  }
}
