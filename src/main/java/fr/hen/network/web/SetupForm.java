package fr.hen.network.web;

import fr.hen.network.NetworkSetup;
import fr.hen.network.OrganisationData;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The set-up page: the one-time code, the first organisation (code, type, name, city) and its administrator. The
 * organisation's own rules are those of {@link OrganisationData}; the account's are those of the users page.
 */
public class SetupForm {

  @NotBlank private String setupCode;
  private String code;
  private OrganisationType type = OrganisationType.HOSPITAL;
  private String name;
  private String city;
  @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]+", message = "{user.username.pattern}")
  private String username;
  @NotBlank @Size(max = 120) private String fullName;
  @Email @Size(max = 200) private String email;
  @NotBlank @Size(min = 10, max = 100, message = "{user.password.size}") private String password;
  private String passwordConfirmation;

  OrganisationData organisation() {
    return new OrganisationData(trim(code), type, trim(name), null, null, null, trim(city), null, null, null, null,
        PartnershipStatus.ACTIVE, null, null, null, null);
  }

  NetworkSetup.Administrator administrator() {
    return new NetworkSetup.Administrator(trim(username), password, trim(fullName), trim(email));
  }

  @AssertTrue(message = "{setup.password.mismatch}")
  public boolean isPasswordConfirmed() {
    return password == null || password.equals(passwordConfirmation);
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public String getSetupCode() { return setupCode; }
  public void setSetupCode(String v) { setupCode = v; }
  public String getCode() { return code; }
  public void setCode(String v) { code = v == null ? null : v.trim().toUpperCase(java.util.Locale.ROOT); }
  public OrganisationType getType() { return type; }
  public void setType(OrganisationType v) { type = v; }
  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public String getCity() { return city; }
  public void setCity(String v) { city = v; }
  public String getUsername() { return username; }
  public void setUsername(String v) { username = v; }
  public String getFullName() { return fullName; }
  public void setFullName(String v) { fullName = v; }
  public String getEmail() { return email; }
  public void setEmail(String v) { email = v; }
  public String getPassword() { return password; }
  public void setPassword(String v) { password = v; }
  public String getPasswordConfirmation() { return passwordConfirmation; }
  public void setPasswordConfirmation(String v) { passwordConfirmation = v; }
}
