package fr.hen.platform.users;

import fr.hen.platform.ConflictException;
import fr.hen.platform.OrganisationNames;
import fr.hen.platform.PageSlice;
import fr.hen.platform.Role;
import fr.hen.platform.UserAccounts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Users administration: list, search, create, enable and disable accounts. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

  static final class UserForm {
    @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]+", message = "{user.username.pattern}")
    String username;
    @NotBlank @Size(max = 120) String fullName;
    @Email @Size(max = 200) String email;
    @NotBlank @Size(min = 10, max = 100, message = "{user.password.size}") String password;
    @NotNull Long organisationId;
    @NotEmpty Set<Role> roles = EnumSet.noneOf(Role.class);

    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getFullName() { return fullName; }
    public void setFullName(String v) { fullName = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v == null || v.isBlank() ? null : v.trim(); }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long v) { organisationId = v; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> v) { roles = v == null ? EnumSet.noneOf(Role.class) : v; }
  }

  private final UserAccounts accounts;
  private final OrganisationNames organisations;

  UserAdminController(UserAccounts accounts, OrganisationNames organisations) {
    this.accounts = accounts;
    this.organisations = organisations;
  }

  @GetMapping("/admin/users")
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("q", q);
    PageSlice<UserAccounts.Account> users = accounts.list(q, PageSlice.clampPage(page), PageSlice.DEFAULT_SIZE);
    model.addAttribute("users", users);
    model.addAttribute("organisationNames", organisations.byIds(users.items().stream()
        .map(UserAccounts.Account::organisationId).collect(Collectors.toSet())));
    return "platform/users";
  }

  @GetMapping("/admin/users/new")
  String newForm(Model model) {
    model.addAttribute("userForm", new UserForm());
    return form(model);
  }

  @PostMapping("/admin/users")
  String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    if (form.organisationId != null && organisations.find(form.organisationId).isEmpty()) {
      errors.rejectValue("organisationId", "user.organisation.unknown");
    }
    if (errors.hasErrors()) {
      return form(model);
    }
    try {
      accounts.create(new UserAccounts.NewAccount(form.username, form.password, form.fullName, form.email,
          form.organisationId, form.roles));
    } catch (ConflictException e) {
      errors.rejectValue("username", "user.username.taken");
      return form(model);
    }
    redirect.addFlashAttribute("message", "user.created");
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{id}/enabled")
  String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
    accounts.setEnabled(id, enabled);
    redirect.addFlashAttribute("message", enabled ? "user.enabled" : "user.disabled");
    return "redirect:/admin/users";
  }

  private String form(Model model) {
    model.addAttribute("roles", Role.values());
    model.addAttribute("organisations", organisations.all());
    return "platform/user-form";
  }
}
