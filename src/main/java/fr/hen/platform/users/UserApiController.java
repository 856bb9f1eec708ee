package fr.hen.platform.users;

import fr.hen.platform.PageSlice;
import fr.hen.platform.UserAccounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The accounts as JSON, for administrators: each with its one organisation and its roles (never a password). */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration", description = "Accounts and the audit log (administrators)")
class UserApiController {

  private final UserAccounts accounts;

  UserApiController(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/api/v1/users")
  @Operation(summary = "Accounts, searched by username or name, sorted (USERNAME, NAME, LAST_LOGIN; paged, up to 200)")
  PageSlice<UserAccounts.Account> list(@RequestParam(required = false) String q,
      @RequestParam(required = false) UserAccounts.Sort sort, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return accounts.list(q, sort, PageSlice.clampPage(page), PageSlice.clampSize(size));
  }
}
