package fr.hen.platform.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The username-and-password check of both the sign-in form and HTTP Basic, behind the {@link LoginThrottle}: a
 * throttled attempt is refused with {@link TooManySignInAttempts} before the account is even looked up, so the answer
 * is the same whether it exists or not; a failure is counted for its username and client address, a success resets
 * them.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

  private final LoginThrottle throttle;
  private final DaoAuthenticationProvider accounts;

  ThrottledAuthenticationProvider(LoginThrottle throttle, UserDetailsService userDetailsService,
      PasswordEncoder passwordEncoder) {
    this.throttle = throttle;
    this.accounts = new DaoAuthenticationProvider(userDetailsService);
    this.accounts.setPasswordEncoder(passwordEncoder);
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
        : null;
    Duration wait = throttle.waitBefore(username, address);
    if (wait.isPositive()) {
      throw new TooManySignInAttempts(wait);
    }
    try {
      Authentication result = accounts.authenticate(authentication);
      throttle.succeeded(username, address);
      return result;
    } catch (InternalAuthenticationServiceException e) {
      throw e; // the database failed, not the person
    } catch (AuthenticationException e) {
      throttle.failed(username, address);
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
