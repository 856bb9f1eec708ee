package fr.hen.platform.users;

import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.OrganisationNames;
import fr.hen.platform.OrganisationNames.OrganisationRef;
import fr.hen.platform.PageSlice;
import fr.hen.platform.Role;
import fr.hen.platform.UserAccounts;
import fr.hen.platform.Visible;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Users administration: list (search, sort, pages), create, edit (names, organisation, roles, enabled, password
 * reset), enable and disable accounts, within the administrator's scope ({@link UserAdministration}). An
 * {@code ADMIN}'s accounts are those of their organisation, shown and never typed; a {@code PLATFORM_ADMIN} gives
 * the organisation by its code, suggested as they type (a network may hold thousands of organisations).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

  /** How many organisations the code field suggests at once. */
  static final int SUGGESTIONS = 20;

  /** The fields shared by the creation and the edit forms. */
  abstract static class AccountFields {
    @NotBlank @Size(max = 120) @Visible String fullName;
    @Email @Size(max = 200) String email;
    /** Blank keeps the organisation (the administrator's own for a new account). */
    String organisationCode;
    @NotEmpty Set<Role> roles = EnumSet.noneOf(Role.class);

    public String getFullName() { return fullName; }
    public void setFullName(String v) { fullName = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v == null || v.isBlank() ? null : v.trim(); }
    public String getOrganisationCode() { return organisationCode; }
    public void setOrganisationCode(String v) {
      organisationCode = v == null || v.isBlank() ? null : v.trim().toUpperCase(Locale.ROOT);
    }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> v) { roles = v == null ? EnumSet.noneOf(Role.class) : v; }
  }

  static final class UserForm extends AccountFields {
    @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]+", message = "{user.username.pattern}")
    String username;
    @NotBlank @Size(min = 10, max = 100, message = "{user.password.size}") String password;

    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
  }

  static final class UserEditForm extends AccountFields {
    boolean enabled = true;
    /** Blank keeps the password. */
    @Size(min = 10, max = 100, message = "{user.password.size}") String newPassword;

    static UserEditForm of(UserAccounts.Account account, String organisationCode) {
      UserEditForm form = new UserEditForm();
      form.fullName = account.fullName();
      form.email = account.email();
      form.organisationCode = organisationCode;
      form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
      form.enabled = account.enabled();
      return form;
    }

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean v) { enabled = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v == null || v.isEmpty() ? null : v; }
  }

  private final UserAdministration administration;
  private final OrganisationNames organisations;

  UserAdminController(UserAdministration administration, OrganisationNames organisations) {
    this.administration = administration;
    this.organisations = organisations;
  }

  @GetMapping("/admin/users")
  String list(@AuthenticationPrincipal HenUser actor, @RequestParam(required = false) String q,
      @RequestParam(required = false) UserAccounts.Sort sort, @RequestParam(required = false) Integer page,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("sort", sort == null ? UserAccounts.Sort.USERNAME : sort);
    model.addAttribute("sorts", UserAccounts.Sort.values());
    PageSlice<UserAccounts.Account> users = administration.list(actor, q, sort, PageSlice.clampPage(page),
        PageSlice.DEFAULT_SIZE);
    model.addAttribute("users", users);
    model.addAttribute("organisationNames", organisations.byIds(users.items().stream()
        .map(UserAccounts.Account::organisationId).collect(Collectors.toSet())));
    return "platform/users";
  }

  /** Suggestions for the organisation code field: a datalist's options, filled by htmx as the user types. */
  @GetMapping("/admin/users/organisations")
  String organisationOptions(@RequestParam(required = false) String organisationCode, Model model) {
    String text = organisationCode == null ? "" : organisationCode.trim();
    model.addAttribute("suggestions", text.length() < 2 ? java.util.List.of()
        : organisations.search(text, SUGGESTIONS));
    return "platform/user-form :: suggestions";
  }

  @GetMapping("/admin/users/new")
  String newForm(@AuthenticationPrincipal HenUser actor, Model model) {
    model.addAttribute("userForm", new UserForm());
    return form(model, actor, null);
  }

  @PostMapping("/admin/users")
  String create(@AuthenticationPrincipal HenUser actor, @Valid @ModelAttribute("userForm") UserForm form,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    Optional<OrganisationRef> organisation = organisation(form, errors, actor.organisationId());
    if (errors.hasErrors()) {
      return form(model, actor, null);
    }
    try {
      administration.create(actor, new UserAccounts.NewAccount(form.username, form.password, form.fullName,
          form.email, organisation.orElseThrow().id(), form.roles));
    } catch (ConflictException e) {
      errors.rejectValue("username", "user.username.taken");
      return form(model, actor, null);
    } catch (RefusedChange e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(model, actor, null);
    }
    redirect.addFlashAttribute("message", "user.created");
    return "redirect:/admin/users";
  }

  @GetMapping("/admin/users/{id}")
  String editForm(@AuthenticationPrincipal HenUser actor, @PathVariable long id, Model model) {
    UserAccounts.Account account = administration.find(actor, id);
    model.addAttribute("userForm", UserEditForm.of(account, organisations.find(account.organisationId())
        .map(OrganisationRef::code).orElse(null)));
    return form(model, actor, account);
  }

  @PostMapping("/admin/users/{id}")
  String update(@AuthenticationPrincipal HenUser actor, @PathVariable long id,
      @Valid @ModelAttribute("userForm") UserEditForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    UserAccounts.Account account = administration.find(actor, id);
    Optional<OrganisationRef> organisation = organisation(form, errors, account.organisationId());
    if (!errors.hasErrors()) {
      try {
        administration.update(actor, id, new UserAccounts.AccountChange(form.fullName, form.email,
            organisation.orElseThrow().id(), form.roles, form.enabled, form.newPassword));
        redirect.addFlashAttribute("message", "user.saved");
        return "redirect:/admin/users";
      } catch (RefusedChange e) {
        errors.rejectValue(e.field(), e.messageKey());
      }
    }
    form.newPassword = null; // never sent back to the browser
    return form(model, actor, account);
  }

  @PostMapping("/admin/users/{id}/enabled")
  String setEnabled(@AuthenticationPrincipal HenUser actor, @PathVariable long id, @RequestParam boolean enabled,
      RedirectAttributes redirect) {
    try {
      administration.setEnabled(actor, id, enabled);
      redirect.addFlashAttribute("message", enabled ? "user.enabled" : "user.disabled");
    } catch (RefusedChange e) {
      redirect.addFlashAttribute("flashError", e.messageKey());
    }
    return "redirect:/admin/users";
  }

  /**
   * The active organisation of the typed code, or the given one when none is typed; an unknown code is an error on
   * the field. Whether the administrator may choose it is {@link UserAdministration}'s decision.
   */
  private Optional<OrganisationRef> organisation(AccountFields form, BindingResult errors, long unchanged) {
    if (form.organisationCode == null) {
      return organisations.find(unchanged);
    }
    Optional<OrganisationRef> found = organisations.findActiveByCode(form.organisationCode);
    if (found.isEmpty()) {
      errors.rejectValue("organisationCode", "user.organisation.unknown");
    }
    return found;
  }

  /**
   * The form: the roles the administrator may grant, and the organisation as a code field for a platform
   * administrator moving another account, as text otherwise.
   */
  private String form(Model model, HenUser actor, UserAccounts.Account account) {
    boolean platformAdmin = actor.has(Role.PLATFORM_ADMIN);
    model.addAttribute("roles", Arrays.stream(Role.values())
        .filter(role -> platformAdmin || role != Role.PLATFORM_ADMIN).toList());
    model.addAttribute("account", account);
    model.addAttribute("mayMove", platformAdmin && (account == null || account.id() != actor.id()));
    model.addAttribute("organisation", organisations.find(account == null ? actor.organisationId()
        : account.organisationId()).orElse(null));
    return "platform/user-form";
  }
}
