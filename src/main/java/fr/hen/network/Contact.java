package fr.hen.network;

import fr.hen.platform.Visible;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact person of an organisation. */
public record Contact(
    @NotBlank @Size(max = 120) @Visible String name,
    @Size(max = 120) String role,
    @Size(max = 30) @Pattern(regexp = OrganisationData.PHONE, message = "{network.phone.pattern}") String phone,
    @Email @Size(max = 200) String email) {}
