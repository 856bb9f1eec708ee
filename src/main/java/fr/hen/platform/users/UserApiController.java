package fr.hen.platform.users;

import fr.hen.platform.HenUser;
import fr.hen.platform.PageSlice;
import fr.hen.platform.UserAccounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The accounts as JSON, for administrators: each with its one organisation and its roles (never a password); an
 * {@code ADMIN} gets those of their organisation, a {@code PLATFORM_ADMIN} those of every organisation.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration", description = "Accounts and the audit log (administrators)")
class UserApiController {

  private final UserAdministration administration;

  UserApiController(UserAdministration administration) {
    this.administration = administration;
  }

  @GetMapping("/api/v1/users")
  @Operation(summary = "Accounts of the administrator's organisation (every organisation for a platform "
      + "administrator), searched by username or name, sorted (USERNAME, NAME, LAST_LOGIN; paged, up to 200)")
  PageSlice<UserAccounts.Account> list(@AuthenticationPrincipal HenUser actor,
      @RequestParam(required = false) String q, @RequestParam(required = false) UserAccounts.Sort sort,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return administration.list(actor, q, sort, PageSlice.clampPage(page), PageSlice.clampSize(size));
  }
}
