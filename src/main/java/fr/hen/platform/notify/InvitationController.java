package fr.hen.platform.notify;

import fr.hen.platform.ConflictException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The invitee's page, open without signing in ({@link NotifyContributions}): {@code /invitations/{token}} shows the
 * organisation and asks for a username and a password (twice; rules of the accounts' form); a used, expired or
 * unknown token gives one and the same page (404) saying the link is no longer valid, naming nothing.
 */
@Controller
class InvitationController {

  /** The account the invitee chooses. */
  public static final class AcceptForm {
    @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]+", message = "{user.username.pattern}")
    String username;
    @NotBlank @Size(min = 10, max = 100, message = "{user.password.size}") String password;
    String passwordConfirmation;

    public String getUsername() { return username; }
    public void setUsername(String v) { username = v == null ? null : v.trim(); }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public String getPasswordConfirmation() { return passwordConfirmation; }
    public void setPasswordConfirmation(String v) { passwordConfirmation = v; }
  }

  private final InvitationService invitations;

  InvitationController(InvitationService invitations) {
    this.invitations = invitations;
  }

  @GetMapping("/invitations/{token}")
  String page(@PathVariable String token, Model model, HttpServletResponse response) {
    Optional<InvitationService.Open> open = invitations.find(token);
    if (open.isEmpty()) {
      return invalid(response);
    }
    model.addAttribute("invitation", open.get());
    model.addAttribute("token", token);
    model.addAttribute("acceptForm", new AcceptForm());
    return "platform/invitation";
  }

  @PostMapping("/invitations/{token}")
  String accept(@PathVariable String token, @Valid @ModelAttribute("acceptForm") AcceptForm form,
      BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    Optional<InvitationService.Open> open = invitations.find(token);
    if (open.isEmpty()) {
      return invalid(response);
    }
    if (form.password != null && !form.password.equals(form.passwordConfirmation)) {
      errors.rejectValue("passwordConfirmation", "invite.password.mismatch");
    }
    if (!errors.hasErrors()) {
      try {
        invitations.accept(token, form.username, form.password);
        redirect.addFlashAttribute("message", "invite.accepted");
        return "redirect:/login";
      } catch (ConflictException e) {
        errors.rejectValue("username", "user.username.taken");
      } catch (InvitationService.InvalidToken e) {
        return invalid(response);
      }
    }
    form.password = null;
    form.passwordConfirmation = null;
    model.addAttribute("invitation", open.get());
    model.addAttribute("token", token);
    response.setStatus(422);
    return "platform/invitation";
  }

  private static String invalid(HttpServletResponse response) {
    response.setStatus(404);
    return "platform/invitation-invalid";
  }
}
