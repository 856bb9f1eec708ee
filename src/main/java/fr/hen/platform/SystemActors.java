package fr.hen.platform;

import java.util.function.Supplier;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as a {@link SystemActor}: for its duration the security context holds the actor (its roles and rights
 * as authorities), so services check their {@code @PreAuthorize} rules as for a person and audit under the actor's
 * own name. The previous context is restored afterwards.
 */
public final class SystemActors {

  private SystemActors() {}

  /** The authentication of a system actor: authenticated, no credentials. */
  static final class SystemAuthentication extends AbstractAuthenticationToken {
    private final SystemActor actor;

    SystemAuthentication(SystemActor actor) {
      super(actor.authorities());
      this.actor = actor;
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return null;
    }

    @Override
    public SystemActor getPrincipal() {
      return actor;
    }
  }

  public static <T> T run(SystemActor actor, Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new SystemAuthentication(actor));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  public static void run(SystemActor actor, Runnable work) {
    run(actor, () -> {
      work.run();
      return null;
    });
  }
}
